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
                let lessons = try FileSystem.entries(of: path).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
                    .map { path == "." ? $0 : path + "/" + $0 }
                    .filter { !FileSystem.kind(of: $0).isFolder }
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

    /// Whether every path names a folder: only then does the guide own all of its output folder.
    public static func namesFoldersOnly(_ paths: [String]) -> Bool {
        paths.allSatisfy { FileSystem.kind(of: normalized($0)).isFolder }
    }

    /// A path without `./` prefixes, repeated or trailing slashes.
    static func normalized(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while parts.count > 1, parts.first == "." { parts.removeFirst() }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
