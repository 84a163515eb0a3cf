import TransformerCore

extension MultiHeadAttentionResult {
    /// The result as a `MultiHeadAttentionResult` record: the projections, each head's attention, the concatenation and the output.
    var record: Record {
        Record(typeName: ValueType.multiHeadResult.rawValue, members: [
            .init("queries", .matrix(queries)),
            .init("keys", .matrix(keys)),
            .init("values", .matrix(values)),
            .init("heads", .record(.list(of: ValueType.attentionResult.rawValue, heads.map { .record($0.record) }))),
            .init("headWeights", .record(.list(of: ValueType.matrix.rawValue, headWeights.map(Value.matrix)))),
            .init("concatenated", .matrix(concatenated)),
            .init("output", .matrix(output)),
        ])
    }
}
