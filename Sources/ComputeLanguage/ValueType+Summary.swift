extension ValueType {
    /// What a value of this type holds, for the language reference.
    var summary: String {
        switch self {
        case .int: "an integer, from integer literals and integer arithmetic; exact, with overflow an error"
        case .double: "a floating-point number; an `Int` converts where a `Double` is expected"
        case .bool: "`true` or `false`, from comparisons and `≈`"
        case .string: "a text, from a string literal"
        case .vector: "numbers, from an array literal such as `[2, 1, 0]`"
        case .matrix: "rows of numbers of equal length, from `[[1, 2], [3, 4]]` or a builtin"
        case .vectorOrMatrix, .numeric: "either of its types"
        case .strings: "strings, from `[\"The\", \"car\"]`: token labels; `list[i]` and `.count`"
        case .table: "a labelled table (`parameterTable`, `table`), shown as a table"
        case .figure: "a figure (`heatmap`, `bars`, `lines`), shown as SVG"
        case .matrices: "matrices, such as the heads of `splitHeads`; `heads[i]` and `.count`"
        case .mask: "an attention mask, one of the members of `AttentionMask`, or a 0/1 (or true/false) matrix"
        case .unit, .activation, .accounting, .component, .precision, .norm, .position, .mlp:
            namespace.map { "one of its members (\($0.constants.prefix(4).map { "`.\($0.name)`" }.joined(separator: ", "))\($0.constants.count > 4 ? ", …" : ""))" } ?? ""
        case .model: "a model configuration with its counts as members: a preset `Model.gpt3`, or `Model(name:…)`"
        case .shape: "the shape of a vector or matrix, shown as `3` or `4×4`, with `.rows`, `.columns` or `.count`"
        case .attentionResult: "the matrices of one attention (see Members)"
        case .multiHeadResult: "the matrices of one multi-head attention (see Members)"
        case .qr: "the factors of a QR decomposition (see Members)"
        case .orthogonalityDeviation: "how far a matrix's columns are from orthonormal (see Members)"
        }
    }
}
