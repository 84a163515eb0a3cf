import TransformerCore

extension MultiHeadAttentionResult {
    /// The result as a `MultiHeadAttentionResult` record: the projections, each head's attention, the concatenation and the output.
    var record: Record {
        Record(typeName: ValueType.multiHeadResult.rawValue, members: [
            .init("queries", .matrix(queries)),
            .init("keys", .matrix(keys)),
            .init("values", .matrix(values)),
            .init("heads", .list(ValueList(heads.map { .record($0.record) }, of: ValueType.attentionResult.rawValue))),
            .init("headWeights", .list(ValueList(headWeights.map(Value.matrix), of: ValueType.matrix.rawValue))),
            .init("concatenated", .matrix(concatenated)),
            .init("output", .matrix(output)),
        ])
    }
}
