/// A problem that stops the command before or outside any lesson (exit code 2).
public enum StudyError: Error, Equatable, CustomStringConvertible {
    /// A path given on the command line (or the default `lessons/`) does not exist.
    case missingPath(String)
    /// A folder holds no `.md` lessons.
    case noLessons(String)
    /// A file could not be read.
    case unreadable(String, reason: String)
    /// A file is not valid UTF-8.
    case notUTF8(String)
    /// A file or folder could not be written.
    case unwritable(String, reason: String)

    /// The message, lower case, no final period.
    public var description: String {
        switch self {
        case let .missingPath(path): "no such file or folder: \(path)"
        case let .noLessons(path): "no lessons (*.md files) in \(path)"
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .notUTF8(path): "\(path) is not valid UTF-8 text"
        case let .unwritable(path, reason): "cannot write \(path): \(reason)"
        }
    }
}
