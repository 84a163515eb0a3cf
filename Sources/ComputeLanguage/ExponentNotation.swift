/// How an exponent is written in scientific notation (`6.0e-4`, `1.5E+05`), to write another number alike.
public struct ExponentNotation: Sendable, Hashable {
    /// The written exponent n: the mantissa is multiplied by 10ⁿ.
    public var value: Int
    /// Whether the letter is `E` rather than `e`.
    public var isUppercase: Bool
    /// Whether a positive exponent is written with `+`.
    public var showsPlusSign: Bool
    /// How many exponent digits are written at least, zero-padded (`e-04` has 2).
    public var minimumDigits: Int
    /// Whether the mantissa has one nonzero digit before the point (`6.0e-4`), so other numbers get their own exponent.
    public var isNormalized: Bool

    /// An exponent notation from its facts.
    public init(value: Int, isUppercase: Bool = false, showsPlusSign: Bool = false, minimumDigits: Int = 1, isNormalized: Bool = true) {
        self.value = value
        self.isUppercase = isUppercase
        self.showsPlusSign = showsPlusSign
        self.minimumDigits = minimumDigits
        self.isNormalized = isNormalized
    }

    /// The exponent part for exponent `n` in this style: `e-4`, `E+05`.
    func text(for n: Int) -> String {
        let digits = String(n.magnitude)
        let padding = String(repeating: "0", count: max(0, min(minimumDigits, 20) - digits.count))
        let sign = n < 0 ? "-" : (showsPlusSign ? "+" : "")
        return (isUppercase ? "E" : "e") + sign + padding + digits
    }
}
