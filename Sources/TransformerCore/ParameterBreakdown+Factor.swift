extension ParameterBreakdown {
    /// One dimension in the product that gives a component's parameter count, e.g. d_model = 12288.
    public struct Factor: Hashable, Sendable, CustomStringConvertible {
        /// The dimension's symbol, e.g. "d_model" or "n_layers".
        public let symbol: String
        /// The dimension's value.
        public let value: Int

        /// A factor from its symbol and value.
        public init(_ symbol: String, _ value: Int) {
            self.symbol = symbol
            self.value = value
        }

        /// "symbol = value", e.g. "d_model = 12288".
        public var description: String { "\(symbol) = \(value)" }
    }
}
