extension LanguageReference {
    /// The operators: symbol, operands, meaning and an example that runs as written.
    static let operatorEntries: [(symbol: String, operands: String, meaning: String, example: String)] = [
        ("+ -", "numbers, or vectors or matrices of one shape", "sum and difference, element by element", "[1, 2] + [3, 4]"),
        ("+ -", "a matrix and a vector of one entry per column", "the vector added to (subtracted from) every row: a bias, M + 1bᵀ", "[[1, 2], [3, 4]] + [10, 20]"),
        ("*", "two matrices", "the matrix product (AB)(i, j) = Σₖ A(i, k)·B(k, j), as in simd", "[[1, 2], [3, 4]] * identity(2)"),
        ("*", "a vector and a matrix", "the product with the vector as a row (v M) or, on the right, as a column (M v); a vector", "[1, 2] * [[1, 2], [3, 4]]"),
        ("* /", "a number and a number, vector or matrix", "scaling, element by element; `/` by zero is an error", "[[1, 2]] / 2"),
        ("%", "two Ints", "the remainder of truncating division, a − (a / b)·b, with the sign of a; `% 0` and `Int.min % -1` are errors (Swift traps), a Double takes `truncatingRemainder(dividingBy:)`", "-7 % 3"),
        ("⊙", "vectors or matrices of one shape", "the element-wise (Hadamard) product (A ⊙ B)(i, j) = A(i, j)·B(i, j)", "[1, 2, 3] ⊙ [4, 5, 6]"),
        ("-", "a number, vector or matrix", "negation", "-[1, 2]"),
        ("== != < <= > >=", "numbers; `==` and `!=` also other values of one type", "comparison, a `Bool`", "2 > 1"),
        ("≈", "numbers, vectors or matrices of one shape", "approximately equal: to the written precision of a decimal literal (0.867 is ±0.0005), else |a − b| ≤ 1e-9·max(1, |a|, |b|)", "softmax([2, 1, 0]) ≈ [0.665, 0.245, 0.090]"),
        ("&& || !", "Bools", "and, or, not", "true && !false"),
        ("[i] [i, j]", "a vector, a matrix, a list", "element i, row i, element (i, j) of a matrix, 0-based", "identity(3)[1, 1]"),
    ]

    /// The operators table.
    static var operators: String {
        table(
            heading: "## Operators",
            introduction: "Integers follow Swift (overflow is an error, `/` truncates); `Int` and `Double` mix. `⊙` binds like `*`. "
                + "MATLAB's `.*` gets a fix-it to `⊙`, a pasted `−` (U+2212) one to `-`.",
            columns: ["operator", "operands", "meaning", "example"],
            rows: operatorEntries.map { [code($0.symbol), $0.operands, $0.meaning, code($0.example)] })
    }
}
