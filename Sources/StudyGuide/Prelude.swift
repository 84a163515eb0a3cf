import LessonDocument

/// A course prelude: the `prelude.swift` beside a folder's lessons, whose top-level declarations (functions,
/// constants, variables) every lesson of that folder sees.
///
/// It is an input, never an output: never a lesson, never rewritten. Each lesson runs it once, before its first block,
/// in its own environment and within its own limits (its work counts against the lesson's budget); its diagnostics are
/// located in the prelude's own file and reported once however many lessons ran it.
public struct Prelude: Sendable {
    /// The file name a prelude has in its folder.
    public static let fileName = "prelude.swift"

    /// The path as typed: the lessons' folder as given joined with `prelude.swift` (what diagnostics show).
    public let path: String
    /// The absolute path with every symlink resolved.
    public let real: String
    /// The prelude's Swift code.
    public let source: String
    /// Its lines, for quoting them in diagnostics.
    public let lines: SourceLines

    /// A prelude at `path` with `source` (as read from disk, or written by a test).
    public init(path: String, source: String) {
        self.path = path
        self.real = FileSystem.realPath(path)
        self.source = source
        self.lines = SourceLines(source)
    }

    /// The path of the prelude of `folder` (a folder as typed), whether or not it exists.
    public static func path(inFolder folder: String) -> String {
        folder == "." ? fileName : (folder == "/" ? "/" + fileName : folder + "/" + fileName)
    }

    /// Whether a path names a prelude (its last component is `prelude.swift`).
    static func isPreludePath(_ path: String) -> Bool {
        path.split(separator: "/").last.map(String.init) == fileName
    }

    /// The prelude of `folder`, or nil when it has none; throws when `prelude.swift` is there but is not a readable
    /// UTF-8 file (a folder, a FIFO, a dangling symlink): every lesson of the folder depends on it.
    public static func load(inFolder folder: String) throws(StudyError) -> Prelude? {
        let path = path(inFolder: folder)
        let entry = FileSystem.entry(path)
        if entry == .missing { return nil }
        if entry == .folder { throw .unreadable(path, reason: "it is a folder, not a Swift file") }
        if let problem = entry.problem(at: path) { throw problem }
        return Prelude(path: path, source: try FileSystem.readText(path))
    }

    /// The prelude of each lesson file's folder (nil where there is none), each prelude read once.
    public static func load(for files: [LessonFile]) throws(StudyError) -> [Prelude?] {
        var byFolder: [String: Prelude?] = [:]
        var preludes: [Prelude?] = []
        for file in files {
            if let known = byFolder[file.folder] {
                preludes.append(known)
                continue
            }
            let prelude = try load(inFolder: LessonLoader.parent(of: file.typed))
            byFolder[file.folder] = prelude
            preludes.append(prelude)
        }
        return preludes
    }

    /// The preludes of the folders `paths` name (a file's folder for a lesson file), each once, in order: what
    /// `study` runs before those lessons, and what `swiftc-check` compiles beside them.
    public static func load(forPaths paths: [String]) throws(StudyError) -> [Prelude] {
        var preludes: [Prelude] = []
        for path in paths.map(LessonLoader.normalized) {
            let folder = FileSystem.kind(of: path).isFolder ? path : LessonLoader.parent(of: path)
            if let prelude = try load(inFolder: folder), !preludes.contains(where: { $0.real == prelude.real }) {
                preludes.append(prelude)
            }
        }
        return preludes
    }
}
