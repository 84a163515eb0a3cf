import LessonDocument

/// Why `update` left a lesson file as it was instead of writing its new results.
enum ReplaceRefusal: Equatable, Sendable {
    /// The file's bytes are no longer those `update` evaluated: someone saved it meanwhile.
    case changed
    /// The file has no owner write bit (refused even when root could write it).
    case readOnly(mode: UInt32)

    /// The located error for the lesson at `path`, at its first line.
    func diagnostic(path: String) -> Diagnostic {
        switch self {
        case .changed:
            Diagnostic(.error, .changedWhileUpdating(path), path: path, at: SourceLocation(line: 1, column: 1),
                       notes: [Diagnostic.Note(.runUpdateAgain)])
        case let .readOnly(mode):
            Diagnostic(.error, .readOnly(path, mode: mode), path: path, at: SourceLocation(line: 1, column: 1),
                       notes: [Diagnostic.Note(.makeWritable(path))])
        }
    }
}

private extension String {
    static func changedWhileUpdating(_ path: String) -> String { "\(path) changed while update ran; nothing written" }
    static let runUpdateAgain = "run `study update` again to update the saved text"
    static func readOnly(_ path: String, mode: UInt32) -> String {
        "\(path) is read-only (mode \(String(mode & 0o7777, radix: 8))); nothing written"
    }
    static func makeWritable(_ path: String) -> String { "make it writable (`chmod u+w \(path)`) to let update fix its results" }
}
