#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files `study` writes before a rename: named `.study-tmp-<pid>-XXXXXX`, removed on every exit path
/// (a SIGINT, SIGTERM or SIGHUP handler unlinks the current ones, then re-raises the signal), and a killed run's
/// leftovers removed by the next run that writes beside them (only those of processes that no longer exist).
enum TemporaryFiles {
    /// A temporary file: its open descriptor and its path.
    struct File {
        let descriptor: Int32
        let path: String
        fileprivate let slot: Int
    }

    /// The prefix of every temporary's name.
    static let prefix = ".study-tmp-"

    /// Creates a temporary file in `folder` (mode 0600) and registers it for removal on a signal; `target` names the
    /// file it is for, in the error.
    static func create(in folder: String, for target: String) throws(StudyError) -> File {
        installHandlers()
        guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else {
            throw .unwritable(target, reason: "too many temporary files at once")
        }
        var template = Array((folder + "/" + prefix + "\(getpid())-XXXXXX").utf8CString)
        // no signal between creating the file and registering it
        let descriptor = withSignalsBlocked { template.withUnsafeMutableBufferPointer { buffer in
            let descriptor = buffer.baseAddress.map { mkstemp($0) } ?? -1
            if descriptor >= 0 { slots[slot] = strdup(buffer.baseAddress!) }
            return descriptor
        } }
        guard descriptor >= 0 else { throw .unwritable(target, reason: String(cString: strerror(errno))) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return File(descriptor: descriptor, path: path, slot: slot)
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back until it returns (a write in place is never cut short).
    static func withSignalsBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    /// Forgets `file`, removing it if it is still there (after a rename it is not).
    static func release(_ file: File) {
        unlink(file.path)
        let pointer = slots[file.slot]
        slots[file.slot] = nil
        free(pointer)
    }

    /// Whether a file name is a temporary's: this version's `.study-tmp-…`, or an earlier version's `.study-XXXXXX`.
    static func isTemporary(name: String) -> Bool {
        if name.hasPrefix(prefix) { return true }
        let old = name.utf8
        return old.count == 13 && name.hasPrefix(".study-") && old.dropFirst(7).allSatisfy { $0 < 128 && isalnum(Int32($0)) != 0 }
    }

    /// Removes the temporaries in `folder` left by runs that no longer exist (killed with SIGKILL); returns their names.
    @discardableResult
    static func removeLeftovers(in folder: String) -> [String] {
        guard let names = try? FileSystem.entries(of: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let pid = pid_t(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink(folder + "/" + name) == 0 { removed.append(name) }
        }
        return removed
    }

    /// How many temporaries may exist at once (writes are sequential: one at a time).
    private static let capacity = 16

    /// Installs the signal handlers once, after the slots exist (a handler must not initialise a global).
    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        _ = slots
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            sigaction(signal, nil, &current)
            if isIgnored(current) { continue }  // a run started with the signal ignored keeps ignoring it
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = removeTemporariesAndReraise
            #else
            action.__sigaction_u.__sa_handler = removeTemporariesAndReraise
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        let handler = unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        #else
        let handler = unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
        #endif
        return handler == 1  // SIG_IGN
    }

    nonisolated(unsafe) private static var handlersInstalled = false
}

/// The registered temporaries' paths as C strings (nil for a free slot), read by the signal handler.
nonisolated(unsafe) private let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let pointer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 16)
    pointer.initialize(repeating: nil, count: 16)
    return pointer
}()

/// Unlinks every registered temporary and re-raises `signal` with its default action; async-signal-safe calls only.
private func removeTemporariesAndReraise(_ signal: Int32) {
    for slot in 0..<16 {
        if let path = slots[slot] { unlink(path) }
    }
    var action = sigaction()
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)  // a zeroed handler is SIG_DFL
    raise(signal)
}
