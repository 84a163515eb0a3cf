/// The options of a cell, from `//| key: value` lines at the top of its code (Quarto's convention).
public struct CellOptions: Sendable, Equatable {
    /// The cell's label (`//| label: temperatures`), if given.
    public var label: String?
    /// Decimals for the cell's results (`//| precision: 3`, 0...15), if given.
    public var precision: Int?
    /// Whether the code is shown (`//| echo: false` hides it); true by default.
    public var echo: Bool
    /// Whether the cell is expected to fail (`//| error: true`); false by default.
    public var expectsError: Bool

    /// Options with the given values; the defaults are those of a cell without option lines.
    public init(label: String? = nil, precision: Int? = nil, echo: Bool = true, expectsError: Bool = false) {
        self.label = label
        self.precision = precision
        self.echo = echo
        self.expectsError = expectsError
    }
}
