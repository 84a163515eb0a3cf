import LessonDocument

/// One object of `--format json`'s array: a diagnostic (`kind: "diagnostic"`), a stale output file (`"stale"`, with
/// `path` and `what`: missing, different or orphaned) or an edit `update` wrote (`"edit"`, with `file`, `line`,
/// `column`, `old` and `new`).
enum JSONEntry: Encodable {
    case diagnostic(Diagnostic)
    case stale(StaleFile)
    case edit(AppliedEdit)

    private struct Note: Encodable {
        let message: String
        let line: Int?
        let column: Int?
    }

    private enum Key: String, CodingKey {
        case kind, path, line, column, severity, message, notes, what, file, old, new
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case let .diagnostic(diagnostic):
            try container.encode("diagnostic", forKey: .kind)
            try container.encode(diagnostic.path, forKey: .path)
            try container.encode(diagnostic.location.line, forKey: .line)
            try container.encode(diagnostic.location.column, forKey: .column)
            try container.encode(diagnostic.severity.rawValue, forKey: .severity)
            try container.encode(diagnostic.message, forKey: .message)
            try container.encode(diagnostic.notes.map { Note(message: $0.message, line: $0.location?.line, column: $0.location?.column) },
                                 forKey: .notes)
        case let .stale(file):
            try container.encode("stale", forKey: .kind)
            try container.encode(file.path, forKey: .path)
            try container.encode(file.kind.rawValue, forKey: .what)
        case let .edit(edit):
            try container.encode("edit", forKey: .kind)
            try container.encode(edit.file, forKey: .file)
            try container.encode(edit.location.line, forKey: .line)
            try container.encode(edit.location.column, forKey: .column)
            try container.encode(edit.old, forKey: .old)
            try container.encode(edit.new, forKey: .new)
        }
    }
}
