#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch buffers (packed operands, blocks of scores) kept from one call of a kernel to the next.
///
/// The first write to a freshly mapped page traps into the kernel, which zeroes the page: with new
/// packing buffers on every call, page zeroing (`clear_page_erms` under `perf record`) took more
/// than a third of the time of a 256×256 product. Buffers handed back are kept, up to
/// `retainedLimit` doubles in all, and lent again to the next request they fit. Thread-safe.
final class ScratchPool: @unchecked Sendable {
    /// The pool that the kernels share: at most 16 MiB kept.
    static let shared = ScratchPool(retainedLimit: 2 << 20)

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// A buffer lent by the pool: its storage and its capacity in doubles.
    struct Loan {
        /// The storage, 64-byte aligned.
        let pointer: UnsafeMutablePointer<Double>
        /// The number of doubles it holds.
        let capacity: Int
    }

    /// Buffers not lent out.
    private var idle: [Loan] = []
    /// Σ capacity over `idle`.
    private var retained = 0
    private let retainedLimit: Int

    /// A pool that keeps at most `retainedLimit` doubles in idle buffers.
    init(retainedLimit: Int) {
        self.retainedLimit = retainedLimit
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        for buffer in idle { buffer.pointer.deallocate() }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// A buffer of at least `count` doubles, uninitialised and 64-byte aligned: the smallest idle
    /// one that fits, or a new one. Give it back with `giveBack(_:)` (typically in a `defer`).
    func borrow(count: Int) -> Loan {
        pthread_mutex_lock(mutex)
        let best = idle.indices.filter { idle[$0].capacity >= count }.min { idle[$0].capacity < idle[$1].capacity }
        let found = best.map { idle.remove(at: $0) }
        if let found { retained -= found.capacity }
        pthread_mutex_unlock(mutex)
        if let found { return found }
        // Whole 4 KiB pages, so that a buffer fits the next slightly larger request too.
        let capacity = (max(count, 1) + 511) / 512 * 512
        return Loan(pointer: GEMM.allocateAligned(capacity), capacity: capacity)
    }

    /// Takes back a borrowed buffer and keeps it for later, evicting the smallest idle buffers to
    /// stay within the limit, or frees it when it alone exceeds the limit.
    func giveBack(_ buffer: Loan) {
        guard buffer.capacity <= retainedLimit else {
            buffer.pointer.deallocate()
            return
        }
        pthread_mutex_lock(mutex)
        var evicted: [UnsafeMutablePointer<Double>] = []
        idle.sort { $0.capacity > $1.capacity }
        while retained + buffer.capacity > retainedLimit, let smallest = idle.popLast() {
            retained -= smallest.capacity
            evicted.append(smallest.pointer)
        }
        idle.append(buffer)
        retained += buffer.capacity
        pthread_mutex_unlock(mutex)
        for pointer in evicted { pointer.deallocate() }
    }
}
