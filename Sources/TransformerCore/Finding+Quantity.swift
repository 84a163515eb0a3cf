extension Finding {
    /// A named number in a finding, e.g. d_model = 2048; nil when it cannot be computed.
    public struct Quantity: Hashable, Sendable, CustomStringConvertible {
        /// The quantity's symbol or formula, e.g. "d_model" or "n_heads × d_head".
        public let name: String
        /// Its value, or nil if it cannot be computed (a product beyond `Int.max`, a remainder by 0).
        public let value: Int?

        /// A quantity from its name and value.
        public init(_ name: String, _ value: Int?) {
            self.name = name
            self.value = value
        }

        /// "name = value", with "undefined" for a value that cannot be computed.
        public var description: String { "\(name) = \(value.map(String.init) ?? "undefined")" }
    }
}
