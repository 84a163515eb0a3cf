/// A replacement of a byte range of a lesson's source: how `update` changes generated spans and nothing else.
public struct SourceEdit: Hashable, Sendable {
    /// The UTF-8 byte range replaced (empty for an insertion).
    public var range: Range<Int>
    /// The new text.
    public var replacement: String

    /// An edit replacing `range` by `replacement`.
    public init(_ range: Range<Int>, _ replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

extension String {
    /// The text with `edits` applied; overlapping edits after the first are dropped.
    func applying(_ edits: [SourceEdit]) -> String {
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var cursor = 0
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            guard edit.range.lowerBound >= cursor, edit.range.upperBound <= bytes.count else { continue }
            result += bytes[cursor..<edit.range.lowerBound]
            result += Array(edit.replacement.utf8)
            cursor = edit.range.upperBound
        }
        result += bytes[cursor...]
        return String(decoding: result, as: UTF8.self)
    }
}
