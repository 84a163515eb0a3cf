import ComputeLanguage
import LessonDocument

extension ComputeCell {
    /// The 1-based line and UTF-8 column within `code` of a byte offset into it.
    func codePosition(ofOffset offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in code.utf8.prefix(max(0, offset)).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The source byte offset of a byte offset into `code`.
    func sourceOffset(ofCodeOffset offset: Int) -> Int {
        let position = codePosition(ofOffset: offset)
        return sourceOffset(line: position.line, column: position.column)
    }

    /// The file location of a byte offset into `code`.
    func location(ofCodeOffset offset: Int) -> SourceLocation {
        let position = codePosition(ofOffset: offset)
        return location(line: position.line, column: position.column)
    }

    /// Code text made ready for the source: after each line break, the container prefix of the line
    /// it continues (so text stays inside a list item or quote) and the file's own line ending.
    func sourceText(_ text: String, continuingLine line: Int, lineEnding: String) -> String {
        guard text.contains("\n") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: lineEnding + prefix(ofLine: line))
    }

    /// A lesson diagnostic from a diagnostic of this cell's code.
    func diagnostic(from diagnostic: ComputeDiagnostic, path: String) -> Diagnostic {
        let severity: Diagnostic.Severity = switch diagnostic.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        var notes = diagnostic.notes.map { note in
            Diagnostic.Note(note.message, at: note.position.map { location(line: $0.line, column: $0.column) })
        }
        notes += diagnostic.fixIts.map { fixIt in
            Diagnostic.Note("fix-it: \(fixIt.message)", at: location(ofCodeOffset: fixIt.range.lowerBound))
        }
        let position = diagnostic.position
        return Diagnostic(severity, diagnostic.message, path: path, at: location(line: position.line, column: position.column), notes: notes)
    }
}
