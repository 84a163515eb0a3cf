import LessonDocument

/// Finds and parses the lessons named on the command line, refusing what would make an input an output.
///
/// In a folder, the lessons are the files named digits, `-`, a name, `.md` (`04-softmax.md`), in name order; a file
/// named on the command line is a lesson whatever its name. One file given twice (two spellings, a symlink) is one
/// lesson.
public enum LessonLoader {
    /// The lesson files at `paths` (files, or folders of lessons), each once, checked against `output`.
    ///
    /// Throws when a path does not exist or is not a file or a folder (a FIFO, a device, a symlink loop or a dangling
    /// symlink: said as such, never opened), a folder holds no lessons or an entry named as a lesson that is not a file, a
    /// course prelude is named as a lesson, a lesson's name has a control character, two
    /// lessons would share a page, a lesson's page would be one of the guide's own files, or the output folder is,
    /// holds or is inside a folder of lessons or the folder a course prelude's file is in: the command cannot go on,
    /// and nothing has been written.
    public static func files(_ paths: [String], output: OutputFolder) throws(StudyError) -> [LessonFile] {
        let base = parent(of: output.root)
        var files: [LessonFile] = []
        var folders: [(typed: String, real: String)] = []
        for path in paths.map(normalized) {
            let entry = FileSystem.entry(path)
            if let problem = entry.problem(at: path) { throw problem }
            if entry == .folder {
                let lessons = try lessonFiles(in: path)
                guard !lessons.isEmpty else { throw .noLessons(path) }
                folders.append((path, FileSystem.realPath(path)))
                files += lessons.map { LessonFile(typed: $0, base: base) }
            } else {
                if Prelude.isPreludePath(path) { throw .preludeAsLesson(path) }
                files.append(LessonFile(typed: path, base: base))
            }
        }
        var seen: Set<String> = []
        files = files.filter { seen.insert($0.real).inserted }
        for file in files {
            folders += [(parent(of: file.typed), file.folder), (file.typed, file.targetFolder)]
            // A course prelude is an input too: neither it nor the file a symlinked prelude leads to may be an output.
            let prelude = Prelude.path(inFolder: parent(of: file.typed))
            if FileSystem.entry(prelude) != .missing { folders.append((prelude, parent(of: FileSystem.realPath(prelude)))) }
        }
        for (typed, real) in folders where overlaps(output.root, real) {
            throw .outputOverlapsLessons(output: output.path, lessons: typed)
        }
        var pages: [String: LessonFile] = [:]
        for file in files {
            if file.name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { throw .controlCharacter(file.typed) }
            for page in [file.pageName + ".html", file.pageName + ".md"] where GuideRenderer.fixedFiles.contains(page) {
                throw .generatedName(file.typed, page: page)
            }
            if let other = pages.updateValue(file, forKey: file.pageName) {
                throw .samePage(other.typed, file.typed, page: output.display(file.pageName + ".html"))
            }
        }
        return files
    }

    /// The lessons in `files`, parsed, each with its display path (what its pages show).
    ///
    /// A lesson whose bytes are not UTF-8 is still loaded, with located errors (`Lesson.init(path:bytes:)`), so that the
    /// other lessons are built and checked; only a file that cannot be read at all stops the command.
    public static func load(_ files: [LessonFile]) throws(StudyError) -> [Lesson] {
        var lessons: [Lesson] = []
        for file in files {
            lessons.append(Lesson(path: file.display, bytes: try FileSystem.read(file.typed)))
        }
        return lessons
    }

    /// The lessons whose pages the sidebar and the previous and next links list: those of `paths` when they are all
    /// folders, else every lesson of the folders that hold the files named, as a build of those folders would list
    /// them, so that a page rendered alone is the same page. Parsed only, never run.
    public static func navigation(for paths: [String], files: [LessonFile], lessons: [Lesson], output: OutputFolder) throws(StudyError) -> [Lesson] {
        guard !namesFoldersOnly(paths) else { return lessons }
        var folders: [String] = []
        for path in paths.map(normalized) {
            let folder = FileSystem.kind(of: path).isFolder ? path : parent(of: path)
            if !folders.contains(folder) { folders.append(folder) }
        }
        let given = Dictionary(zip(files.map(\.real), lessons), uniquingKeysWith: { first, _ in first })
        let base = parent(of: output.root)
        var listed: [Lesson] = []
        var seen: Set<String> = []
        for folder in folders {
            for typed in try lessonFiles(in: folder) {
                let file = LessonFile(typed: typed, base: base)
                guard seen.insert(file.real).inserted else { continue }
                if let lesson = given[file.real] {
                    listed.append(lesson)
                } else {
                    listed.append(Lesson(path: file.display, bytes: try FileSystem.read(typed)))
                }
            }
        }
        for (file, lesson) in zip(files, lessons) where seen.insert(file.real).inserted { listed.append(lesson) }
        return listed
    }

    /// Whether `output` is, holds or is inside `folder` (both real paths).
    static func overlaps(_ output: String, _ folder: String) -> Bool {
        func within(_ inner: String, _ outer: String) -> Bool { outer == "/" || inner == outer || inner.hasPrefix(outer + "/") }
        return within(output, folder) || within(folder, output)
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

    /// The lessons of `folder` (see `LessonFile.isLessonName`), in name order; throws when an entry named as a lesson is
    /// not a file (a folder named `05-x.md`, a FIFO, a device, a symlink loop), rather than skip it unsaid.
    static func lessonFiles(in folder: String) throws(StudyError) -> [String] {
        let paths = try FileSystem.entries(of: folder).filter(LessonFile.isLessonName)
            .map { folder == "." ? $0 : (folder == "/" ? "/" + $0 : folder + "/" + $0) }
        for path in paths {
            let entry = FileSystem.entry(path)
            if entry == .folder { throw .folderNamedAsLesson(path) }
            if let problem = entry.problem(at: path) { throw problem }
        }
        return paths
    }

    /// A path without `./` prefixes, repeated or trailing slashes.
    static func normalized(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while parts.count > 1, parts.first == "." { parts.removeFirst() }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
