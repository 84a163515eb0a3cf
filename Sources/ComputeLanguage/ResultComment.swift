/// A `// =>` result comment after a statement: where it is, what is written in it, and how that compares.
public struct ResultComment: Sendable, Hashable {
    /// The UTF-8 byte range of the whole comment, from `//` to the end of its last line (the newline excluded).
    public let range: Range<Int>
    /// The 1-based UTF-8 byte column of the first line's `//`.
    public let slashColumn: Int
    /// The written result, or nil when the text cannot be read (then `problem` says why).
    public let written: WrittenResult?
    /// Why the written text cannot be read, and where; nil when it can.
    public let problem: ResultCommentProblem?

    /// A result comment from its parts.
    public init(range: Range<Int>, slashColumn: Int, written: WrittenResult?, problem: ResultCommentProblem?) {
        self.range = range
        self.slashColumn = slashColumn
        self.written = written
        self.problem = problem
    }

    /// The result comment after the statement whose last byte is just before `statementEnd` (a UTF-8 offset in
    /// `code`): on the same line, optional spaces, `;` and block comments, `//`, optional spaces, `=>`; followed by the
    /// continuation lines `//    [...]` whose `//` stands in the same column (rows of a matrix, or stale rows left
    /// below a number, which make the comment unreadable so that `update` replaces them). Nil when there is none,
    /// or when the line comment there is not a result comment.
    public static func find(in code: String, statementEnd: Int) -> ResultComment? {
        let bytes = Array(code.utf8)
        guard statementEnd >= 0, statementEnd <= bytes.count else { return nil }
        let slash = skipSpacesAndBlockComments(bytes, from: statementEnd)
        guard isSlashes(bytes, at: slash) else { return nil }
        let arrow = WrittenResult.skipSpaces(bytes, from: slash + 2, to: bytes.count)
        guard arrow + 1 < bytes.count, bytes[arrow] == UInt8(ascii: "="), bytes[arrow + 1] == UInt8(ascii: ">") else {
            return nil
        }
        let lineStart = (bytes[..<slash].lastIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? -1) + 1
        let column = slash - lineStart + 1
        let firstLine = line(bytes, from: arrow + 2)
        let first = (arrow + 2)..<firstLine.contentEnd
        let valueStart = WrittenResult.skipSpaces(bytes, from: first.lowerBound, to: first.upperBound)
        var rows = continuationRows(bytes, after: firstLine.nextStart, column: column)
        if valueStart == first.upperBound || bytes[valueStart] != UInt8(ascii: "[") {
            // Below a number or a placeholder, only rows of numbers are taken (as stale), never an author's note.
            rows = Array(rows.prefix { WrittenResult.isNumberRow(bytes, $0) })
        }
        let range = slash..<(rows.last?.upperBound ?? firstLine.contentEnd)
        switch WrittenResult.read(bytes, first: first, rows: rows) {
        case let .success(written):
            return ResultComment(range: range, slashColumn: column, written: written, problem: nil)
        case let .failure(problem):
            return ResultComment(range: range, slashColumn: column, written: nil, problem: problem)
        }
    }

    /// The continuation lines from `start` on: lines whose `//` stands in `column`, followed by spaces and `[`;
    /// each range is the text after the `//`.
    static func continuationRows(_ bytes: [UInt8], after start: Int?, column: Int) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        var next = start
        while let start = next, start < bytes.count {
            let rowLine = line(bytes, from: start)
            let rowSlash = WrittenResult.skipSpaces(bytes, from: start, to: rowLine.contentEnd)
            guard rowSlash - start == column - 1, isContinuation(bytes, slash: rowSlash, end: rowLine.contentEnd) else { break }
            rows.append((rowSlash + 2)..<rowLine.contentEnd)
            next = rowLine.nextStart
        }
        return rows
    }

    /// Whether `//`, spaces and `[` start at `slash`: the shape of a continuation line.
    static func isContinuation(_ bytes: [UInt8], slash: Int, end: Int) -> Bool {
        guard slash + 1 < end, isSlashes(bytes, at: slash) else { return false }
        let bracket = WrittenResult.skipSpaces(bytes, from: slash + 2, to: end)
        return bracket > slash + 2 && bracket < end && bytes[bracket] == UInt8(ascii: "[")
    }

    /// The first offset from `start` that is neither a space, a tab, the statement's `;` nor part of a `/* … */`
    /// comment on the same line.
    private static func skipSpacesAndBlockComments(_ bytes: [UInt8], from start: Int) -> Int {
        var i = WrittenResult.skipSpaces(bytes, from: start, to: bytes.count)
        if i < bytes.count, bytes[i] == UInt8(ascii: ";") { i = WrittenResult.skipSpaces(bytes, from: i + 1, to: bytes.count) }
        while i + 1 < bytes.count, bytes[i] == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "*") {
            var j = i + 2
            while j + 1 < bytes.count, !(bytes[j] == UInt8(ascii: "*") && bytes[j + 1] == UInt8(ascii: "/")) {
                guard bytes[j] != UInt8(ascii: "\n"), bytes[j] != UInt8(ascii: "\r") else { return i }
                j += 1
            }
            guard j + 1 < bytes.count else { return i }
            i = WrittenResult.skipSpaces(bytes, from: j + 2, to: bytes.count)
        }
        return i
    }

    /// Whether `//` stands at offset `i`.
    static func isSlashes(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/")
    }

    /// The line containing offset `i`: where its content ends (before `\n`, `\r\n` or a lone `\r`) and where the
    /// next line starts.
    public static func line(_ bytes: [UInt8], from i: Int) -> (contentEnd: Int, nextStart: Int?) {
        guard let end = bytes[min(i, bytes.count)...].firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
            return (bytes.count, nil)
        }
        let crlf = bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n")
        return (end, end + (crlf ? 2 : 1))
    }
}

extension ResultComment {
    /// The most UTF-8 bytes a block may have to be run (see `ParsedCell.maximumCodeBytes`): `update` never writes a
    /// comment that would take a block past it.
    public static var maximumBlockBytes: Int { ParsedCell.maximumCodeBytes }

    /// The UTF-8 offset where the continuation lines of numbers starting at `start` end (the end of the last one's
    /// content), when there are any: rows that no `// =>` owns, left below a statement whose comment is gone.
    public static func leftoverRows(_ bytes: [UInt8], after start: Int?) -> Int? {
        guard let start, start < bytes.count else { return nil }
        let slash = WrittenResult.skipSpaces(bytes, from: start, to: bytes.count)
        let rows = continuationRows(bytes, after: start, column: slash - start + 1).prefix { WrittenResult.isNumberRow(bytes, $0) }
        return rows.last?.upperBound
    }
}
