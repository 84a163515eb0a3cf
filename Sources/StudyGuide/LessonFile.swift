/// One lesson file on disk: the path as typed (for the terminal), its real path (to read and write it, and to tell two
/// spellings of one file apart) and the display path its pages show, whatever the spelling.
public struct LessonFile: Hashable, Sendable {
    /// The path as given on the command line, or the folder given joined with the file name (`lessons/01-x.md`).
    public let typed: String
    /// The absolute path with every symlink resolved.
    public let real: String
    /// The path the pages show: relative to the output folder's parent when the file is below it, else
    /// `folder/name.md`; never absolute, never dependent on how the path was typed.
    public let display: String

    /// The real path of the folder the file was found in (a symlinked lesson keeps its own name, in this folder).
    public let folder: String
    /// The file's name as found (a symlink's own name, not its target's).
    public let name: String

    /// The lesson file at `typed`, displayed relative to `base` (the output folder's parent, a real path).
    init(typed: String, base: String) {
        self.typed = typed
        self.real = FileSystem.realPath(typed)
        self.folder = FileSystem.realPath(LessonLoader.parent(of: typed))
        self.name = typed.split(separator: "/").last.map(String.init) ?? typed
        let located = (folder == "/" ? "" : folder) + "/" + name
        let prefix = base == "/" ? "/" : base + "/"
        if located.hasPrefix(prefix) {
            display = String(located.dropFirst(prefix.count))
        } else {
            display = located.split(separator: "/").suffix(2).joined(separator: "/")
        }
    }

    /// The real path of the folder that holds the file's target (the folder itself unless the file is a symlink).
    var targetFolder: String { FileSystem.realPath(LessonLoader.parent(of: real)) }

    /// The lesson's page name: the file name without `.md`, as `Lesson.name` has it.
    var pageName: String { name.hasSuffix(".md") && name.count > 3 ? String(name.dropLast(3)) : name }

    /// Whether a file name found in a folder is a lesson: digits, `-`, a name, `.md` (`04-softmax.md`); `README.md`,
    /// `index.md` or `notes.md` are not. A file named on the command line is a lesson whatever its name.
    static func isLessonName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        return digits > 0 && bytes.count > digits + 4 && bytes[digits] == UInt8(ascii: "-") && name.hasSuffix(".md")
    }
}
