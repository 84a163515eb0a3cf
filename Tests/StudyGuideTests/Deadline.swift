import Foundation

/// Runs work on a thread of its own and waits for it at most so long, so that a hang fails a test instead of
/// stalling the whole run (the thread is then left running until the process exits).
enum Deadline {
    /// The result of `work`, or nil when it did not finish within `seconds`.
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) async -> T? {
        await withCheckedContinuation { continuation in
            let once = Once()
            let thread = Thread {
                let result = work()
                if once.claim() { continuation.resume(returning: result) }
            }
            // The main thread's stack, which the command line runs on.
            thread.stackSize = 8 << 20
            thread.start()
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if once.claim() { continuation.resume(returning: nil) }
            }
        }
    }

    /// A flag that lets exactly one of two racing callers through.
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var claimed = false

        /// True for the first caller only.
        func claim() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if claimed { return false }
            claimed = true
            return true
        }
    }
}
