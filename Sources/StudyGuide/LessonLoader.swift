import LessonDocument

/// Finds and parses the lessons named on the command line.
public enum LessonLoader {
    /// The lessons at `paths` (files, or folders whose `*.md` files are taken in name order), parsed.
    ///
    /// Throws when a path does not exist, a folder holds no lessons, or a file cannot be read:
    /// the command cannot go on without its input.
    public static func load(_ paths: [String]) throws(StudyError) -> [Lesson] {
        var files: [String] = []
        for path in paths.map(normalized) {
            let kind = FileSystem.kind(of: path)
            guard kind.exists else { throw .missingPath(path) }
            if kind.isFolder {
                let lessons = try lessonFiles(in: path)
                guard !lessons.isEmpty else { throw .noLessons(path) }
                files += lessons
            } else {
                files.append(path)
            }
        }
        var seen: Set<String> = []
        var lessons: [Lesson] = []
        for file in files where seen.insert(file).inserted {
            lessons.append(Lesson(path: file, source: try FileSystem.readText(file)))
        }
        return lessons
    }

    /// The lessons whose pages the sidebar and the previous and next links list: those of `paths` when they are all
    /// folders, else every lesson of the folders that hold the files named, as a build of those folders would list
    /// them, so that a page rendered alone is the same page. Parsed only, never run.
    public static func navigation(for paths: [String], lessons: [Lesson]) throws(StudyError) -> [Lesson] {
        guard !namesFoldersOnly(paths) else { return lessons }
        var folders: [String] = []
        for path in paths.map(normalized) {
            let folder = FileSystem.kind(of: path).isFolder ? path : parent(of: path)
            if !folders.contains(folder) { folders.append(folder) }
        }
        let given = Dictionary(lessons.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var listed: [Lesson] = []
        for folder in folders {
            for file in try lessonFiles(in: folder) {
                if let lesson = given[file] {
                    listed.append(lesson)
                } else {
                    listed.append(Lesson(path: file, source: try FileSystem.readText(file)))
                }
            }
        }
        return listed
    }

    /// The folder that holds `path` (`.` for a bare file name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether every path names a folder: only then does the guide own all of its output folder.
    public static func namesFoldersOnly(_ paths: [String]) -> Bool {
        paths.allSatisfy { FileSystem.kind(of: normalized($0)).isFolder }
    }

    /// The `*.md` files of `folder`, in name order.
    static func lessonFiles(in folder: String) throws(StudyError) -> [String] {
        try FileSystem.entries(of: folder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .map { folder == "." ? $0 : (folder == "/" ? "/" + $0 : folder + "/" + $0) }
            .filter { !FileSystem.kind(of: $0).isFolder }
    }

    /// A path without `./` prefixes, repeated or trailing slashes.
    static func normalized(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while parts.count > 1, parts.first == "." { parts.removeFirst() }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
