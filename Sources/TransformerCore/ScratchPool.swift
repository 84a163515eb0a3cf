import Synchronization

/// Scratch buffers (packed operands, blocks of scores) kept from one call of a kernel to the next.
///
/// The first write to a freshly mapped page traps into the kernel, which zeroes the page: with new
/// packing buffers on every call, page zeroing (`clear_page_erms` under `perf record`) took more
/// than a third of the time of a 256×256 product. Buffers handed back are kept, up to
/// `retainedLimit` doubles in all, and lent again to the next request they fit. Thread-safe.
final class ScratchPool: Sendable {
    /// The pool that the kernels share: at most 16 MiB kept.
    static let shared = ScratchPool(retainedLimit: 2 << 20)

    /// A buffer lent by the pool: its storage and its capacity in doubles. Sendable because one thread at a time owns
    /// it: the borrower until it gives it back, then the pool.
    struct Loan: @unchecked Sendable {
        /// The storage, 64-byte aligned.
        let pointer: UnsafeMutablePointer<Double>
        /// The number of doubles it holds.
        let capacity: Int
    }

    /// The buffers not lent out, and Σ capacity over them.
    private struct Idle {
        var buffers: [Loan] = []
        var retained = 0
    }

    private let idle = Mutex(Idle())
    private let retainedLimit: Int

    /// A pool that keeps at most `retainedLimit` doubles in idle buffers.
    init(retainedLimit: Int) {
        self.retainedLimit = retainedLimit
    }

    deinit {
        idle.withLock { for buffer in $0.buffers { buffer.pointer.deallocate() } }
    }

    /// A buffer of at least `count` doubles, uninitialised and 64-byte aligned: the smallest idle
    /// one that fits, or a new one. Give it back with `giveBack(_:)` (typically in a `defer`).
    func borrow(count: Int) -> Loan {
        let found = idle.withLock { idle -> Loan? in
            let fitting = idle.buffers.indices.filter { idle.buffers[$0].capacity >= count }
            guard let best = fitting.min(by: { idle.buffers[$0].capacity < idle.buffers[$1].capacity }) else { return nil }
            idle.retained -= idle.buffers[best].capacity
            return idle.buffers.remove(at: best)
        }
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
        let evicted = idle.withLock { idle -> [Loan] in
            var evicted: [Loan] = []
            idle.buffers.sort { $0.capacity > $1.capacity }
            while idle.retained + buffer.capacity > retainedLimit, let smallest = idle.buffers.popLast() {
                idle.retained -= smallest.capacity
                evicted.append(smallest)
            }
            idle.buffers.append(buffer)
            idle.retained += buffer.capacity
            return evicted
        }
        for loan in evicted { loan.pointer.deallocate() }
    }
}
