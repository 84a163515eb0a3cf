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
    /// `code`): on the same line, optional spaces, `//`, optional spaces, `=>`; for a row, followed by the
    /// continuation lines `//    [...]` whose `//` stands in the same column. Nil when there is none, or when
    /// the line comment there is not a result comment.
    public static func find(in code: String, statementEnd: Int) -> ResultComment? {
        let bytes = Array(code.utf8)
        guard statementEnd >= 0, statementEnd <= bytes.count else { return nil }
        let slash = WrittenResult.skipSpaces(bytes, from: statementEnd, to: bytes.count)
        guard isSlashes(bytes, at: slash) else { return nil }
        let arrow = WrittenResult.skipSpaces(bytes, from: slash + 2, to: bytes.count)
        guard arrow + 1 < bytes.count, bytes[arrow] == UInt8(ascii: "="), bytes[arrow + 1] == UInt8(ascii: ">") else {
            return nil
        }
        let lineStart = (bytes[..<slash].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let column = slash - lineStart + 1
        let firstLine = line(bytes, from: arrow + 2)
        let first = (arrow + 2)..<firstLine.contentEnd
        var rows: [Range<Int>] = []
        var end = firstLine.contentEnd
        let valueStart = WrittenResult.skipSpaces(bytes, from: first.lowerBound, to: first.upperBound)
        if valueStart < first.upperBound, bytes[valueStart] == UInt8(ascii: "[") {
            var next = firstLine.nextStart
            while let start = next {
                let rowLine = line(bytes, from: start)
                let rowSlash = WrittenResult.skipSpaces(bytes, from: start, to: rowLine.contentEnd)
                guard rowSlash - start == column - 1, rowSlash + 1 < rowLine.contentEnd, isSlashes(bytes, at: rowSlash) else { break }
                let bracket = WrittenResult.skipSpaces(bytes, from: rowSlash + 2, to: rowLine.contentEnd)
                guard bracket < rowLine.contentEnd, bytes[bracket] == UInt8(ascii: "[") else { break }
                rows.append((rowSlash + 2)..<rowLine.contentEnd)
                end = rowLine.contentEnd
                next = rowLine.nextStart
            }
        }
        let range = slash..<end
        switch WrittenResult.read(bytes, first: first, rows: rows) {
        case let .success(written):
            return ResultComment(range: range, slashColumn: column, written: written, problem: nil)
        case let .failure(problem):
            return ResultComment(range: range, slashColumn: column, written: nil, problem: problem)
        }
    }

    /// Whether `//` stands at offset `i`.
    private static func isSlashes(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/")
    }

    /// The line containing offset `i`: where its content ends (before `\n` or `\r\n`) and where the next line starts.
    private static func line(_ bytes: [UInt8], from i: Int) -> (contentEnd: Int, nextStart: Int?) {
        guard let newline = bytes[i...].firstIndex(of: UInt8(ascii: "\n")) else { return (bytes.count, nil) }
        let contentEnd = newline > i && bytes[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
        return (contentEnd, newline + 1)
    }
}
