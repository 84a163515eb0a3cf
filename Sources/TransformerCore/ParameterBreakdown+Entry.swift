extension ParameterBreakdown {
    /// One component's row of a breakdown: its dimensions, its count per layer and in total, its share.
    public struct Entry: Hashable, Sendable {
        /// The component counted.
        public let component: ParameterComponent
        /// The dimensions whose product is the component's size over all layers (the last factor is
        /// n_layers for a per-layer component), e.g. d_head × d_model × n_heads × n_layers for W_Q.
        public let factors: [Factor]
        /// The parameters in one layer (the product of the factors but n_layers); nil if not per layer.
        public let perLayer: Int?
        /// The parameters over all layers: ∏ factors, or 0 when the matrix is tied to another component.
        public let count: Int
        /// The component whose matrix this one reuses (the token embedding for a tied unembedding).
        public let tiedTo: ParameterComponent?
        /// count / total of the breakdown, a fraction in [0, 1] (0 when the total is 0).
        public let share: Double

        /// 100 · share: the component's share of the total in percent.
        public var percent: Double { share * 100 }

        /// The factors' values joined by " × ", e.g. "128 × 12288 × 96 × 96".
        public var dimensions: String {
            factors.map { String($0.value) }.joined(separator: " × ")
        }

        /// The factors' symbols joined by " × ", e.g. "d_head × d_model × n_heads × n_layers".
        public var symbols: String {
            factors.map(\.symbol).joined(separator: " × ")
        }
    }
}
