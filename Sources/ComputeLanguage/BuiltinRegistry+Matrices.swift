import TransformerCore

extension BuiltinRegistry {
    /// Building, reshaping, slicing and combining vectors and matrices.
    static let matricesFamily = BuiltinFamily(
        "Vectors and matrices",
        summary: "construction, shape, reductions, slices and concatenation; `*`, `⊙`, `+` and `.T` are operators",
        builtins: [
            Builtin(
                "identity", [.init(nil, "size", .int)], .matrix,
                summary: "the n×n identity I: I(i, j) = 1 if i = j, else 0", example: "identity(3)",
                bounds: { square(CallArguments($0).size(0)) }
            ) { arguments throws(TransformerError) in
                .matrix(try Matrix.identity(try CallArguments(arguments).int(0)))
            },
            Builtin(
                "Vector", [.init(nil, "elements", .vector)], .vector,
                summary: "the vector (x₀, …, xₙ₋₁) of an array of numbers, as written in Swift: `Vector(xs)`",
                example: "Vector([0.5, 1, 2])"
            ) { arguments throws(TransformerError) in
                .vector(try CallArguments(arguments).vector(0))
            },
            Builtin(
                "Matrix", [.init("rows", "rows", .matrix)], .matrix,
                summary: "the matrix M(i, j) = rows[i][j] of an array of equally long rows, as written in Swift: `Matrix(rows: …)`",
                example: "Matrix(rows: [[1, 2], [3, 4]])"
            ) { arguments throws(TransformerError) in
                .matrix(try CallArguments(arguments).matrix(0))
            },
            filled("zeros", 0, example: "zeros(rows: 2, columns: 3)"),
            filled("ones", 1, example: "ones(rows: 2, columns: 3)"),
            Builtin(
                "reshape", [.init(nil, "values", .vectorOrMatrix), .init("rows", "rows", .int), .init("columns", "columns", .int)],
                .matrix,
                summary: "the elements row by row into a rows × columns matrix: R(i, j) = x[i·columns + j]; rows · columns = count",
                example: "reshape([1, 2, 3, 4, 5, 6], rows: 2, columns: 3)",
                bounds: { Builtin.Cost.matrix(rows: CallArguments($0).size(1), columns: CallArguments($0).size(2)) }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try Matrix(rows: try a.int(1), columns: try a.int(2), elements: try elements(a, 0)))
            },
            Builtin(
                "flatten", [.init(nil, "matrix", .matrix)], .vector,
                summary: "the elements of a matrix row by row, as a vector: x[i·columns + j] = M(i, j)",
                example: "flatten([[1, 2], [3, 4]])"
            ) { arguments throws(TransformerError) in
                .vector(try CallArguments(arguments).matrix(0).elements)
            },
            Builtin(
                "transpose", [.init(nil, "matrix", .matrix)], .matrix,
                summary: "Mᵀ(j, i) = M(i, j), the same as `m.T`", example: "transpose([[1, 2, 3]])"
            ) { arguments throws(TransformerError) in
                .matrix(try CallArguments(arguments).matrix(0).transposed)
            },
            Builtin(
                "dot", [.init(nil, "a", .vector), .init(nil, "b", .vector)], .double,
                summary: "a · b = Σᵢ aᵢ bᵢ; a and b of one length", example: "dot([1, 2, 3], [4, 5, 6])"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let (x, y) = (try a.vector(0), try a.vector(1))
                guard x.count == y.count else { throw .shapeMismatch(operation: "dot product", lhs: (1, x.count), rhs: (1, y.count)) }
                return .real(ScaledReduction.dot(x, y))
            },
            Builtin(
                "norm", [.init(nil, "x", .vectorOrMatrix)], .double,
                summary: "‖x‖ = √(Σᵢ xᵢ²), the Euclidean norm of a vector (the Frobenius norm ‖A‖_F of a matrix)",
                example: "norm([3, 4])"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                if case let .matrix(m)? = a[0] { return .real(m.frobeniusNorm) }
                return .real(Matrix(rowVector: try a.vector(0)).frobeniusNorm)
            },
            Builtin(
                "rowSums", [.init(nil, "matrix", .matrix)], .vector,
                summary: "rᵢ = Σⱼ A(i, j), the sum of each row (1 for each row of attention weights)",
                example: "rowSums([[1, 2], [3, 4]])"
            ) { arguments throws(TransformerError) in
                .vector(try CallArguments(arguments).matrix(0).rowSums)
            },
            Builtin(
                "columnSums", [.init(nil, "matrix", .matrix)], .vector,
                summary: "cⱼ = Σᵢ A(i, j), the sum of each column", example: "columnSums([[1, 2], [3, 4]])"
            ) { arguments throws(TransformerError) in
                .vector(try CallArguments(arguments).matrix(0).columnSums)
            },
            Builtin(
                "column", [.init(nil, "matrix", .matrix), .init(nil, "index", .int)], .vector,
                summary: "column j of M as a vector, 0-based (row i is `m[i]`)", example: "column([[1, 2], [3, 4]], 1)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .vector(try a.matrix(0).column(try a.int(1)))
            },
            slice("rowSlice", example: "rowSlice(identity(4), from: 1, to: 3)") { m, range throws(TransformerError) in try m.rowSlice(range) },
            slice("columnSlice", example: "columnSlice(identity(4), from: 0, to: 2)") { m, range throws(TransformerError) in
                try m.columnSlice(range)
            },
            Builtin(
                "concatColumns", [.init(nil, "a", .matrix), .init(nil, "b", .matrix)], .matrix,
                summary: "[A | B], the two side by side; A and B with equal rows", example: "concatColumns(identity(2), ones(rows: 2, columns: 1))"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try Matrix(concatenatingHorizontally: [try a.matrix(0), try a.matrix(1)]))
            },
            Builtin(
                "concatRows", [.init(nil, "a", .matrix), .init(nil, "b", .matrix)], .matrix,
                summary: "[A; B], A stacked on B; A and B with equal columns", example: "concatRows(identity(2), ones(rows: 1, columns: 2))"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .matrix(try Matrix(concatenatingVertically: [try a.matrix(0), try a.matrix(1)]))
            },
            Builtin(
                "rowMatrix", [.init(nil, "vector", .vector)], .matrix,
                summary: "the 1×n matrix whose only row is v", example: "rowMatrix([1, 2, 3])"
            ) { arguments throws(TransformerError) in
                .matrix(Matrix(rowVector: try CallArguments(arguments).vector(0)))
            },
            Builtin(
                "columnMatrix", [.init(nil, "vector", .vector)], .matrix,
                summary: "the n×1 matrix whose only column is v", example: "columnMatrix([1, 2, 3])"
            ) { arguments throws(TransformerError) in
                .matrix(Matrix(columnVector: try CallArguments(arguments).vector(0)))
            },
            Builtin(
                "splitHeads", [.init(nil, "matrix", .matrix), .init("count", "count", .int)], .matrices,
                summary: "the columns in h heads of d_model / h: head k holds columns k·d_head ..< (k+1)·d_head; h divides d_model",
                example: "splitHeads(identity(4), count: 2)",
                bounds: { values in
                    let a = CallArguments(values)
                    let count = a.size(1)
                    return Builtin.Cost(
                        elements: Builtin.Cost.product(a.rows(0), a.columns(0)),
                        operations: Builtin.Cost.sum(Builtin.Cost.product(a.rows(0), a.columns(0)), Builtin.Cost.product(count, a.rows(0)), count),
                        sides: [count])
                }
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .list(ValueList(try a.matrix(0).splitHeads(try a.int(1)).map(Value.matrix), of: ValueType.matrix.rawValue))
            },
            Builtin(
                "concatHeads", [.init(nil, "heads", .matrices)], .matrix,
                summary: "Concat(head₁, …, head_h), the heads side by side: the inverse of splitHeads; heads of one shape",
                example: "concatHeads(splitHeads(identity(4), count: 2))"
            ) { arguments throws(TransformerError) in
                .matrix(try Matrix(joiningHeads: try CallArguments(arguments).matrices(0)))
            },
        ]
    )

    /// The cost of an n×n matrix.
    static func square(_ n: Int) -> Builtin.Cost {
        Builtin.Cost.matrix(rows: n, columns: n)
    }

    /// The elements of the vector or matrix at `index`, row by row.
    static func elements(_ arguments: CallArguments, _ index: Int) throws(TransformerError) -> [Double] {
        if case let .matrix(m)? = arguments[index] { return m.elements }
        return try arguments.vector(index)
    }

    /// `zeros(rows:columns:)` or `ones(rows:columns:)`.
    private static func filled(_ name: String, _ value: Double, example: String) -> Builtin {
        Builtin(
            name, [.init("rows", "rows", .int), .init("columns", "columns", .int)], .matrix,
            summary: "the rows × columns matrix of \(name == "zeros" ? "0" : "1")s", example: example,
            bounds: { Builtin.Cost.matrix(rows: CallArguments($0).size(0), columns: CallArguments($0).size(1)) }
        ) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            return .matrix(try Matrix(rows: try a.int(0), columns: try a.int(1), repeating: value))
        }
    }

    /// `rowSlice(_:from:to:)` or `columnSlice(_:from:to:)`: the half-open range from ..< to.
    private static func slice(
        _ name: String, example: String, _ cut: @escaping @Sendable (Matrix, Range<Int>) throws(TransformerError) -> Matrix
    ) -> Builtin {
        let what = name == "rowSlice" ? "rows" : "columns"
        return Builtin(
            name, [.init(nil, "matrix", .matrix), .init("from", "start", .int), .init("to", "end", .int)], .matrix,
            summary: "the \(what) start ..< end of M (end excluded), 0 ≤ start ≤ end ≤ \(what)", example: example
        ) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            let (start, end) = (try a.int(1), try a.int(2))
            guard start <= end else {
                throw .invalidArgument(name: "the end of the \(what) range", value: Double(end), requirement: "at least its start \(start)")
            }
            return .matrix(try cut(try a.matrix(0), start..<end))
        }
    }
}
