extension ResultComment {
    /// Compares the written result with the statement's value, number by number at each number's written
    /// precision (an `.integer` exactly, unless written with a tolerance such as `175B`). A wrong number is
    /// rewritten keeping its precision; a wrong shape, or an unreadable comment, gets a whole new comment at
    /// the precision of the first written number or `defaultPrecision`.
    public func compare(with value: Value, defaultPrecision: Int = 3) -> ResultComparison {
        let fresh = ResultComparison.shapeMismatch(
            expected: Self.expectedShape(of: value),
            replacement: Self.text(for: value, precision: written?.precision ?? defaultPrecision, slashColumn: slashColumn) ?? ""
        )
        guard let written else { return fresh }
        switch (value, written) {
        case let (.integer(n), .number(w)):
            return Self.verdict([Self.compare(w, withInteger: n, fallbackDecimals: defaultPrecision)])
        case let (.real(x), .number(w)):
            return Self.verdict([Self.compare(w, with: x, fallbackDecimals: defaultPrecision)])
        case let (.vector(v), .vector(ws)) where v.count == ws.count:
            return Self.verdict(zip(ws, v).map { Self.compare($0, with: $1, fallbackDecimals: defaultPrecision) })
        case let (.matrix(m), .vector(ws)) where (m.rows == 1 && ws.count == m.columns) || (m.rows == 0 && ws.isEmpty):
            return Self.verdict(zip(ws, m.elements).map { Self.compare($0, with: $1, fallbackDecimals: defaultPrecision) })
        case let (.matrix(m), .matrix(rows)) where rows.count == m.rows && rows.allSatisfy({ $0.count == m.columns }):
            let numbers = rows.flatMap { $0 }
            return Self.verdict(zip(numbers, m.elements).map { Self.compare($0, with: $1, fallbackDecimals: defaultPrecision) })
        default:
            return fresh
        }
    }

    /// What a comment for `value` must hold, in words: `a number`, `a vector of 3 numbers`, `a 2×3 matrix`.
    static func expectedShape(of value: Value) -> String {
        switch value {
        case .integer, .real: "a number"
        case let .vector(v): "a vector of \(v.count) number\(v.count == 1 ? "" : "s")"
        case let .matrix(m): "a \(m.rows)×\(m.columns) matrix"
        case .bool, .string, .strings, .record, .table, .figure: "no result comment, as a \(value.typeName) has none"
        }
    }

    /// `.matches` when there is no mismatch, else the mismatches.
    private static func verdict(_ results: [NumberMismatch?]) -> ResultComparison {
        let mismatches = results.compactMap { $0 }
        return mismatches.isEmpty ? .matches : .mismatches(mismatches)
    }

    /// A written number against a computed real: nil when it matches within its tolerance.
    private static func compare(_ w: LocatedNumber, with x: Double, fallbackDecimals: Int) -> NumberMismatch? {
        guard !w.number.matches(x) else { return nil }
        return NumberMismatch(
            range: w.range, written: w.number.text, computed: x,
            replacement: w.number.rewritten(x, fallbackDecimals: fallbackDecimals)
        )
    }

    /// A written number against a computed integer: exact for an integer written as such (rewritten with
    /// thousands separators), else within the written tolerance (`175B`).
    private static func compare(_ w: LocatedNumber, withInteger n: Int, fallbackDecimals: Int) -> NumberMismatch? {
        guard w.number.isExact else { return compare(w, with: Double(n), fallbackDecimals: fallbackDecimals) }
        guard w.number.integerValue != n else { return nil }
        return NumberMismatch(range: w.range, written: w.number.text, computed: Double(n), replacement: ValueFormatter.integer(n))
    }
}
