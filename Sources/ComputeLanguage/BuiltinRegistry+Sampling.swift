import TransformerCore

extension BuiltinRegistry {
    /// Orderings, truncations and seeded draws for sampling lessons, and the cross-entropy loss for training lessons.
    static let samplingFamily = BuiltinFamily(
        "Sampling and loss",
        summary: "sorting and summing distributions, top-k and top-p truncation, seeded draws (the same on every machine) "
            + "and the cross-entropy loss; indices are 0-based, a vector of indices holds whole numbers",
        builtins: [
            Builtin(
                "argsort", [.init(nil, "values", .vector), .init("descending", "descending", .bool, default: .bool(false))], .vector,
                summary: "the permutation π with x_π(0) ≤ x_π(1) ≤ … (≥ with descending: true), equal values in index order "
                    + "(a stable sort): the indices that sort x",
                example: "argsort([0.2, 0.5, 0.1, 0.2], descending: true)",
                bounds: { sortCost(CallArguments($0).columns(0)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .vector(try Sampling.argsort(try a.vector(0), descending: try a.bool(1)).map(Double.init))
            },
            Builtin(
                "cumulativeSum", [.init(nil, "values", .vector)], .vector,
                summary: "Sᵢ = Σⱼ≤ᵢ xⱼ, the running total added left to right; of sorted probabilities, the mass of each prefix",
                example: "cumulativeSum([0.5, 0.25, 0.125, 0.125])"
            ) { arguments throws(TransformerError) in
                .vector(Sampling.cumulativeSum(try CallArguments(arguments).vector(0)))
            },
            Builtin(
                "topK", [.init(nil, "probabilities", .vector), .init("k", "k", .int)], .vector,
                summary: "qᵢ = pᵢ / Σⱼ∈S pⱼ for the k largest pᵢ (S; equal ones by index), 0 elsewhere: top-k truncation; "
                    + "p ≥ 0, Σ p = 1 (within 1e-9), 1 ≤ k ≤ n",
                example: "topK([0.1, 0.4, 0.2, 0.3], k: 2)",
                bounds: { sortCost(CallArguments($0).columns(0)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .vector(try Sampling.topK(try a.vector(0), k: try a.int(1)))
            },
            Builtin(
                "topP", [.init(nil, "probabilities", .vector), .init("p", "p", .double)], .vector,
                summary: "nucleus (top-p) truncation: S = the smallest prefix of the descending order (equal pᵢ by index) whose "
                    + "mass Σⱼ∈S pⱼ reaches p, qᵢ = pᵢ / Σⱼ∈S pⱼ on S, 0 elsewhere; 0 < p ≤ 1",
                example: "topP([0.1, 0.4, 0.2, 0.3], p: 0.6)",
                bounds: { sortCost(CallArguments($0).columns(0)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .vector(try Sampling.topP(try a.vector(0), p: try a.real(1)))
            },
            Builtin(
                "sample", [.init(nil, "probabilities", .vector), seed], .int,
                summary: "one index drawn with P(i) = pᵢ by inverse CDF: the smallest i with u · Σⱼ pⱼ < Σⱼ≤ᵢ pⱼ, u the first "
                    + "uniform of SplitMix64(seed) (u = (next() ≫ 11) · 2⁻⁵³ ∈ [0, 1)); seed ≥ 0",
                example: "sample([0.1, 0.4, 0.2, 0.3], seed: 7)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .integer(try Sampling.sample(try a.vector(0), seed: try a.seed(1)))
            },
            Builtin(
                "sample", [.init(nil, "probabilities", .vector), .init("count", "count", .int), seed], .vector,
                summary: "count independent draws, the k-th by inverse CDF on the k-th uniform uₖ of SplitMix64(seed); "
                    + "the first is sample(p, seed:); count ≥ 1",
                example: "sample([0.1, 0.4, 0.2, 0.3], count: 5, seed: 7)",
                bounds: { values in
                    let a = CallArguments(values)
                    let n = a.columns(0), count = a.size(1)
                    return Builtin.Cost(
                        elements: max(n, count),
                        operations: Builtin.Cost.sum(n, Builtin.Cost.product(count, logarithm(n) + 2)),
                        sides: [count])
                }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .vector(try Sampling.sample(try a.vector(0), count: try a.int(1), seed: try a.seed(2)).map(Double.init))
            },
            Builtin(
                "crossEntropy", [.init(nil, "probabilities", .vector), .init("target", "target", .int)], .double,
                summary: "H(y, p) = −Σᵢ yᵢ ln pᵢ = −ln p_t for the one-hot y at the target t, in nats; "
                    + "p ≥ 0, Σ p = 1 (within 1e-9), p_t > 0",
                example: "crossEntropy([0.7, 0.2, 0.1], target: 0)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try CrossEntropy.loss(try a.vector(0), target: try a.int(1)))
            },
            Builtin(
                "crossEntropy", [.init(nil, "probabilities", .matrix), .init("targets", "targets", .vector)], .double,
                summary: "(1/n) Σᵢ −ln P[i, tᵢ], the mean loss of n rows of probabilities, one target index per row",
                example: "crossEntropy([[0.7, 0.2, 0.1], [0.25, 0.5, 0.25]], targets: [0, 1])"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try CrossEntropy.meanLoss(rowsOf: try a.matrix(0), targets: try a.indices(1)))
            },
            Builtin(
                "crossEntropy", [.init("logits", "logits", .vector), .init("target", "target", .int)], .double,
                summary: "−log softmax(z)_t = ln Σⱼ exp(zⱼ − max z) − (z_t − max z), from the logits via log-softmax "
                    + "(exact where p_t underflows)",
                example: "crossEntropy(logits: [2, 1, 0], target: 0)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try CrossEntropy.loss(logits: try a.vector(0), target: try a.int(1)))
            },
            Builtin(
                "crossEntropy", [.init("logits", "logits", .matrix), .init("targets", "targets", .vector)], .double,
                summary: "(1/n) Σᵢ −log softmax(Z[i])_tᵢ, the mean loss of n rows of logits (a sequence's next-token "
                    + "predictions), one target index per row",
                example: "crossEntropy(logits: [[2, 1, 0], [0, 3, 1]], targets: [0, 1])"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try CrossEntropy.meanLoss(logitsRowsOf: try a.matrix(0), targets: try a.indices(1)))
            },
            Builtin(
                "oneHot", [.init(nil, "index", .int), .init("count", "count", .int)], .vector,
                summary: "eᵢ, the vector of length count with 1 at index i and 0 elsewhere (the target y of a "
                    + "cross-entropy); 0 ≤ i < count",
                example: "oneHot(2, count: 4)",
                bounds: { values in
                    let count = CallArguments(values).size(1)
                    return Builtin.Cost(elements: count, operations: count, sides: [count])
                }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .vector(try CrossEntropy.oneHot(try a.int(0), count: try a.int(1)))
            },
        ]
    )

    /// `seed: Int`.
    private static let seed = Builtin.Parameter("seed", "seed", .int)

    /// ⌈log₂ n⌉ for n ≥ 1 (0 for n ≤ 1): the depth of a binary search or of a merge sort's passes.
    private static func logarithm(_ n: Int) -> Int {
        n <= 1 ? 0 : Int.bitWidth - (n - 1).leadingZeroBitCount
    }

    /// A comparison sort of n values and the vectors it fills: n · (⌈log₂ n⌉ + 2) operations, n elements.
    private static func sortCost(_ n: Int) -> Builtin.Cost {
        Builtin.Cost(elements: n, operations: Builtin.Cost.product(max(n, 1), logarithm(n) + 2), sides: [n])
    }
}
