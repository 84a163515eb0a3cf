#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The only code that touches files: reading, listing, atomic writing and removing.
public enum FileSystem {
    /// Whether `path` exists, and whether it is a folder.
    public static func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return (exists, isFolder.boolValue)
    }

    /// The bytes of a file.
    public static func read(_ path: String) throws(StudyError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, reason: String(cString: strerror(errno)))
        }
        return [UInt8](data)
    }

    /// The text of a UTF-8 file.
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

    /// Every file below `folder`, as paths relative to it with `/` separators, sorted.
    public static func files(below folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: resolvedTarget(of: folder)) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if !kind(of: folder + "/" + relative).isFolder { result.append(relative) }
        }
        return result.sorted()
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename.
    ///
    /// A symlink is written through (its target is replaced, the link stays); an existing file keeps
    /// its mode; missing parent folders are created. Unchanged content is not rewritten.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(StudyError) {
        let target = resolvedTarget(of: path)
        if let existing = FileManager.default.contents(atPath: target), [UInt8](existing) == bytes { return }
        let folder = (target as NSString).deletingLastPathComponent
        if !folder.isEmpty, !kind(of: folder).exists {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .unwritable(folder, reason: error.localizedDescription)
            }
        }
        var info = stat()
        let mode: mode_t = stat(target, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        var template = Array(((folder.isEmpty ? "." : folder) + "/.study-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw .unwritable(path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = fchmod(descriptor, mode) == 0
        var offset = 0
        while ok, offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { ok = false } else { offset += written }
        }
        ok = ok && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard ok, rename(temporary, target) == 0 else {
            unlink(temporary)
            throw .unwritable(path, reason: ok ? String(cString: strerror(errno)) : reason)
        }
    }

    /// Removes a file; a missing file is not an error.
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
