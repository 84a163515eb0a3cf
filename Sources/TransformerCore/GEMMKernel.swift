import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The general matrix product C = A·B (GEMM), in the layout of Goto and van de Geijn (2008) as
/// BLIS arranges it: B is packed into column panels of `nr` columns for each `kc`-deep slice of the
/// shared dimension, A into row panels of `mr` rows for each `mc`-tall block, and a register-blocked
/// `mr × nr` micro-kernel accumulates Σₚ A(i, p)·B(p, j) with fused multiply-adds.
///
/// Determinism: every element of C is a sum in one fixed order (p ascending within each `kc` slice,
/// slices in order), computed by exactly one task; which thread runs a task never changes the
/// arithmetic, so the same inputs give the same bits on every run. The order depends only on the
/// shapes (which path, which block sizes), never on scheduling.
///
/// The driver is here; the plain loops for small products, the packing and the micro-kernel are in
/// GEMM+Plain.swift, GEMM+Packing.swift and GEMM+MicroKernel.swift.
enum GEMM {
    /// Rows of the micro-kernel's output tile.
    static let mr = 6
    /// Columns of the micro-kernel's output tile (two `SIMD4<Double>`).
    static let nr = 8
    /// Depth of one packed slice of the shared dimension: an `nr`-wide panel of B (kc·nr·8 bytes =
    /// 16 KiB) stays in the 32 KiB L1 cache while the kernel sweeps an `mc`-tall block of A.
    static let kc = 256
    /// Largest block of A packed at once (mc·kc·8 bytes ≈ 192 KiB, well inside a 1 MiB L2).
    static let mcMax = 96
    /// Most doubles of B packed at once, every slice of a block of columns (8 MiB, a quarter of the
    /// shared 32 MiB L3 cache): all of B up to 1024×1024.
    static let packedBLimit = 1 << 20
    /// Below this many multiply-adds (m·n·k) the plain loops win: no packing, no threads.
    static let plainWorkLimit = 40 * 40 * 40
    /// From this many multiply-adds on, both cores share the work (~0.1 ms of work per core).
    static let parallelWorkThreshold = 1 << 21

    /// The number of online processors, at least 1.
    static let processorCount: Int = {
        let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return count > 0 ? Int(count) : 1
    }()

    /// C = A·B for A of shape m×k and B of shape k×n; C is row-major with leading dimension `ldc`
    /// and may be uninitialised on entry: every element is written.
    static func multiply(
        m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            for i in 0..<m { (c + i * ldc).initialize(repeating: 0, count: n) }
            return
        }
        let (mn, overflow1) = m.multipliedReportingOverflow(by: n)
        let (work, overflow2) = mn.multipliedReportingOverflow(by: k)
        let huge = overflow1 || overflow2
        if !huge && (work <= plainWorkLimit || m < mr || n < nr) {
            plain(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc)
        } else {
            let threads = (huge || work >= parallelWorkThreshold) ? processorCount : 1
            blocked(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc, threads: threads)
        }
    }

    // MARK: - Packed, blocked, threaded product

    /// The packed product on `threads` threads, in one parallel loop per block of columns: first
    /// the tasks that pack B (every kc slice of the block's columns), then, once all of them have
    /// finished, the tasks that each pack a block of rows of A, slice by slice, and compute that
    /// block of C over every slice. One fork and join per block of columns (one in all up to
    /// n = 1024) rather than two per slice: for a 256×256 product, waking the second core
    /// costs about as much as a slice of work.
    static func blocked(
        m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
        c: UnsafeMutablePointer<Double>, ldc: Int, threads: Int
    ) {
        let pool = ScratchPool.shared
        let slices = (k + kc - 1) / kc
        // Blocks of whole panels of B, packed at most `packedBLimit` doubles at a time.
        let ncBlock = min(n, max(nr, packedBLimit / k / nr * nr))

        // Row blocks: whole micro-panels of mr rows, spread evenly over a number of blocks that is a
        // multiple of the thread count (so that both cores get the same work when m is large).
        let microPanels = (m + mr - 1) / mr
        var rowBlocks = (microPanels + (mcMax / mr) - 1) / (mcMax / mr)
        if threads > 1 { rowBlocks = max(threads, (rowBlocks + threads - 1) / threads * threads) }
        rowBlocks = min(rowBlocks, microPanels)
        let rowBlockCount = rowBlocks
        // Each thread packs its blocks of A, one slice at a time, into one scratch buffer.
        let scratchCount = ((microPanels + rowBlockCount - 1) / rowBlockCount + 1) * mr * min(kc, k)

        for jc in stride(from: 0, to: n, by: ncBlock) {
            let ncCur = min(ncBlock, n - jc)
            let panels = (ncCur + nr - 1) / nr
            // When there are too few row blocks to feed every thread, split the columns as well.
            let columnChunks = threads > 1 && rowBlockCount < 2 * threads
                ? min(panels, (2 * threads + rowBlockCount - 1) / rowBlockCount) : 1
            // B's panels are packed in chunks, two per thread when there are enough of them.
            let packChunks = threads > 1 && panels >= 4 * threads ? 2 * threads : 1
            // Slice s of packed B (depth min(kc, k − s·kc)) starts at s·kc·panels·nr.
            let packedBLoan = pool.borrow(count: k * panels * nr)
            defer { pool.giveBack(packedBLoan) }
            let packedB = SendablePointer(pointer: packedBLoan.pointer)
            let output = SendablePointer(pointer: c + jc)
            let packing = CompletionCounter(total: packChunks)
            forEachIndex(count: packChunks + rowBlockCount * columnChunks, threads: threads) { next in
                let loan = pool.borrow(count: scratchCount)
                defer { pool.giveBack(loan) }
                while let t = next() {
                    if t < packChunks {
                        let first = t * panels / packChunks, end = (t + 1) * panels / packChunks
                        for s in 0..<slices {
                            let depth = min(kc, k - s * kc)
                            packB(b, rows: s * kc, kc: depth, columns: jc + first * nr,
                                  nc: min(ncCur, end * nr) - first * nr,
                                  into: packedB.pointer + s * kc * panels * nr + first * nr * depth)
                        }
                        packing.markFinished()
                        continue
                    }
                    packing.waitForAll()
                    let task = t - packChunks
                    let block = task / columnChunks, chunk = task % columnChunks
                    let firstPanel = block * microPanels / rowBlockCount
                    let endPanel = (block + 1) * microPanels / rowBlockCount
                    let i0 = firstPanel * mr
                    let mcCur = min(m, endPanel * mr) - i0
                    let columnPanels = (chunk * panels / columnChunks)..<((chunk + 1) * panels / columnChunks)
                    for s in 0..<slices {
                        computeBlock(
                            a: a, rows: i0, mc: mcCur, depth: s * kc, kc: min(kc, k - s * kc),
                            packedB: UnsafePointer(packedB.pointer + s * kc * panels * nr), panels: columnPanels,
                            ncCur: ncCur, c: output.pointer + i0 * ldc, ldc: ldc, accumulate: s > 0, scratch: loan.pointer
                        )
                    }
                }
            }
        }
    }

    /// Packs A(i0 ..< i0+mc, p0 ..< p0+kc) into micro-panels and runs the micro-kernel over the
    /// given column panels of packed B, writing (or adding to) C's rows i0 ..< i0+mc.
    ///
    /// Panel q of packed B starts at `packedB + q * panelStride` (nr·kc when B was packed for
    /// exactly this kc; more when only the first kc rows of a deeper packed slice are used).
    /// `scratch` holds the packed A: at least ⌈mc/mr⌉·mr·kc elements, 64-byte aligned; when nil,
    /// a buffer is borrowed from `ScratchPool.shared` for the call.
    static func computeBlock(
        a: StridedOperand, rows i0: Int, mc: Int, depth p0: Int, kc: Int,
        packedB: UnsafePointer<Double>, panelStride: Int? = nil, panels: Range<Int>, ncCur: Int,
        c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool,
        scratch: UnsafeMutablePointer<Double>? = nil
    ) {
        let count = (mc + mr - 1) / mr * mr * kc
        let loan = scratch == nil ? ScratchPool.shared.borrow(count: count) : nil
        defer { loan.map(ScratchPool.shared.giveBack) }
        let packedA = scratch ?? loan!.pointer
        packA(a, rows: i0, mc: mc, depth: p0, kc: kc, into: packedA)
        computePacked(packedA: packedA, mc: mc, kc: kc, packedB: packedB, panelStride: panelStride ?? nr * kc,
                      panels: panels, ncCur: ncCur, c: c, ldc: ldc, accumulate: accumulate)
    }

    /// The micro-kernel over an already packed block of A (⌈mc/mr⌉ micro-panels of mr·kc values,
    /// as `packA` lays them out) and the given column panels of packed B (panel q at
    /// `packedB + q * panelStride`), writing (or adding to) the mc rows of C.
    static func computePacked(
        packedA: UnsafePointer<Double>, mc: Int, kc: Int,
        packedB: UnsafePointer<Double>, panelStride bStride: Int, panels: Range<Int>, ncCur: Int,
        c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
    ) {
        let microPanels = (mc + mr - 1) / mr
        withUnsafeTemporaryAllocation(of: Double.self, capacity: mr * nr) { tileBuffer in
            let tile = tileBuffer.baseAddress!
            for panel in panels {
                let j = panel * nr
                let ncTile = min(nr, ncCur - j)
                let bPanel = packedB + panel * bStride
                for micro in 0..<microPanels {
                    let i = micro * mr
                    let mrTile = min(mr, mc - i)
                    let aPanel = packedA + micro * mr * kc
                    let cTile = c + i * ldc + j
                    if mrTile == mr && ncTile == nr {
                        kernel6x8(kc, aPanel, bPanel, cTile, ldc, accumulate)
                    } else {
                        kernel6x8(kc, aPanel, bPanel, tile, nr, false)
                        for ii in 0..<mrTile {
                            for jj in 0..<ncTile {
                                if accumulate {
                                    cTile[ii * ldc + jj] += tile[ii * nr + jj]
                                } else {
                                    cTile[ii * ldc + jj] = tile[ii * nr + jj]
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Uninitialised storage for `count` doubles, aligned to a 64-byte cache line; free with `deallocate()`.
    static func allocateAligned(_ count: Int) -> UnsafeMutablePointer<Double> {
        UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Double>.stride, alignment: 64)
            .bindMemory(to: Double.self, capacity: max(count, 1))
    }
}
