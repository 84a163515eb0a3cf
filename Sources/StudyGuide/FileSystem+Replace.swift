#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileSystem {
    /// Replaces the lesson at `path` (through symlinks) by `bytes`, if it still holds `original`; `update`'s only write.
    ///
    /// Refuses, writing nothing, a file whose bytes changed since they were read or that has no owner write bit. A file
    /// is replaced by a temporary file and a rename, which keeps its mode, owner and group; a file with other hard
    /// links, or whose owner the temporary cannot be given (not root), is rewritten in place instead, so that every
    /// link and the owner see the new text.
    static func replace(_ path: String, expecting original: [UInt8], with bytes: [UInt8]) throws(StudyError) -> ReplaceRefusal? {
        let target = resolvedTarget(of: path)
        var info = stat()
        guard stat(target, &info) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & S_IWUSR != 0 else { return .readOnly(mode: UInt32(info.st_mode)) }
        guard try read(target) == original else { return .changed }
        if info.st_nlink > 1 { return try rewriteInPlace(target, path: path, expecting: original, with: bytes) }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = try TemporaryFiles.create(in: folder.isEmpty ? "." : folder, for: path)
        defer { TemporaryFiles.release(temporary) }
        guard fchown(temporary.descriptor, info.st_uid, info.st_gid) == 0 else {
            close(temporary.descriptor)
            return try rewriteInPlace(target, path: path, expecting: original, with: bytes)
        }
        var ok = fchmod(temporary.descriptor, info.st_mode & 0o7777) == 0 && writeAll(bytes, to: temporary.descriptor)
            && fsync(temporary.descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(temporary.descriptor)
        guard ok else { throw .unwritable(path, reason: reason) }
        guard try read(target) == original else { return .changed }  // the last look, right before the rename
        ok = rename(temporary.path, target) == 0
        guard ok else { throw .unwritable(path, reason: String(cString: strerror(errno))) }
        return nil
    }

    /// Writes `bytes` over the file itself (same inode: hard links, owner and mode stay), restoring `original` if the
    /// write fails part way.
    private static func rewriteInPlace(_ target: String, path: String, expecting original: [UInt8], with bytes: [UInt8]) throws(StudyError) -> ReplaceRefusal? {
        let descriptor = open(target, O_RDWR)
        guard descriptor >= 0 else { throw .unwritable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard contents(of: descriptor) == original else { return .changed }
        let failure: String? = TemporaryFiles.withSignalsBlocked {  // a signal never leaves half the new text
            if lseek(descriptor, 0, SEEK_SET) == 0, writeAll(bytes, to: descriptor), ftruncate(descriptor, off_t(bytes.count)) == 0,
               fsync(descriptor) == 0 {
                return nil
            }
            let reason = String(cString: strerror(errno))
            if lseek(descriptor, 0, SEEK_SET) == 0, writeAll(original, to: descriptor) { _ = ftruncate(descriptor, off_t(original.count)) }
            return reason
        }
        if let failure { throw .unwritable(path, reason: failure) }
        return nil
    }

    /// Every byte readable from `descriptor`, from its start.
    private static func contents(of descriptor: Int32) -> [UInt8]? {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return result }
            result += buffer[0..<count]
        }
    }
}
