import Synchronization

/// Hands out the indices 0, 1, 2, … once each to the threads that ask.
final class IndexDispenser: Sendable {
    private let nextIndex = Atomic<Int>(0)
    private let count: Int

    /// A dispenser of the indices 0..<count.
    init(count: Int) {
        self.count = count
    }

    /// The next index not yet handed out, or nil when all `count` have been.
    func next() -> Int? {
        let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
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
