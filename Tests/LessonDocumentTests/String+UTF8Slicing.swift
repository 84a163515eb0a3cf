/// Byte-offset helpers for checking ranges and offsets that the lesson reports in UTF-8 bytes.
extension String {
    /// The text of a UTF-8 byte range of this string.
    func utf8Text(_ range: Range<Int>) -> String {
        let bytes = Array(utf8)
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The text from a UTF-8 byte offset, `count` bytes long (fewer at the end).
    func utf8Text(from offset: Int, count: Int) -> String {
        utf8Text(offset..<(offset + count))
    }

    /// The 1-based line of this string (lines split at `\n`), without a trailing `\r`.
    func line(_ number: Int) -> String {
        let lines = split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return "" }
        let line = lines[number - 1]
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
    }
}
