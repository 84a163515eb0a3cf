extension ModelConfiguration {
    /// Bytes of the key-value cache: 2 (K and V) · n_layers · n_ctx · n_kv_heads · d_head · batch ·
    /// bits / 8, rounded up to whole bytes; n_ctx = `contextLength` unless given.
    ///
    /// n_kv_heads · d_head equals d_model when the model has no grouped-query attention and
    /// d_model = n_heads × d_head. Llama 2 7B in fp16 at 4096 tokens: 2 · 32 · 4096 · 4096 · 2 = 2 GiB.
    public func keyValueCacheBytes(
        precision: Precision, batch: Int = 1, contextLength context: Int? = nil
    ) throws(TransformerError) -> Int {
        let context = context ?? contextLength
        guard batch >= 0 else { throw .invalidArgument(name: "batch", value: Double(batch), requirement: "≥ 0") }
        guard context >= 0 else { throw .invalidArgument(name: "n_ctx", value: Double(context), requirement: "≥ 0") }
        try requireNonNegativeDimensions()
        let elements = try Self.checkedProduct(
            [2, layers, context, keyValueHeads, headDimension, batch],
            of: "key-value cache elements (2 · n_layers · n_ctx · n_kv_heads · d_head · batch)"
        )
        return try Self.bytes(of: elements, precision: precision, what: "key-value cache bytes")
    }

    /// Bytes to store the weights: ⌈parameters · bits / 8⌉, with `parameters` (the whole
    /// architecture, tied matrices once) unless a count is given. fp32 4, fp16/bf16 2, int8 1, int4 ½ byte each.
    public func weightBytes(precision: Precision, parameters count: Int? = nil) throws(TransformerError) -> Int {
        let n: Int
        if let count { n = count } else { n = try parameters }
        guard n >= 0 else { throw .invalidArgument(name: "parameters", value: Double(n), requirement: "≥ 0") }
        return try Self.bytes(of: n, precision: precision, what: "weight bytes")
    }

    /// ⌈elements · bits / 8⌉ without overflow: whole bytes of `elements` values at `precision`.
    static func bytes(of elements: Int, precision: Precision, what: String) throws(TransformerError) -> Int {
        let (whole, remainder) = elements.quotientAndRemainder(dividingBy: 8)
        let wholeBytes = try checkedProduct([whole, precision.bits], of: what)
        let partialBits = remainder * precision.bits
        return try checkedSum([wholeBytes, (partialBits + 7) / 8], of: what)
    }
}
