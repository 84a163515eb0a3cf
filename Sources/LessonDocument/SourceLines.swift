/// The lines of a lesson's source as UTF-8 byte ranges, split the way cmark-gfm splits them (`\n`, `\r\n` or a lone `\r`).
public struct SourceLines: Sendable {
    /// One line: where it starts, where its content ends (before the line ending) and where the next line starts.
    struct Line: Sendable, Equatable {
        /// Offset of the line's first byte.
        var start: Int
        /// Offset just past the line's content, before its line ending.
        var contentEnd: Int
        /// Offset just past the line ending (equals `contentEnd` on a last line without one).
        var end: Int
    }

    /// The source's bytes.
    public let bytes: [UInt8]
    /// The lines in order; line `n` (1-based) is `lines[n - 1]`.
    let lines: [Line]

    /// Splits `source` into lines.
    public init(_ source: String) {
        self.init(bytes: Array(source.utf8))
    }

    /// Splits `bytes` (UTF-8 or not) into lines.
    init(bytes: [UInt8]) {
        var lines: [Line] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                var end = index + 1
                if byte == UInt8(ascii: "\r"), end < bytes.count, bytes[end] == UInt8(ascii: "\n") {
                    end += 1
                }
                lines.append(Line(start: start, contentEnd: index, end: end))
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < bytes.count {
            lines.append(Line(start: start, contentEnd: bytes.count, end: bytes.count))
        }
        self.bytes = bytes
        self.lines = lines
    }

    /// The line numbered `number` (1-based), or nil when there is no such line.
    func line(_ number: Int) -> Line? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The bytes of a range, as a string (invalid sequences repaired).
    public func text(_ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The content bytes of a line (without its line ending).
    func content(of line: Line) -> ArraySlice<UInt8> {
        bytes[line.start..<line.contentEnd]
    }

    /// The line and 1-based UTF-8 column of a source offset, clamped to the source (a line ending belongs to its line).
    public func location(ofOffset offset: Int) -> SourceLocation {
        guard !lines.isEmpty else { return SourceLocation(line: 1, column: 1) }
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= clamped { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: low + 1, column: clamped - lines[low].start + 1)
    }

    /// The bytes of line `number` (1-based) without its line ending, or nil when there is no such line.
    public func bytes(ofLine number: Int) -> ArraySlice<UInt8>? {
        line(number).map(content(of:))
    }

    /// The number of lines.
    public var count: Int { lines.count }

    /// The text of line `number` (1-based) without its line ending, or nil when there is no such line.
    public func text(ofLine number: Int) -> String? {
        line(number).map { String(decoding: content(of: $0), as: UTF8.self) }
    }
}
