#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileSystem {
    /// What a path names, found with `stat` (following symlinks) and, when that fails, `lstat` (the link itself), so
    /// that a symlink loop or a dangling symlink is told apart from a missing path, and a FIFO or a device from a file.
    enum Entry: Equatable, Sendable {
        /// A regular file.
        case file
        /// A folder.
        case folder
        /// Nothing: no such file or folder.
        case missing
        /// A symlink whose target does not exist.
        case danglingSymlink(target: String)
        /// A symlink that leads back to itself (too many levels of symbolic links).
        case symlinkLoop
        /// Something that is neither a file nor a folder: a FIFO, a device or a socket (`what` names it).
        case special(what: String)
        /// A path that cannot be examined (`reason` is the system's, such as a permission problem).
        case unexaminable(reason: String)

        /// The message for a lesson path that names this entry when it is not a file or a folder.
        func problem(at path: String) -> StudyError? {
            switch self {
            case .file, .folder: nil
            case .missing: .missingPath(path)
            case let .danglingSymlink(target): .unreadable(path, reason: .dangling(target))
            case .symlinkLoop: .unreadable(path, reason: .loop)
            case let .special(what): .unreadable(path, reason: .special(what))
            case let .unexaminable(reason): .unreadable(path, reason: reason)
            }
        }
    }

    /// What `path` names (see `Entry`); never opens it, so a FIFO cannot block.
    static func entry(_ path: String) -> Entry {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            if error == ELOOP { return .symlinkLoop }
            if error == ENOENT || error == ENOTDIR {
                guard isSymlink(path) else { return .missing }
                return .danglingSymlink(target: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            }
            return .unexaminable(reason: String(cString: strerror(error)))
        }
        return Entry(mode: info.st_mode)
    }
}

extension FileSystem.Entry {
    /// The entry a `stat` mode describes.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .special(what: "a FIFO (named pipe)")
        case S_IFCHR: self = .special(what: "a character device")
        case S_IFBLK: self = .special(what: "a block device")
        case S_IFSOCK: self = .special(what: "a socket")
        default: self = .special(what: "neither a file nor a folder")
        }
    }
}

private extension String {
    static func dangling(_ target: String) -> String { "it is a symlink to \(target), which does not exist" }
    static let loop = "it is a symlink loop (too many levels of symbolic links)"
    static func special(_ what: String) -> String { "it is \(what), not a file" }
}
