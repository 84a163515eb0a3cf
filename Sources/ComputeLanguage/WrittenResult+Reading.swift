extension WrittenResult {
    /// Reads a result from UTF-8 `bytes`: `first` is the text after `=>`, each of `rows` the text after the `//`
    /// of a continuation line (which starts, after spaces, with `[`). Problems carry absolute offsets.
    static func read(_ bytes: [UInt8], first: Range<Int>, rows: [Range<Int>]) -> Result<WrittenResult, ResultCommentProblem> {
        var i = skipSpaces(bytes, from: first.lowerBound, to: first.upperBound)
        guard i < first.upperBound else {
            return .failure(ResultCommentProblem(reason: .placeholder, offset: i, isPlaceholder: true))
        }
        if isExactStart(bytes, at: i, limit: first.upperBound) {
            guard rows.isEmpty else {
                return .failure(ResultCommentProblem(reason: .staleRows, offset: rows[0].lowerBound - 2, isRewritable: true))
            }
            var end = first.upperBound
            while end > i, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            return .success(.exact(String(decoding: bytes[i..<end], as: UTF8.self), range: i..<end))
        }
        if bytes[i] != UInt8(ascii: "["), let stale = rows.first {
            let slash = stale.lowerBound - 2
            return .failure(ResultCommentProblem(reason: .staleRows, offset: slash, isRewritable: true))
        }
        if bytes[i] != UInt8(ascii: "[") {
            switch WrittenNumber.scan(bytes, from: i, to: first.upperBound) {
            case .notANumber:
                return .failure(ResultCommentProblem(reason: "expected a number or a vector after '=>'", offset: i))
            case .outOfRange:
                return .failure(ResultCommentProblem(reason: "number out of range", offset: i))
            case let .number(number, end):
                let after = skipSpaces(bytes, from: end, to: first.upperBound)
                guard after == first.upperBound else {
                    return .failure(ResultCommentProblem(reason: "unexpected text after the number", offset: end))
                }
                return .success(.number(LocatedNumber(number: number, range: i..<end)))
            }
        }
        var matrix: [[LocatedNumber]] = []
        for (index, line) in ([first] + rows).enumerated() {
            i = skipSpaces(bytes, from: line.lowerBound, to: line.upperBound)
            let rowStart = i
            switch readRow(bytes, from: i, to: line.upperBound) {
            case let .failure(problem):
                return .failure(problem)
            case let .success((row, end)):
                let after = skipSpaces(bytes, from: end, to: line.upperBound)
                guard after == line.upperBound else {
                    return .failure(ResultCommentProblem(reason: "unexpected text after the row", offset: end))
                }
                if let width = matrix.first?.count, row.count != width {
                    return .failure(ResultCommentProblem(
                        reason: "row \(index + 1) has \(row.count) number\(row.count == 1 ? "" : "s") where the first row has \(width)",
                        offset: rowStart
                    ))
                }
                matrix.append(row)
            }
        }
        return .success(matrix.count == 1 ? .vector(matrix[0]) : .matrix(matrix))
    }

    /// Whether the written value at `i` is one compared as text: it starts with `"`, `(`, `true`, `false` or `nil`, or
    /// is an array or dictionary whose first element starts so (`["a"]`, `[(1, 2)]`, `[true]`, `[:]`, `["a": 1]`).
    static func isExactStart(_ bytes: [UInt8], at i: Int, limit: Int) -> Bool {
        func startsWord(_ word: String, at j: Int) -> Bool {
            let w = Array(word.utf8)
            return j + w.count <= limit && Array(bytes[j..<(j + w.count)]) == w
        }
        func startsExact(at j: Int) -> Bool {
            guard j < limit else { return false }
            return bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "(") || startsWord("true", at: j)
                || startsWord("false", at: j) || startsWord("nil", at: j)
        }
        if startsExact(at: i) { return true }
        guard i < limit, bytes[i] == UInt8(ascii: "[") else { return false }
        let j = skipSpaces(bytes, from: i + 1, to: limit)
        return startsExact(at: j) || (j < limit && bytes[j] == UInt8(ascii: ":"))
    }

    /// Whether `line` (the text after a continuation line's `//`) is exactly one row of numbers, `[a, b, …]`: the
    /// rows `update` may remove as stale, unlike an author's note such as `// [1] Vaswani et al.`.
    static func isNumberRow(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let start = skipSpaces(bytes, from: line.lowerBound, to: line.upperBound)
        guard case let .success((row, end)) = readRow(bytes, from: start, to: line.upperBound), !row.isEmpty else { return false }
        return skipSpaces(bytes, from: end, to: line.upperBound) == line.upperBound
    }

    /// Reads `[a, b, …]` (or `[]`) starting at the `[` at `start`; returns the numbers and the offset after `]`.
    private static func readRow(_ bytes: [UInt8], from start: Int, to limit: Int) -> Result<([LocatedNumber], Int), ResultCommentProblem> {
        guard start < limit, bytes[start] == UInt8(ascii: "[") else {
            return .failure(ResultCommentProblem(reason: "expected '[' to start a row", offset: start))
        }
        var i = skipSpaces(bytes, from: start + 1, to: limit)
        var row: [LocatedNumber] = []
        if i < limit, bytes[i] == UInt8(ascii: "]") { return .success((row, i + 1)) }
        while true {
            guard i < limit else {
                return .failure(ResultCommentProblem(reason: "expected ']' to close the row", offset: i))
            }
            switch WrittenNumber.scan(bytes, from: i, to: limit) {
            case .notANumber:
                return .failure(ResultCommentProblem(reason: "expected a number", offset: i))
            case .outOfRange:
                return .failure(ResultCommentProblem(reason: "number out of range", offset: i))
            case let .number(number, end):
                row.append(LocatedNumber(number: number, range: i..<end))
                i = skipSpaces(bytes, from: end, to: limit)
            }
            guard i < limit else {
                return .failure(ResultCommentProblem(reason: "expected ']' to close the row", offset: i))
            }
            switch bytes[i] {
            case UInt8(ascii: "]"):
                return .success((row, i + 1))
            case UInt8(ascii: ","):
                i = skipSpaces(bytes, from: i + 1, to: limit)
            default:
                return .failure(ResultCommentProblem(reason: "expected ',' or ']' after a number", offset: i))
            }
        }
    }

    /// The first offset at or after `start` (and before `limit`) that is not a space or tab.
    static func skipSpaces(_ bytes: [UInt8], from start: Int, to limit: Int) -> Int {
        var i = start
        while i < limit, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        return i
    }
}

private extension String {
    static let placeholder = "an empty '// =>' waits for 'study update' to write the value"
    static let staleRows = "a continuation row below a result that is not a matrix row; 'study update' removes it"
}
