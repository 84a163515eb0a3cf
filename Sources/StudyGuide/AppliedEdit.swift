import Foundation
import LessonDocument

/// One change `update` wrote to a lesson, as reported: where it starts, the bytes it replaced and the new text.
public struct AppliedEdit: Hashable, Sendable, CustomStringConvertible {
    /// The lesson's path as typed.
    public let file: String
    /// Where the replaced range starts (line and UTF-8 column, from 1).
    public let location: SourceLocation
    /// The source bytes replaced (empty for an insertion).
    public let old: String
    /// The text written in their place.
    public let new: String

    /// The edits `String.applying` applies to `source`, in source order (an edit overlapping an earlier one is dropped
    /// there, and here).
    static func edits(_ edits: [SourceEdit], in source: String, file: String) -> [AppliedEdit] {
        let lines = SourceLines(source)
        var cursor = 0
        var result: [AppliedEdit] = []
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            guard edit.range.lowerBound >= cursor, edit.range.upperBound <= lines.bytes.count else { continue }
            result.append(AppliedEdit(file: file, location: lines.location(ofOffset: edit.range.lowerBound),
                                      old: lines.text(edit.range), new: edit.replacement))
            cursor = edit.range.upperBound
        }
        return result
    }

    /// `lessons/x.md:5:40: 0.091 → 0.090` (an insertion's old text is `(none)`; line breaks shown as `⏎`).
    public var description: String {
        "\(file):\(location.line):\(location.column): \(Self.shown(old)) → \(Self.shown(new))"
    }

    /// A side of an edit on one line: trimmed of surrounding blanks, line breaks as `⏎`, `(none)` when empty.
    static func shown(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "(none)" }
        return trimmed.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
            .replacingOccurrences(of: "\r", with: "⏎")
    }
}
