#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The only code that touches files: reading, listing, atomic writing and removing.
public enum FileSystem {
    /// Whether `path` exists, and whether it is a folder (following symlinks).
    public static func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return (exists, isFolder.boolValue)
    }

    /// Whether `path` itself is a symlink (not following it).
    static func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The bytes of a regular file (through symlinks).
    ///
    /// The file is opened without blocking and examined before it is read: a FIFO, a device or a folder is refused
    /// with what it is (never waited on, never read without end), a symlink loop or a dangling symlink said as such.
    public static func read(_ path: String) throws(StudyError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            let examined = entry(path)
            switch examined {
            case .symlinkLoop, .danglingSymlink: throw examined.problem(at: path) ?? .unreadable(path, reason: reason)
            default: throw .unreadable(path, reason: reason)
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        let kind = Entry(mode: info.st_mode)
        guard kind == .file else { throw kind.problem(at: path) ?? .unreadable(path, reason: .isFolder) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// The text of a UTF-8 file (a lesson's bytes are read with `read` instead, since one that is not UTF-8 is still read).
    public static func readText(_ path: String) throws(StudyError) -> String {
        let bytes = try read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(path) }
        return text
    }

    /// The names of the entries of a folder, sorted bytewise.
    public static func entries(of folder: String) throws(StudyError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
        } catch {
            throw .unreadable(folder, reason: error.localizedDescription)
        }
    }

    /// Every file below `folder` (the folder itself may be a symlink; below it, symlinked folders are listed as files,
    /// never entered), as paths relative to it with `/` separators, sorted.
    public static func files(below folder: String) -> [String] {
        var result: [String] = []
        func walk(_ relative: String) {
            let here = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else { return }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + child, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR { walk(child) } else { result.append(child) }
            }
        }
        walk("")
        return result.sorted()
    }

    /// The absolute path `path` names with every symlink resolved (realpath); for a path that does not exist yet, its
    /// longest existing ancestor resolved and the rest appended.
    public static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var missing: [String] = []
        while true {
            let candidate = "/" + parts.joined(separator: "/")
            if let resolved = realpath(candidate, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                var result = base == "/" ? [String]() : base.split(separator: "/").map(String.init)
                for part in missing.reversed() {
                    if part == ".." { _ = result.popLast() } else if part != "." { result.append(part) }
                }
                return "/" + result.joined(separator: "/")
            }
            guard let last = parts.popLast() else { return absolute }
            missing.append(last)
        }
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename.
    ///
    /// With `followingSymlinks`, a symlink is written through (its target is replaced, the link stays); without, a
    /// symlink at `path` is replaced by the file and its target left alone. An existing file keeps its mode; missing
    /// parent folders are created. Unchanged content is not rewritten.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, followingSymlinks: Bool = true) throws(StudyError) {
        let target = followingSymlinks ? resolvedTarget(of: path) : path
        if !isSymlink(target), let existing = FileManager.default.contents(atPath: target), [UInt8](existing) == bytes { return }
        let folder = (target as NSString).deletingLastPathComponent
        if !folder.isEmpty, !kind(of: folder).exists {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .unwritable(folder, reason: error.localizedDescription)
            }
        }
        var info = stat()
        let mode: mode_t = lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? info.st_mode & 0o7777 : 0o644
        let temporary = try TemporaryFiles.create(in: folder.isEmpty ? "." : folder, for: path)
        defer { TemporaryFiles.release(temporary) }
        var ok = fchmod(temporary.descriptor, mode) == 0 && writeAll(bytes, to: temporary.descriptor) && fsync(temporary.descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(temporary.descriptor)
        ok = ok && rename(temporary.path, target) == 0
        guard ok else {
            throw .unwritable(path, reason: ok ? String(cString: strerror(errno)) : reason)
        }
    }

    /// Writes all of `bytes` to `descriptor` from its current offset; false on an error.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    /// Removes a file (a symlink itself, never its target); a missing file is not an error.
    public static func remove(_ path: String) throws(StudyError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .unwritable(path, reason: String(cString: strerror(errno)))
        }
    }

    /// The file a path finally names, following symlinks (relative targets resolved against the link's folder).
    static func resolvedTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return current
    }
}

private extension String {
    static let isFolder = "it is a folder, not a file"
}

/// POSIX `read`, which `FileSystem.read` hides by its name.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
