#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts finished tasks of a first phase, so that the tasks of a second phase, in the same
/// parallel loop, can wait for all of them (a barrier without a second fork and join).
///
/// Waiting spins on the count, yielding the processor between looks: the waits are short (the
/// rest of one task of the first phase), shorter than putting a thread to sleep and waking it.
final class CompletionCounter: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var finished = 0
    private let total: Int

    /// A counter that `waitForAll()` considers complete after `total` calls of `markFinished()`.
    init(total: Int) {
        self.total = total
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Records one finished task.
    func markFinished() {
        pthread_mutex_lock(mutex)
        finished += 1
        pthread_mutex_unlock(mutex)
    }

    /// Returns once `total` tasks have finished.
    func waitForAll() {
        while true {
            pthread_mutex_lock(mutex)
            let done = finished >= total
            pthread_mutex_unlock(mutex)
            if done { return }
            sched_yield()
        }
    }
}
