#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Counts finished tasks of a first phase, so that the tasks of a second phase, in the same
/// parallel loop, can wait for all of them (a barrier without a second fork and join).
///
/// Waiting spins on the count, yielding the processor between looks: the waits are short (the
/// rest of one task of the first phase), shorter than putting a thread to sleep and waking it.
final class CompletionCounter: Sendable {
    private let finished = Atomic<Int>(0)
    private let total: Int

    /// A counter that `waitForAll()` considers complete after `total` calls of `markFinished()`.
    init(total: Int) {
        self.total = total
    }

    /// Records one finished task; what the task wrote is visible to a thread that `waitForAll()` released.
    func markFinished() {
        finished.wrappingAdd(1, ordering: .releasing)
    }

    /// Returns once `total` tasks have finished.
    func waitForAll() {
        while finished.load(ordering: .acquiring) < total { sched_yield() }
    }
}
