import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands out the indices 0, 1, 2, … once each to the threads that ask (under a mutex).
final class IndexDispenser: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var nextIndex = 0
    private let count: Int

    init(count: Int) {
        self.count = count
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The next index not yet handed out, or nil when all `count` have been.
    func next() -> Int? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
}

/// Runs `worker` on up to `threads` threads; each call takes indices from `next()` until it returns
/// nil, so every index in 0..<count is processed exactly once, by whichever thread is free
/// (dynamic scheduling, which keeps both cores busy when blocks differ in cost or another process
/// takes a core), and each thread can allocate its scratch memory once rather than per index.
func forEachIndex(count: Int, threads: Int, _ worker: @Sendable (_ next: () -> Int?) -> Void) {
    guard count > 0 else { return }
    let dispenser = IndexDispenser(count: count)
    let helpers = min(threads, count) - 1
    if helpers < 1 || !WorkerPool.shared.run(helpers: helpers, { worker(dispenser.next) }) {
        worker(dispenser.next)
    }
}
