import Foundation
import LessonDocument

/// Prints diagnostics as compilers do (`path:line:col: error: message`, the line, a caret),
/// as GitHub Actions annotations, or as JSON.
public enum DiagnosticFormatter {
    /// The output formats of the command line.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    /// All diagnostics in `format`; `sources` maps each path to its text, for the quoted lines.
    public static func format(_ diagnostics: [Diagnostic], as format: Format, sources: [String: String]) -> String {
        switch format {
        case .text:
            return diagnostics.map { text($0, source: sources[$0.path]) }.joined()
        case .github:
            return diagnostics.map(github).joined()
        case .json:
            return json(diagnostics)
        }
    }

    /// One diagnostic in compiler style, with the source line and a caret under the column, then its notes.
    public static func text(_ diagnostic: Diagnostic, source: String?) -> String {
        var result = header(diagnostic.path, diagnostic.location, diagnostic.severity.rawValue, diagnostic.message)
        result += excerpt(source, at: diagnostic.location)
        for note in diagnostic.notes {
            result += header(diagnostic.path, note.location ?? diagnostic.location, "note", note.message)
            if let location = note.location, location != diagnostic.location { result += excerpt(source, at: location) }
        }
        return result
    }

    private static func header(_ path: String, _ location: SourceLocation, _ severity: String, _ message: String) -> String {
        "\(path):\(location.line):\(location.column): \(severity): \(message)\n"
    }

    /// The quoted line and a caret under the column (tabs kept, so the caret lines up).
    static func excerpt(_ source: String?, at location: SourceLocation) -> String {
        guard let source, let line = SourceLines(source).text(ofLine: location.line) else { return "" }
        let bytes = Array(line.utf8)
        let prefixBytes = bytes.prefix(max(0, min(location.column - 1, bytes.count)))
        let prefix = String(decoding: prefixBytes, as: UTF8.self)
        let padding = prefix.map { $0 == "\t" ? "\t" : " " }.joined()
        return line + "\n" + padding + "^\n"
    }

    /// `::error file=…,line=…,col=…::message` for GitHub Actions.
    static func github(_ diagnostic: Diagnostic) -> String {
        let kind = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
        let notes = diagnostic.notes.map { "\n" + $0.message }.joined()
        let message = (diagnostic.message + notes)
            .replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
        let file = diagnostic.path.replacingOccurrences(of: ",", with: "%2C").replacingOccurrences(of: ":", with: "%3A")
        return "::\(kind) file=\(file),line=\(diagnostic.location.line),col=\(diagnostic.location.column)::\(message)\n"
    }

    private struct Entry: Encodable {
        struct Note: Encodable {
            let message: String
            let line: Int?
            let column: Int?
        }
        let path: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
        let notes: [Note]
    }

    /// A JSON array of diagnostics, keys sorted; `[]` when there are none.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }  // Foundation pretty-prints an empty array over three lines
        let entries = diagnostics.map {
            Entry(path: $0.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue,
                  message: $0.message, notes: $0.notes.map { .init(message: $0.message, line: $0.location?.line, column: $0.location?.column) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
