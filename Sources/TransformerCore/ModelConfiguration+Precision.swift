extension ModelConfiguration {
    /// A number format for stored weights or cached keys and values.
    public enum Precision: String, Hashable, Sendable, CaseIterable {
        /// IEEE 754 single precision: 32 bits.
        case fp32
        /// IEEE 754 half precision: 16 bits.
        case fp16
        /// bfloat16 (8-bit exponent, 7-bit mantissa): 16 bits.
        case bf16
        /// 8-bit integers (quantized): 8 bits.
        case int8
        /// 4-bit integers (quantized, two per byte): 4 bits.
        case int4

        /// The bits one element takes.
        public var bits: Int {
            switch self {
            case .fp32: 32
            case .fp16, .bf16: 16
            case .int8: 8
            case .int4: 4
            }
        }

        /// The bytes one element takes: bits / 8 (0.5 for int4).
        public var bytesPerElement: Double { Double(bits) / 8 }
    }
}
