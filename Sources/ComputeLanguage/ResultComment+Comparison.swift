extension ResultComment {
    /// Compares the written result with the statement's value, number by number at each number's written
    /// precision (an `.integer` exactly, unless written with a tolerance such as `175B`). A wrong number is
    /// rewritten keeping its precision; a wrong shape, or an unreadable comment, gets a whole new comment at
    /// the precision of the first written number or `defaultPrecision`.
    ///
    /// Two rules depend on the block: where `defaultPrecision` is 0, a real is written as a whole number and a
    /// written integer matches a real within ±0.5; and a single number written as zero (`0.000`) does not match a
    /// nonzero value too small for its decimals (`exp(-30)`), which is written in scientific notation instead
    /// (`9.358e-14`), unless the value is zero up to rounding (below `ValueFormatter.zeroResidue`). In vectors and
    /// matrices zeros keep the written-precision rule, as softmax rows have them.
    public func compare(with value: Value, defaultPrecision: Int = 3) -> ResultComparison {
        let fresh = ResultComparison.shapeMismatch(
            expected: Self.expectedShape(of: value),
            replacement: Self.text(for: value, precision: written?.precision ?? defaultPrecision, slashColumn: slashColumn) ?? ""
        )
        guard let written else { return fresh }
        if case let .exact(text, _) = written {
            guard let exact = Self.exactText(for: value, precision: defaultPrecision) else { return fresh }
            return exact == text ? .matches : .shapeMismatch(expected: "the value \(exact)", replacement: "// => " + exact)
        }
        switch (value, written) {
        case let (.integer(n), .number(w)):
            return Self.verdict([Self.compare(w, withInteger: n, precision: defaultPrecision)])
        case let (.real(x), .number(w)):
            return Self.verdict([Self.compare(w, with: x, precision: defaultPrecision, isScalar: true)])
        case let (.vector(v), .vector(ws)) where v.count == ws.count:
            return Self.verdict(zip(ws, v).map { Self.compare($0, with: $1, precision: defaultPrecision) })
        case let (.list(list), .vector(ws)) where list.numbers != nil && list.elements.count == ws.count:
            return Self.verdict(zip(ws, list.elements).map { w, element in
                if case let .integer(n) = element { return Self.compare(w, withInteger: n, precision: defaultPrecision) }
                return Self.compare(w, with: element.realValue ?? .nan, precision: defaultPrecision)
            })
        case let (.matrix(m), .vector(ws)) where (m.rows == 1 && ws.count == m.columns) || (m.rows == 0 && ws.isEmpty):
            return Self.verdict(zip(ws, m.elements).map { Self.compare($0, with: $1, precision: defaultPrecision) })
        case let (.matrix(m), .matrix(rows)) where rows.count == m.rows && rows.allSatisfy({ $0.count == m.columns }):
            let numbers = rows.flatMap { $0 }
            return Self.verdict(zip(numbers, m.elements).map { Self.compare($0, with: $1, precision: defaultPrecision) })
        default:
            return fresh
        }
    }

    /// A single written number (a claim's) against a computed number, by the rules of a comment's single number
    /// (`compare(with:defaultPrecision:)`): nil when it matches or the value is not a number.
    public static func mismatch(of number: WrittenNumber, against value: Value, precision: Int) -> NumberMismatch? {
        let located = LocatedNumber(number: number, range: 0..<number.text.utf8.count)
        switch value {
        case let .integer(n): return compare(located, withInteger: n, precision: precision)
        case let .real(x): return compare(located, with: x, precision: precision, isScalar: true)
        default: return nil
        }
    }

    /// The text a `// =>` comment holds for a value compared as text: a string quoted, `true`/`false`, a tuple in
    /// parentheses (reals at `precision` decimals), `nil` or the optional's value, an array of strings, Bools or
    /// tuples, a dictionary (in insertion order); nil for numbers, vectors, matrices and values that get no comment.
    public static func exactText(for value: Value, precision: Int) -> String? {
        switch value {
        case .string, .bool, .tuple, .dictionary: return ValueFormatter.element(of: value, precision: precision)
        case .strings: return "[" + (value.swiftDebugDescription.dropFirst().dropLast()) + "]"
        case let .optional(wrapped, _):
            guard let wrapped else { return "nil" }
            return exactText(for: wrapped, precision: precision) ?? ValueFormatter.element(of: wrapped, precision: precision)
        case let .list(list) where list.numbers == nil: return ValueFormatter.element(of: value, precision: precision)
        default: return nil
        }
    }

    /// What a comment for `value` must hold, in words: `a number`, `a vector of 3 numbers`, `a 2×3 matrix`.
    static func expectedShape(of value: Value) -> String {
        return switch value {
        case .integer, .real: "a number"
        case let .vector(v): "a vector of \(v.count) number\(v.count == 1 ? "" : "s")"
        case let .matrix(m): "a \(m.rows)×\(m.columns) matrix"
        case let .list(list) where list.numbers != nil: "a vector of \(list.elements.count) number\(list.elements.count == 1 ? "" : "s")"
        case .bool, .string, .strings, .record, .table, .figure, .list, .tuple, .range, .function, .optional, .dictionary: "no result comment, as a \(value.typeName) has none"
        }
    }

    /// `.matches` when there is no mismatch, else the mismatches.
    private static func verdict(_ results: [NumberMismatch?]) -> ResultComparison {
        let mismatches = results.compactMap { $0 }
        return mismatches.isEmpty ? .matches : .mismatches(mismatches)
    }

    /// A written number against a computed real: nil when it matches within its tolerance.
    private static func compare(_ w: LocatedNumber, with x: Double, precision: Int, isScalar: Bool = false) -> NumberMismatch? {
        let number = w.number
        if number.isExact, precision <= 0, number.value.isFinite, x.isFinite {
            guard (x - number.value).magnitude > 0.5 || (isScalar && writtenZero(number, against: x)) else { return nil }
            return NumberMismatch(range: w.range, written: number.text, computed: x, replacement: scalarText(x, precision: 0, isScalar: isScalar))
        }
        let hidesValue = isScalar && writtenZero(number, against: x)
        guard !number.matches(x) || hidesValue else { return nil }
        var replacement = number.rewritten(x, fallbackDecimals: max(precision, 1))
        if isScalar, ValueFormatter.isTooSmall(x, precision: number.valuePrecision ?? precision), number.exponent == nil {
            replacement = ValueFormatter.scientific(x, decimals: number.isExact ? max(precision, 1) : number.decimals)
        }
        let explanation: String? = number.isExact && number.value.isFinite && x.isFinite ? .integerForReal(decimal: replacement) : nil
        return NumberMismatch(range: w.range, written: number.text, computed: x, replacement: replacement, explanation: explanation)
    }

    /// Whether a single number is written as zero for a value that is not zero up to rounding
    /// (`ValueFormatter.zeroResidue`): such zeros hide values too small for their decimals.
    private static func writtenZero(_ number: WrittenNumber, against x: Double) -> Bool {
        number.value == 0 && x.isFinite && x.magnitude >= ValueFormatter.zeroResidue
    }

    /// A real for a single number or an element: a scalar too small for `precision` in scientific notation.
    private static func scalarText(_ x: Double, precision: Int, isScalar: Bool) -> String {
        isScalar && ValueFormatter.isTooSmall(x, precision: precision)
            ? ValueFormatter.scientific(x, decimals: precision) : ValueFormatter.number(x, precision: precision)
    }

    /// A written number against a computed integer: exact for an integer written as such (rewritten grouped by
    /// thousands when it was written so), else within the written tolerance (`175B`).
    private static func compare(_ w: LocatedNumber, withInteger n: Int, precision: Int) -> NumberMismatch? {
        guard w.number.isExact else { return compare(w, with: Double(n), precision: precision) }
        guard w.number.integerValue != n else { return nil }
        let replacement = w.number.format.groupsThousands ? ValueFormatter.integer(n) : String(n)
        return NumberMismatch(range: w.range, written: w.number.text, computed: Double(n), replacement: replacement, exactText: String(n))
    }
}

private extension String {
    static func integerForReal(decimal: String) -> String {
        "an integer must match exactly, and this value is not an integer; write '\(decimal)' to compare it at its decimals"
    }
}
