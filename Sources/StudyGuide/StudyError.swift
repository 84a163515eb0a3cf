/// A problem that stops the command before or outside any lesson (exit code 2).
public enum StudyError: Error, Equatable, CustomStringConvertible {
    /// A path given on the command line (or the default `lessons/`) does not exist.
    case missingPath(String)
    /// A folder holds no lessons (`NN-name.md` files).
    case noLessons(String)
    /// A file could not be read.
    case unreadable(String, reason: String)
    /// A file is not valid UTF-8.
    case notUTF8(String)
    /// A file or folder could not be written.
    case unwritable(String, reason: String)
    /// The output folder is, holds or is inside a folder of lessons: building would overwrite them.
    case outputOverlapsLessons(output: String, lessons: String)
    /// Two lesson files would be rendered to the same page.
    case samePage(String, String, page: String)
    /// A lesson's page would be one of the guide's own files (`index.md` → `index.html`).
    case generatedName(String, page: String)
    /// A lesson's file name holds a control character (a newline, a tab…), which no page or manifest line may hold.
    case controlCharacter(String)
    /// A folder inside the output folder is a symlink, which `study` does not write through.
    case symlinkInOutput(String)
    /// An entry of a folder of lessons is named as a lesson (`05-x.md`) but is a folder.
    case folderNamedAsLesson(String)
    /// A course prelude (`prelude.swift`) was named as a lesson: it is an input of the lessons of its folder, never a page.
    case preludeAsLesson(String)

    /// The message, lower case, no final period.
    public var description: String {
        switch self {
        case let .missingPath(path): "no such file or folder: \(path)"
        case let .noLessons(path): "no lessons (NN-name.md files) in \(path)"
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .notUTF8(path): "\(path) is not valid UTF-8 text"
        case let .unwritable(path, reason): "cannot write \(path): \(reason)"
        case let .outputOverlapsLessons(output, lessons):
            "the output folder \(output) overlaps the lessons in \(lessons): choose an output folder outside it; nothing written"
        case let .samePage(first, second, page):
            "\(first) and \(second) would both be written to \(page): rename one; nothing written"
        case let .generatedName(path, page): "\(path) would be overwritten by the guide's \(page): rename it; nothing written"
        case let .controlCharacter(path): "\(path.debugDescription) has a control character in its name: rename it; nothing written"
        case let .symlinkInOutput(path): "\(path) is a symlink inside the output folder; study does not write through it"
        case let .folderNamedAsLesson(path): "\(path) is a folder, not a lesson file: rename it; nothing written"
        case let .preludeAsLesson(path):
            "\(path) is a course prelude, not a lesson: name the lessons or their folder, and each runs it; nothing written"
        }
    }
}
