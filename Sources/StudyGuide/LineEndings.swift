/// The line endings of a lesson's source, so that each line `update` writes ends as the line it is on does
/// (CRLF, a lone CR or LF, even in a file that mixes them).
struct LineEndings {
    /// The source's UTF-8 bytes.
    let bytes: [UInt8]
    /// The ending of a last line that has none: the file's first ending, or `\n` when it has a single line.
    let fallback: String

    /// The line endings of `source`.
    init(_ source: String) {
        bytes = Array(source.utf8)
        fallback = Self.ending(in: bytes, from: 0) ?? "\n"
    }

    /// The ending of the line holding UTF-8 offset `offset`: `\r\n`, `\r` or `\n`.
    func ending(ofLineAt offset: Int) -> String {
        Self.ending(in: bytes, from: max(0, offset)) ?? fallback
    }

    /// The first line ending at or after `offset`, nil when there is none.
    private static func ending(in bytes: [UInt8], from offset: Int) -> String? {
        guard offset < bytes.count,
              let end = bytes[offset...].firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return nil }
        guard bytes[end] == UInt8(ascii: "\r") else { return "\n" }
        return end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n") ? "\r\n" : "\r"
    }
}
