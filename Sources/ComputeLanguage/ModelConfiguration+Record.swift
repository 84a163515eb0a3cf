import TransformerCore

extension ModelConfiguration {
    /// The type name of model records.
    static let recordType = ValueType.model.rawValue

    /// The configuration as a `Model` record: its dimensions, choices, parameter counts and findings as members.
    func record() throws(TransformerError) -> Record {
        let full = try parameterBreakdown(.architecture)
        let weights = try parameterBreakdown(.weightsOnly)
        let members: [(String, Value)] = [
            ("name", .string(name)),
            ("source", .string(source)),
            ("parameters", .integer(full.total)),
            ("weightParameters", .integer(weights.total)),
            ("nonEmbeddingParameters", .integer(weights.nonEmbedding)),
            ("parametersPerLayer", .integer(full.perLayer)),
            ("vocabulary", .integer(vocabularySize)),
            ("context", .integer(contextLength)),
            ("dModel", .integer(modelDimension)),
            ("layers", .integer(layers)),
            ("heads", .integer(heads)),
            ("kvHeads", .integer(keyValueHeads)),
            ("dHead", .integer(headDimension)),
            ("dFF", .integer(feedForwardDimension)),
            ("attentionBiases", .bool(attentionBiases)),
            ("mlpBiases", .bool(mlpBiases)),
            ("tiedEmbeddings", .bool(tiedEmbeddings)),
            ("norm", .record(.enumCase(ValueType.norm.rawValue, norm.rawValue))),
            ("position", .record(.enumCase(ValueType.position.rawValue, position.rawValue))),
            ("mlp", .record(.enumCase(ValueType.mlp.rawValue, mlp.rawValue))),
            ("tokenTypes", .integer(tokenTypes)),
            ("embeddingNorm", .bool(embeddingNorm)),
            ("finalNorm", .bool(finalNorm)),
            ("pooler", .bool(pooler)),
            ("findings", .strings(findings.map(\.description))),
        ]
        return Record(typeName: Self.recordType, members: members.map { Record.Member($0.0, $0.1) })
    }

    /// The configuration a `Model` record describes; a preset's record gives the preset back.
    init(record: Record) throws(TransformerError) {
        let fields = RecordFields(record)
        self.init(
            name: try fields.string("name"), source: try fields.string("source"),
            vocabularySize: try fields.int("vocabulary"), contextLength: try fields.int("context"),
            modelDimension: try fields.int("dModel"), layers: try fields.int("layers"), heads: try fields.int("heads"),
            keyValueHeads: try fields.int("kvHeads"), headDimension: try fields.int("dHead"),
            feedForwardDimension: try fields.int("dFF"), attentionBiases: try fields.bool("attentionBiases"),
            mlpBiases: try fields.bool("mlpBiases"), tiedEmbeddings: try fields.bool("tiedEmbeddings"),
            norm: try fields.enumValue("norm", NormKind.self), position: try fields.enumValue("position", PositionKind.self),
            mlp: try fields.enumValue("mlp", MLPKind.self), tokenTypes: try fields.int("tokenTypes"),
            embeddingNorm: try fields.bool("embeddingNorm"), finalNorm: try fields.bool("finalNorm"),
            pooler: try fields.bool("pooler")
        )
        // The stated d_ff multiple is not a member; a preset's record gets its preset's back.
        let configuration = self
        if let preset = Self.presets.first(where: { $0.withoutStatedMultiple == configuration }) {
            self = preset
        }
    }

    /// This configuration without its stated d_ff multiple.
    private var withoutStatedMultiple: ModelConfiguration {
        var copy = self
        copy.statedFeedForwardMultiple = nil
        return copy
    }
}
