import TransformerCore

extension AttentionResult {
    /// The result as an `AttentionResult` record: `.scores`, `.scaledScores`, `.maskedScores` (−∞ where masked),
    /// `.weights` and `.output`.
    var record: Record {
        Record(typeName: ValueType.attentionResult.rawValue, members: [
            .init("scores", .matrix(scores)),
            .init("scaledScores", .matrix(scaledScores)),
            .init("maskedScores", .matrix((try? maskedScores) ?? scaledScores)),
            .init("weights", .matrix(weights)),
            .init("output", .matrix(output)),
        ])
    }
}
