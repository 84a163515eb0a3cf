import TransformerCore

/// The type a builtin's parameter accepts or its result has, as written in signatures.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
    /// An `Int`.
    case int = "Int"
    /// A `Double`; an `Int` argument converts.
    case double = "Double"
    /// A `Bool`.
    case bool = "Bool"
    /// A `String`.
    case string = "String"
    /// A `Vector`.
    case vector = "Vector"
    /// A `Matrix`.
    case matrix = "Matrix"
    /// A `Vector` or a `Matrix` (the result has the argument's kind).
    case vectorOrMatrix = "Vector | Matrix"
    /// A list of strings (`[String]`), such as token labels.
    case strings = "[String]"
    /// A labelled `Table`.
    case table = "Table"
    /// A `Figure` (heatmap, bars, lines).
    case figure = "Figure"
    /// A number, a `Vector` or a `Matrix`, taken element by element (the result has the argument's kind).
    case numeric = "Double | Vector | Matrix"
    /// A list of matrices (`[Matrix]`), such as the heads of `splitHeads(_:count:)`.
    case matrices = "[Matrix]"
    /// An attention mask: `.none`, `.causal`, `.padding(_:)`, `.validLength(_:)`, `.explicit(_:)`, or a 0/1 matrix.
    case mask = "AttentionMask"
    /// The unit of an entropy: `.nats` or `.bits`.
    case unit = "InformationUnit"
    /// A feed-forward nonlinearity: `.relu`, `.gelu`, `.geluTanh`, `.swish`.
    case activation = "Activation"
    /// A model configuration (`Model.gpt2Small`, …): its dimensions and parameter counts as members.
    case model = "Model"
    /// Which parameters a count includes: `.architecture` or `.weightsOnly`.
    case accounting = "Accounting"
    /// One group of a model's parameters, such as `.queryWeight` or `.mlpUpWeight`.
    case component = "ParameterComponent"
    /// A number format for weights or cached keys and values: `.fp32`, `.fp16`, `.bf16`, `.int8`, `.int4`.
    case precision = "Precision"
    /// A model's normalization: `.layerNorm` or `.rmsNorm`.
    case norm = "NormKind"
    /// How a model encodes positions: `.learned`, `.sinusoidal`, `.rotary`, `.none`.
    case position = "PositionKind"
    /// The form of a model's MLP: `.gelu`, `.relu`, `.swiGLU`.
    case mlp = "MLPKind"
    /// The shape of a vector or matrix (`Shape`), shown as `4×4`.
    case shape = "Shape"
    /// The matrices of one attention: `.scores`, `.scaledScores`, `.maskedScores`, `.weights`, `.output`.
    case attentionResult = "AttentionResult"
    /// The matrices of one multi-head attention: `.queries`, `.keys`, `.values`, `.heads`, `.headWeights`, `.concatenated`, `.output`.
    case multiHeadResult = "MultiHeadAttentionResult"
    /// The factors `.q` and `.r` of a QR decomposition.
    case qr = "QRDecomposition"
    /// How far columns are from orthonormal: `.frobeniusNorm` and `.largestOffDiagonal`.
    case orthogonalityDeviation = "OrthogonalityDeviation"

    /// The type named in an annotation such as `let z: Vector` or `let mask: AttentionMask`, if swift-compute has it.
    init?(annotation: String) {
        guard let type = Self.allCases.first(where: { $0.rawValue == annotation }), !type.rawValue.contains("|") else { return nil }
        self = type
    }

    /// `value` converted to this type, or nil when it does not fit (an `Int` converts to `Double`; a matrix of
    /// 0s and 1s is an explicit mask).
    func convert(_ value: Value) -> Value? {
        switch (self, value) {
        case (.int, .integer), (.double, .real), (.bool, .bool), (.string, .string),
             (.vector, .vector), (.matrix, .matrix), (.vectorOrMatrix, .vector), (.vectorOrMatrix, .matrix),
             (.strings, .strings), (.table, .table), (.figure, .figure),
             (.numeric, .real), (.numeric, .vector), (.numeric, .matrix), (.mask, .matrix):
            return value
        case let (.double, .integer(n)), let (.numeric, .integer(n)):
            return .real(Double(n))
        case let (.vector, .list(list)), let (.vectorOrMatrix, .list(list)), let (.numeric, .list(list)):
            // A Swift array of numbers, such as `(0..<4).map { Double($0) }`, where a vector is expected.
            return list.numbers.map(Value.vector)
        case let (.matrix, .list(list)), let (.mask, .list(list)):
            var rows: [[Double]] = []
            for element in list.elements {
                switch element {
                case let .vector(row): rows.append(row)
                case let .list(row): guard let numbers = row.numbers else { return nil }; rows.append(numbers)
                default: return nil
                }
            }
            return (try? Matrix(rows)).map(Value.matrix)
        case let (.strings, .list(list)) where list.elementType == "String":
            return .strings(list.elements.compactMap { if case let .string(s) = $0 { s } else { nil } })
        case let (_, .record(record)) where record.typeName == rawValue:
            return value
        case let (_, .list(list)) where "[\(list.elementType)]" == rawValue:
            return value
        default:
            return nil
        }
    }
}
