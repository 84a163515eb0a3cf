import TransformerCore

extension BuiltinRegistry {
    /// Seeded random matrices, orthogonality and cosine similarity.
    static let geometryFamily = BuiltinFamily(
        "Random matrices, orthogonality and similarity",
        summary: "seeded Gaussian and orthogonal matrices (the same numbers on every machine), Gram matrices and cosines",
        builtins: [
            Builtin(
                "gaussian",
                [
                    .init("rows", "rows", .int), .init("columns", "columns", .int), .init("seed", "seed", .int),
                    .init("mean", "mean", .double, default: .integer(0)),
                    .init("standardDeviation", "standardDeviation", .double, default: .integer(1)),
                ],
                .matrix,
                summary: "A(i, j) = μ + σ·zₖ with k = i·columns + j, z from the seeded generator (SplitMix64 uniforms, "
                    + "Marsaglia's polar method): independent N(μ, σ²) numbers, the same on every machine; seed ≥ 0",
                example: "gaussian(rows: 2, columns: 3, seed: 1)",
                bounds: { Builtin.Cost.matrix(rows: CallArguments($0).size(0), columns: CallArguments($0).size(1), perElement: 4) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try Matrix.gaussian(
                    rows: try a.int(0), columns: try a.int(1), seed: try a.seed(2), mean: try a.real(3),
                    standardDeviation: try a.real(4)))
            },
            Builtin(
                "randomOrthogonal", [.init("size", "size", .int), .init("seed", "seed", .int)], .matrix,
                summary: "a seeded n×n orthogonal matrix Q (QᵀQ = I): the Q of the QR decomposition of "
                    + "gaussian(rows: n, columns: n, seed:), signs fixed so that R has a positive diagonal (Haar-distributed)",
                example: "randomOrthogonal(size: 3, seed: 7)",
                bounds: { qrCost(rows: CallArguments($0).size(0), columns: CallArguments($0).size(0)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try Matrix.randomOrthogonal(rows: try a.int(0), columns: try a.int(0), seed: try a.seed(1)))
            },
            Builtin(
                "randomOrthogonal", [.init("rows", "rows", .int), .init("columns", "columns", .int), .init("seed", "seed", .int)],
                .matrix,
                summary: "a seeded rows × columns matrix with orthonormal columns (QᵀQ = I), the Q of the QR decomposition "
                    + "of gaussian(rows:columns:seed:); rows ≥ columns",
                example: "randomOrthogonal(rows: 4, columns: 2, seed: 7)",
                bounds: { qrCost(rows: CallArguments($0).size(0), columns: CallArguments($0).size(1)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try Matrix.randomOrthogonal(rows: try a.int(0), columns: try a.int(1), seed: try a.seed(2)))
            },
            Builtin(
                "qr", [.init(nil, "matrix", .matrix)], .qr,
                summary: "A = QR by Householder reflections: `.q` (m×n, orthonormal columns) and `.r` (n×n, upper triangular, "
                    + "R(j, j) ≥ 0); m ≥ n",
                example: "qr([[1, 2], [3, 4], [5, 6]])",
                bounds: { qrCost(rows: CallArguments($0).rows(0), columns: CallArguments($0).columns(0)) }
            ) { arguments throws(TransformerError) in
                let decomposition = try QRDecomposition(try CallArguments(arguments).matrix(0))
                return .record(Record(typeName: ValueType.qr.rawValue, members: [
                    .init("q", .matrix(decomposition.q)), .init("r", .matrix(decomposition.r)),
                ]))
            },
            Builtin(
                "gram", [.init(nil, "matrix", .matrix)], .matrix,
                summary: "G = WᵀW (columns × columns): G(i, j) = column i · column j; I exactly when the columns are orthonormal",
                example: "gram(randomOrthogonal(size: 3, seed: 7))",
                bounds: { gramCost($0) }
            ) { arguments throws(TransformerError) in
                .matrix(try CallArguments(arguments).matrix(0).gram())
            },
            Builtin(
                "orthogonalityDeviation", [.init(nil, "matrix", .matrix)], .orthogonalityDeviation,
                summary: "how far WᵀW is from I: `.frobeniusNorm` ‖WᵀW − I‖_F and `.largestOffDiagonal` maxᵢ≠ⱼ |(WᵀW)(i, j)|",
                example: "orthogonalityDeviation(gaussian(rows: 64, columns: 4, seed: 1))",
                bounds: { gramCost($0) }
            ) { arguments throws(TransformerError) in
                let deviation = try CallArguments(arguments).matrix(0).orthogonalityDeviation()
                return .record(Record(typeName: ValueType.orthogonalityDeviation.rawValue, members: [
                    .init("frobeniusNorm", .real(deviation.frobeniusNorm)),
                    .init("largestOffDiagonal", .real(deviation.largestOffDiagonal)),
                ]))
            },
            Builtin(
                "cosine", [.init(nil, "a", .vector), .init(nil, "b", .vector)], .double,
                summary: "cos θ = a·b / (‖a‖‖b‖), in [−1, 1]; a and b of one length, finite and non-zero",
                example: "cosine([1, 0], [1, 1])"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(try Similarity.cosine(try a.vector(0), try a.vector(1)))
            },
            Builtin(
                "cosineMatrix", [.init(nil, "rows", .matrix)], .matrix,
                summary: "C(i, j) = cos(rowᵢ, rowⱼ) for every pair of rows: symmetric, ones on the diagonal",
                example: "cosineMatrix([[1, 0], [1, 1], [0, 1]])",
                bounds: { rowPairCost($0) }
            ) { arguments throws(TransformerError) in
                .matrix(try Similarity.cosineMatrix(rowsOf: try CallArguments(arguments).matrix(0)))
            },
            Builtin(
                "meanAbsCosine", [.init(nil, "rows", .matrix)], .double,
                summary: "(2 / (n(n−1))) Σ_{i<j} |cos(rowᵢ, rowⱼ)|, the sampled mean |cos θ| over all pairs of n ≥ 2 rows",
                example: "meanAbsCosine(gaussian(rows: 10, columns: 64, seed: 1))",
                bounds: { rowPairCost($0) }
            ) { arguments throws(TransformerError) in
                .real(try Similarity.meanAbsoluteCosine(rowsOf: try CallArguments(arguments).matrix(0)))
            },
            Builtin(
                "expectedAbsCosine", [.init("dimension", "d", .int)], .double,
                summary: "E|cos θ| = Γ(d/2) / (√π · Γ((d+1)/2)) for two independent Gaussian vectors in d ≥ 1 dimensions "
                    + "(≈ √(2/(πd)) for large d)",
                example: "expectedAbsCosine(dimension: 64)"
            ) { arguments throws(TransformerError) in
                .real(try Similarity.expectedAbsoluteCosine(dimension: try CallArguments(arguments).int(0)))
            },
        ]
    )


    /// A thin QR of a rows × columns matrix: a Gaussian input and Q of that size, about 4·m·n² operations.
    private static func qrCost(rows: Int, columns: Int) -> Builtin.Cost {
        Builtin.Cost(
            elements: Builtin.Cost.product(rows, columns),
            operations: Builtin.Cost.sum(Builtin.Cost.product(4, rows, columns, columns), rows, columns), sides: [rows, columns])
    }

    /// WᵀW of the matrix argument: columns² elements, rows · columns² operations.
    private static func gramCost(_ values: [Value]) -> Builtin.Cost {
        let (rows, columns) = (CallArguments(values).rows(0), CallArguments(values).columns(0))
        return Builtin.Cost(elements: Builtin.Cost.product(columns, columns), operations: Builtin.Cost.product(rows, columns, columns))
    }

    /// The cosines of all pairs of rows: rows² elements, rows² · columns operations.
    private static func rowPairCost(_ values: [Value]) -> Builtin.Cost {
        let (rows, columns) = (CallArguments(values).rows(0), CallArguments(values).columns(0))
        return Builtin.Cost(elements: Builtin.Cost.product(rows, rows), operations: Builtin.Cost.product(rows, rows, columns))
    }
}
