/// One `//| key: value` line at the top of a cell, split into its parts with 1-based UTF-8 columns.
struct OptionLine: Sendable, Equatable {
    /// The marker that starts an option line, after optional spaces and tabs.
    static let marker = Array("//|".utf8)

    /// The key, trimmed; empty when the line is malformed.
    var key: String
    /// The column of the key's first byte (or of the marker, when malformed).
    var keyColumn: Int
    /// The value, trimmed.
    var value: String
    /// The column of the value's first byte (one past the line's end when the value is empty).
    var valueColumn: Int
    /// Whether the line has the `//| key: value` shape.
    var isWellFormed: Bool

    /// Reads `line` (one line of code, without its line ending); nil when it is not an option line at all. Spaces and
    /// tabs may indent the marker (Swift allows both), and a space or a tab follows it.
    init?(_ line: ArraySlice<UInt8>) {
        let indent = line.prefix(while: Byte.isBlank).count
        let afterIndent = line.dropFirst(indent)
        guard afterIndent.starts(with: Self.marker) else { return nil }
        let base = line.startIndex
        let body = afterIndent.dropFirst(Self.marker.count)
        key = ""
        keyColumn = indent + 1
        value = ""
        valueColumn = line.count + 1
        isWellFormed = false
        guard body.first.map(Byte.isBlank) == true, let colon = body.firstIndex(of: UInt8(ascii: ":")) else { return }
        let keyBytes = Self.trimmed(body[body.index(after: body.startIndex)..<colon])
        let valueBytes = Self.trimmed(body[body.index(after: colon)...])
        guard !keyBytes.isEmpty else { return }
        key = String(decoding: keyBytes, as: UTF8.self)
        keyColumn = keyBytes.startIndex - base + 1
        value = String(decoding: valueBytes, as: UTF8.self)
        valueColumn = valueBytes.isEmpty ? line.count + 1 : valueBytes.startIndex - base + 1
        isWellFormed = true
    }

    /// `bytes` without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !Byte.isBlank($0) }), let last = bytes.lastIndex(where: { !Byte.isBlank($0) }) else {
            return bytes[bytes.endIndex...]
        }
        return bytes[first...last]
    }
}
