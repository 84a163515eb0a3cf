import Foundation
import LessonDocument

/// Prints diagnostics as compilers do (`path:line:col: error: message`, the line, a caret),
/// as GitHub Actions annotations, or as JSON.
public enum DiagnosticFormatter {
    /// The output formats of the command line.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    /// All diagnostics in `format`; `sources` maps each path to its lines (split once per lesson), for the quoted lines.
    public static func format(_ diagnostics: [Diagnostic], as format: Format, sources: [String: SourceLines]) -> String {
        switch format {
        case .text:
            return diagnostics.map { text($0, lines: sources[$0.path]) }.joined()
        case .github:
            return diagnostics.map(github).joined()
        case .json:
            return json(diagnostics)
        }
    }

    /// What a report lists in `format`, apart from its summary: its diagnostics (text), or its diagnostics, stale
    /// output files and `update`'s edits as annotations (github) or as one JSON array (json).
    public static func format(_ report: Report, as format: Format) -> String {
        switch format {
        case .text:
            return Self.format(report.diagnostics, as: .text, sources: report.sources)
        case .github:
            return report.diagnostics.map(github).joined() + report.staleFiles.map(github).joined() + report.edits.map(github).joined()
        case .json:
            return json(report.diagnostics, stale: report.staleFiles, edits: report.edits)
        }
    }

    /// One diagnostic in compiler style, with the source line and a caret under the column, then its notes.
    ///
    /// `lines` is the lesson's line index, built once per lesson (`Lesson.lines`): quoting a line costs that line only.
    public static func text(_ diagnostic: Diagnostic, lines: SourceLines?) -> String {
        var result = header(diagnostic.path, diagnostic.location, diagnostic.severity.rawValue, diagnostic.message)
        result += excerpt(lines, at: diagnostic.location)
        for note in diagnostic.notes {
            result += header(diagnostic.path, note.location ?? diagnostic.location, "note", note.message)
            if let location = note.location, location != diagnostic.location { result += excerpt(lines, at: location) }
        }
        return result
    }

    /// One diagnostic in compiler style, quoting from `source` (split into lines for this one diagnostic; a lesson's
    /// many diagnostics use `text(_:lines:)` with its `Lesson.lines`).
    public static func text(_ diagnostic: Diagnostic, source: String?) -> String {
        text(diagnostic, lines: source.map(SourceLines.init))
    }

    private static func header(_ path: String, _ location: SourceLocation, _ severity: String, _ message: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity): \(message)\n"
    }

    /// The quoted line and a caret under the column (tabs kept, so the caret lines up); a line longer than
    /// `excerptWidth` bytes is quoted as a window of that many bytes around the column, `…` marking what is cut, so that
    /// many diagnostics on one long line print no more than they say.
    static func excerpt(_ lines: SourceLines?, at location: SourceLocation) -> String {
        guard let lines, let whole = lines.bytes(ofLine: location.line) else { return "" }
        let column = whole.startIndex + max(0, min(location.column - 1, whole.count))
        var lower = whole.startIndex
        var upper = whole.endIndex
        if whole.count > excerptWidth {
            lower = scalarStart(in: whole, atOrBefore: max(whole.startIndex, min(column - excerptWidth / 2, whole.endIndex - excerptWidth)))
            upper = scalarStart(in: whole, atOrBefore: min(whole.endIndex, lower + excerptWidth))
        }
        let (head, tail) = (lower > whole.startIndex ? "…" : "", upper < whole.endIndex ? "…" : "")
        let prefix = head + String(decoding: whole[lower..<max(lower, min(column, upper))], as: UTF8.self)
        let padding = prefix.map { $0 == "\t" ? "\t" : " " }.joined()
        return head + String(decoding: whole[lower..<upper], as: UTF8.self) + tail + "\n" + padding + "^\n"
    }

    /// How many bytes of a long line a diagnostic quotes.
    static let excerptWidth = 240

    /// `index`, moved back off UTF-8 continuation bytes to the start of its scalar (at most three bytes back).
    private static func scalarStart(in bytes: ArraySlice<UInt8>, atOrBefore index: Int) -> Int {
        var start = index
        while start > bytes.startIndex, start < bytes.endIndex, start > index - 3, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// `::error file=…,line=…,col=…::message` for GitHub Actions.
    static func github(_ diagnostic: Diagnostic) -> String {
        let kind = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
        let notes = diagnostic.notes.map { "\n" + $0.message }.joined()
        return "::\(kind) file=\(property(diagnostic.path)),line=\(diagnostic.location.line),col=\(diagnostic.location.column)::\(data(diagnostic.message + notes))\n"
    }

    /// `::error file=output/x.html::output/x.html is different: run make guide` for a stale output file.
    static func github(_ stale: StaleFile) -> String {
        "::error file=\(property(stale.path))::\(data("\(stale): run `make guide` (or `study build`) and commit the output folder"))\n"
    }

    /// `::notice file=…,line=…,col=…::old → new` for an edit `update` wrote.
    static func github(_ edit: AppliedEdit) -> String {
        let change = "\(AppliedEdit.shown(edit.old)) → \(AppliedEdit.shown(edit.new))"
        return "::notice file=\(property(edit.file)),line=\(edit.location.line),col=\(edit.location.column)::\(data(change))\n"
    }

    /// An annotation's message, escaped as the workflow commands require.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// An annotation property (a file name), escaped as the workflow commands require.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ",", with: "%2C").replacingOccurrences(of: ":", with: "%3A")
    }

    /// A JSON array of diagnostics, then stale files and edits, keys sorted; `[]` when there is nothing.
    static func json(_ diagnostics: [Diagnostic], stale: [StaleFile] = [], edits: [AppliedEdit] = []) -> String {
        let entries = diagnostics.map(JSONEntry.diagnostic) + stale.map(JSONEntry.stale) + edits.map(JSONEntry.edit)
        guard !entries.isEmpty else { return "[]\n" }  // Foundation pretty-prints an empty array over three lines
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
