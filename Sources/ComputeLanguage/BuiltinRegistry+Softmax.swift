import TransformerCore

extension BuiltinRegistry {
    /// Softmax with temperature, log-softmax, entropy and argmax.
    static let softmaxFamily = BuiltinFamily(
        "Softmax and entropy",
        summary: "distributions from logits: numerically stable (the maximum is subtracted first), T ≤ 0 is an error",
        builtins: [
            Builtin(
                "softmax", [.init(nil, "logits", .vectorOrMatrix), temperature], .vectorOrMatrix,
                summary: "softmax(z / T)ᵢ = exp(zᵢ / T) / Σⱼ exp(zⱼ / T), of a vector or of each row of a matrix; T > 0",
                example: "softmax([2, 1, 0], temperature: 0.5)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                if case let .matrix(m)? = a[0] { return .matrix(try Softmax.apply(rowsOf: m, temperature: try a.real(1))) }
                return .vector(try Softmax.apply(try a.vector(0), temperature: try a.real(1)))
            },
            Builtin(
                "logSoftmax", [.init(nil, "logits", .vectorOrMatrix), temperature], .vectorOrMatrix,
                summary: "log softmax(z / T)ᵢ = (zᵢ − max z) / T − ln Σⱼ exp((zⱼ − max z) / T), of a vector or of each row; "
                    + "keeps the digits of tiny probabilities",
                example: "logSoftmax([2, 1, 0])"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                if case let .matrix(m)? = a[0] { return .matrix(try Softmax.logSoftmax(rowsOf: m, temperature: try a.real(1))) }
                return .vector(try Softmax.logSoftmax(try a.vector(0), temperature: try a.real(1)))
            },
            Builtin(
                "entropy", [.init(nil, "probabilities", .vector), unit], .double,
                summary: "H(p) = −Σᵢ pᵢ ln pᵢ in nats (÷ ln 2 with unit: .bits), with 0 · ln 0 = 0; p ≥ 0 and Σ p = 1 (within 1e-9)",
                example: "entropy(softmax([2, 1, 0]))"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try Softmax.entropy(try a.vector(0), unit: try a.option(1, InformationUnit.self)))
            },
            Builtin(
                "entropy", [.init("logits", "logits", .vector), temperature, unit], .double,
                summary: "H(softmax(z / T)) from the logits, with log p from logSoftmax (exact where p underflows); T > 0",
                example: "entropy(logits: [2, 1, 0], temperature: 0.5, unit: .bits)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try Softmax.entropy(logits: try a.vector(0), temperature: try a.real(1), unit: try a.option(2, InformationUnit.self)))
            },
            Builtin(
                "argmax", [.init(nil, "values", .vector)], .int,
                summary: "argmaxᵢ xᵢ, the 0-based index of the largest value (the first on ties), where softmax peaks at every T",
                example: "argmax([0.1, 0.9, 0.2])"
            ) { arguments throws(TransformerError) in
                .integer(try Softmax.argmax(try CallArguments(arguments).vector(0)))
            },
            Builtin(
                "argmax", [.init(nil, "rows", .matrix)], .vector,
                summary: "the argmax of each row of a matrix, one 0-based index per row",
                example: "argmax([[0.1, 0.9], [0.7, 0.3]])"
            ) { arguments throws(TransformerError) in
                .vector(try Softmax.argmax(rowsOf: try CallArguments(arguments).matrix(0)).map(Double.init))
            },
        ]
    )

    /// `temperature: Double = 1`.
    private static let temperature = Builtin.Parameter("temperature", "temperature", .double, default: .integer(1))

    /// `unit: InformationUnit = .nats`.
    private static let unit = Builtin.Parameter(
        "unit", "unit", .unit, default: .record(.enumCase(ValueType.unit.rawValue, InformationUnit.nats.rawValue)))
}
