extension ResultComment {
    /// Whether `value` gets a result comment: numbers, vectors and matrices do; Bool, String, records, tables and
    /// figures do not (`text(for:precision:slashColumn:)` is nil for them).
    public static func isWritten(for value: Value) -> Bool {
        switch value {
        case .integer, .real, .vector, .matrix: true
        case let .list(list): list.numbers != nil
        case .bool, .string, .strings, .tuple, .optional, .dictionary, .record, .table, .figure, .range, .function: false
        }
    }

    /// The text of a new result comment for `value` at `precision` decimals, or nil for values that get none
    /// (Bool, String): `// => 0.802`, a single number too small for the decimals in scientific notation
    /// (`// => 9.358e-14`), `// => 124,439,808`, `// => [0.665, 0.245, 0.090]`, and for a matrix the first row on
    /// the `// =>` line and each further row on a `//    [...]` line after (`slashColumn` − 1) spaces, numbers
    /// right-aligned to one width.
    public static func text(for value: Value, precision: Int, slashColumn: Int) -> String? {
        switch value {
        case let .integer(n):
            return "// => " + ValueFormatter.integer(n)
        case let .real(x):
            return "// => " + (ValueFormatter.isTooSmall(x, precision: precision)
                ? ValueFormatter.scientific(x, decimals: precision) : number(x, precision: precision))
        case let .vector(v):
            return "// => [" + v.map { number($0, precision: precision) }.joined(separator: ", ") + "]"
        case let .matrix(m):
            guard m.rows > 0 else { return "// => []" }
            let rows = ValueFormatter.alignedRows(m.rowArrays.map { $0.map { number($0, precision: precision) } })
            let indent = String(repeating: " ", count: slashColumn <= 1 ? 0 : min(slashColumn - 1, 10_000))
            return "// => " + rows.joined(separator: "\n" + indent + "//    ")
        case let .list(list) where list.numbers != nil:
            return "// => [" + list.elements.map { element in
                if case let .integer(n) = element { return String(n) }
                return number(element.realValue ?? .nan, precision: precision)
            }.joined(separator: ", ") + "]"
        case .bool, .string, .strings, .list, .tuple, .optional, .dictionary, .record, .table, .figure, .range, .function:
            // Values compared as text are checked where an author writes them (`// => "cat"`), never inserted.
            return nil
        }
    }

    /// A real for a result comment: fixed `precision` decimals; with precision 0 a whole number, which a block of
    /// precision 0 compares with a real at ±0.5 (see `compare(with:defaultPrecision:)`).
    static func number(_ x: Double, precision: Int) -> String {
        ValueFormatter.number(x, precision: precision)
    }
}
