import TransformerCore

extension BuiltinRegistry {
    /// Normalizations, activations, feed-forward layers and the residual connection.
    static let layersFamily = BuiltinFamily(
        "Layers",
        summary: "per-token normalizations (each row of a tokens × d_model matrix on its own), activations and feed-forward layers",
        builtins: [
            normalization(
                "layerNorm", affine: [],
                summary: "y = (x − μ) / √(σ² + ε) for each row x (or the vector), with μ = (1/d) Σⱼ xⱼ and the biased "
                    + "σ² = (1/d) Σⱼ (xⱼ − μ)² (Ba et al. 2016)",
                example: "layerNorm([1, 2, 3, 4])"),
            normalization(
                "layerNorm", affine: ["gamma", "beta"], summary: "y = (x − μ) / √(σ² + ε) ⊙ γ + β; γ and β of d entries",
                example: "layerNorm([[1, 2], [3, 5]], gamma: [1, 2], beta: [0, 1])"),
            normalization(
                "rmsNorm", affine: [], summary: "y = x / √((1/d) Σⱼ xⱼ² + ε) for each row x: no mean subtracted (Zhang & Sennrich 2019)",
                example: "rmsNorm([1, 2, 3, 4])"),
            normalization(
                "rmsNorm", affine: ["gamma"], summary: "y = x / √((1/d) Σⱼ xⱼ² + ε) ⊙ γ; γ of d entries",
                example: "rmsNorm([[1, 2], [3, 5]], gamma: [1, 2])"),
            activation(.relu, example: "relu([-1, 0, 2])"),
            activation(.gelu, example: "gelu([-1, 0, 2])"),
            activation(.geluTanh, example: "geluTanh([-1, 0, 2])"),
            activation(.swish, example: "swish([-1, 0, 2])"),
            Builtin(
                "residual", [.init(nil, "x", .matrix), .init(nil, "sublayer", .matrix)], .matrix,
                summary: "x + Sublayer(x), the residual connection; both of one shape", example: "residual(identity(2), ones(rows: 2, columns: 2))"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try a.matrix(0).addingResidual(try a.matrix(1)))
            },
        ] + feedForwardOverloads
    )

    /// `layerNorm` or `rmsNorm` of a vector or of each row of a matrix, with the affine vectors `affine` (γ, β) or none.
    private static func normalization(_ name: String, affine: [String], summary: String, example: String) -> Builtin {
        let parameters: [Builtin.Parameter] = [.init(nil, "x", .vectorOrMatrix)] + affine.map { .init($0, $0, .vector) }
            + [.init("epsilon", "epsilon", .double, default: .real(1e-5))]
        return Builtin(name, parameters, .vectorOrMatrix, summary: summary, example: example) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            let isVector = if case .vector? = a[0] { true } else { false }
            let input = isVector ? Matrix(rowVector: try a.vector(0)) : try a.matrix(0)
            let gamma = affine.isEmpty ? nil : try a.vector(1)
            let epsilon = try a.real(affine.count + 1)
            let output = name == "layerNorm"
                ? try Normalization.layerNorm(input, gamma: gamma, beta: affine.count > 1 ? try a.vector(2) : nil, epsilon: epsilon)
                : try Normalization.rmsNorm(input, gamma: gamma, epsilon: epsilon)
            return isVector ? .vector(output.elements) : .matrix(output)
        }
    }

    /// An activation applied to a number or to every element of a vector or matrix.
    private static func activation(_ activation: Activation, example: String) -> Builtin {
        let summary = TypeNamespace.activation.constants.first { $0.name == activation.rawValue }?.summary ?? activation.rawValue
        return elementwise(activation.rawValue, summary: summary + ", element by element", example: example) { activation($0) }
    }
}
