import Foundation
import TransformerCore

/// The arguments of a `Model(…)` call, checked where they are given: every size at least 1, `kvHeads` a divisor
/// of `heads`, and sizes whose parameter counts fit in `Int`. Each error names the argument's label as its
/// `invalidArgument` name, so that the caret points at the argument to change.
struct ModelArguments {
    /// The sizes by argument label, in the order of the signature.
    private(set) var sizes: [(label: String, value: Int)]
    /// Whether the call gave `kvHeads:` (grouped-query attention).
    let groupedQuery: Bool
    /// The configuration with these sizes, given the sizes by label.
    private let build: @Sendable ([String: Int]) -> ModelConfiguration

    /// Reads the arguments of the overload with (`groupedQuery`) or without `kvHeads:`.
    init(_ a: CallArguments, groupedQuery: Bool) throws(TransformerError) {
        let shift = groupedQuery ? 1 : 0
        var sizes = [
            ("vocabulary", try a.int(1)), ("context", try a.int(2)), ("dModel", try a.int(3)), ("layers", try a.int(4)),
            ("heads", try a.int(5)),
        ]
        if groupedQuery { sizes.append(("kvHeads", try a.int(6))) }
        sizes += [("dHead", try a.int(6 + shift)), ("dFF", try a.int(7 + shift))]
        self.sizes = sizes.map { (label: $0.0, value: $0.1) }
        self.groupedQuery = groupedQuery
        let (name, biases, tied) = (try a.string(0), try a.bool(8 + shift), try a.bool(9 + shift))
        let norm = try a.option(10 + shift, ModelConfiguration.NormKind.self)
        let position = try a.option(11 + shift, ModelConfiguration.PositionKind.self)
        let mlp = try a.option(12 + shift, ModelConfiguration.MLPKind.self)
        build = { size in
            ModelConfiguration(
                name: name, vocabularySize: size["vocabulary", default: 0], contextLength: size["context", default: 0],
                modelDimension: size["dModel", default: 0], layers: size["layers", default: 0], heads: size["heads", default: 0],
                keyValueHeads: groupedQuery ? size["kvHeads", default: 0] : nil, headDimension: size["dHead", default: 0],
                feedForwardDimension: size["dFF", default: 0], attentionBiases: biases, mlpBiases: biases, tiedEmbeddings: tied,
                norm: norm, position: position, mlp: mlp)
        }
    }

    /// The configuration the arguments describe.
    var configuration: ModelConfiguration {
        build(Dictionary(sizes.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Throws for the first size below 1, then for a `kvHeads` that does not divide `heads`. A d_model other than
    /// heads × dHead is not an error: the counts use each size where it appears, and `.findings` reports it (as
    /// for GPT-3 XL, whose paper prints such a model).
    func validate() throws(TransformerError) {
        for (label, value) in sizes where value < 1 {
            throw .invalidArgument(name: label, value: Double(value), requirement: "at least 1")
        }
        let heads = configuration.heads, keyValueHeads = configuration.keyValueHeads
        if groupedQuery, heads % keyValueHeads != 0 {
            throw .invalidArgument(name: "kvHeads", value: Double(keyValueHeads), requirement: "a divisor of heads (\(heads))")
        }
    }

    /// The `Model` record; when a parameter count overflows `Int`, the error blames the largest size whose
    /// reduction to 1 makes every count fit (the first of equal ones), or the largest size if none does alone.
    func record() throws(TransformerError) -> Record {
        do {
            return try configuration.record()
        } catch {
            guard case let .invalidArgument(quantity, value, _) = error else { throw error }
            let order = sizes.indices.sorted { sizes[$0].value > sizes[$1].value || sizes[$0].value == sizes[$1].value && $0 < $1 }
            let culprit = order.first { index in
                var reduced = self
                reduced.sizes[index].value = 1
                return (try? reduced.configuration.record()) != nil
            } ?? order[0]
            throw .invalidArgument(
                name: sizes[culprit].label, value: Double(sizes[culprit].value),
                requirement: "small enough that the parameter counts fit in Int (\(quantity) would be about \(String(format: "%.3g", value)))")
        }
    }
}
