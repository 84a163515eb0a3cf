import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One operand of a matrix product, read through strides: element (i, j) is
/// `base[i * rowStride + j * columnStride]`. A row-major matrix has strides (columns, 1);
/// its transpose, read in place, has strides (1, columns). Sendable because the product only reads it
/// while the caller keeps the storage alive.
struct StridedOperand: @unchecked Sendable {
    let base: UnsafePointer<Double>
    let rowStride: Int
    let columnStride: Int

    @inline(__always)
    subscript(row: Int, column: Int) -> Double { base[row * rowStride + column * columnStride] }
}

/// A raw pointer that may cross into `DispatchQueue.concurrentPerform`'s `@Sendable` closure.
/// Safe here because every task writes a disjoint block of the output and only reads the inputs.
struct SendablePointer<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>
}

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
    if threads > 1 && count > 1 {
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in worker(dispenser.next) }
    } else {
        worker(dispenser.next)
    }
}

/// The general matrix product C = A·B (GEMM), in the layout of Goto and van de Geijn (2008) as
/// BLIS arranges it: B is packed into column panels of `nr` columns for each `kc`-deep slice of the
/// shared dimension, A into row panels of `mr` rows for each `mc`-tall block, and a register-blocked
/// `mr × nr` micro-kernel accumulates Σₚ A(i, p)·B(p, j) with fused multiply-adds.
///
/// Determinism: every element of C is a sum in one fixed order (p ascending within each `kc` slice,
/// slices in order), computed by exactly one task; which thread runs a task never changes the
/// arithmetic, so the same inputs give the same bits on every run. The order depends only on the
/// shapes (which path, which block sizes), never on scheduling.
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
    /// Widest block of B packed at once (kc·nc·8 bytes = 8 MiB, inside the shared 32 MiB L3).
    static let ncMax = 4096
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

    // MARK: - Plain loops for small products

    /// Straightforward loops, in the order that reads memory contiguously for the given strides.
    static func plain(
        m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        if a.columnStride == 1 && b.rowStride == 1 {
            // Rows of A and columns of B are both contiguous (A·Bᵀ, or a matrix times a vector):
            // dot products.
            for i in 0..<m {
                let ai = a.base + i * a.rowStride
                for j in 0..<n {
                    c[i * ldc + j] = dot(ai, b.base + j * b.columnStride, k)
                }
            }
        } else if b.columnStride == 1 && m < mr {
            // A few rows of C (a vector times a matrix): C(i, ·) += A(i, p)·B(p, ·) with p outermost,
            // so that B is read once.
            for i in 0..<m { (c + i * ldc).initialize(repeating: 0, count: n) }
            for p in 0..<k {
                let bp = b.base + p * b.rowStride
                for i in 0..<m {
                    let aip = a[i, p]
                    let ci = c + i * ldc
                    for j in 0..<n { ci[j] += aip * bp[j] }
                }
            }
        } else if b.columnStride == 1 {
            // Rows of B are contiguous: C(i, ·) += A(i, p)·B(p, ·), vectorised along j.
            for i in 0..<m {
                let ci = c + i * ldc
                ci.initialize(repeating: 0, count: n)
                for p in 0..<k {
                    let aip = a[i, p]
                    let bp = b.base + p * b.rowStride
                    for j in 0..<n { ci[j] += aip * bp[j] }
                }
            }
        } else {
            for i in 0..<m {
                for j in 0..<n {
                    var sum = 0.0
                    for p in 0..<k { sum += a[i, p] * b[p, j] }
                    c[i * ldc + j] = sum
                }
            }
        }
    }

    /// Σₚ x[p]·y[p] with two `SIMD4` partial sums (eight lanes) and fused multiply-adds, in a fixed order.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ count: Int) -> Double {
        let rx = UnsafeRawPointer(x), ry = UnsafeRawPointer(y)
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        var p = 0
        while p + 8 <= count {
            s0.addProduct(rx.loadUnaligned(fromByteOffset: p &* 8, as: SIMD4<Double>.self),
                          ry.loadUnaligned(fromByteOffset: p &* 8, as: SIMD4<Double>.self))
            s1.addProduct(rx.loadUnaligned(fromByteOffset: (p &+ 4) &* 8, as: SIMD4<Double>.self),
                          ry.loadUnaligned(fromByteOffset: (p &+ 4) &* 8, as: SIMD4<Double>.self))
            p &+= 8
        }
        var sum = (s0 + s1).sum()
        while p < count {
            sum.addProduct(x[p], y[p])
            p &+= 1
        }
        return sum
    }

    // MARK: - Packed, blocked, threaded product

    static func blocked(
        m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
        c: UnsafeMutablePointer<Double>, ldc: Int, threads: Int
    ) {
        let ncBlock = min(n, ncMax)
        let panelCapacity = (ncBlock + nr - 1) / nr
        let packedB = allocateAligned(kc * panelCapacity * nr)
        defer { packedB.deallocate() }

        // Row blocks: whole micro-panels of mr rows, spread evenly over a number of blocks that is a
        // multiple of the thread count (so that both cores get the same work when m is large).
        let microPanels = (m + mr - 1) / mr
        var rowBlocks = (microPanels + (mcMax / mr) - 1) / (mcMax / mr)
        if threads > 1 { rowBlocks = max(threads, (rowBlocks + threads - 1) / threads * threads) }
        rowBlocks = min(rowBlocks, microPanels)
        let rowBlockCount = rowBlocks

        for jc in stride(from: 0, to: n, by: ncBlock) {
            let ncCur = min(ncBlock, n - jc)
            let panels = (ncCur + nr - 1) / nr
            // When there are too few row blocks to feed every thread, split the columns as well.
            let columnChunks = threads > 1 && rowBlockCount < 2 * threads
                ? min(panels, (2 * threads + rowBlockCount - 1) / rowBlockCount) : 1
            let tasks = rowBlockCount * columnChunks
            for pc in stride(from: 0, to: k, by: kc) {
                let kcCur = min(kc, k - pc)
                // Pack B's panels, split among the threads when there are enough of them.
                let packChunks = threads > 1 && panels >= 4 * threads ? 2 * threads : 1
                if packChunks > 1 {
                    let destination = SendablePointer(pointer: packedB)
                    DispatchQueue.concurrentPerform(iterations: packChunks) { chunk in
                        let first = chunk * panels / packChunks, end = (chunk + 1) * panels / packChunks
                        packB(b, rows: pc, kc: kcCur, columns: jc + first * nr, nc: min(ncCur, end * nr) - first * nr,
                              into: destination.pointer + first * nr * kcCur)
                    }
                } else {
                    packB(b, rows: pc, kc: kcCur, columns: jc, nc: ncCur, into: packedB)
                }
                let accumulate = pc > 0
                let shared = SendablePointer(pointer: packedB)
                let output = SendablePointer(pointer: c)
                // Each thread packs its blocks of A into one scratch buffer, taking tasks in turn.
                let scratchCount = ((microPanels + rowBlockCount - 1) / rowBlockCount + 1) * mr * kcCur
                forEachIndex(count: tasks, threads: threads) { next in
                    let scratch = allocateAligned(scratchCount)
                    defer { scratch.deallocate() }
                    while let t = next() {
                        let block = t / columnChunks, chunk = t % columnChunks
                        let firstPanel = block * microPanels / rowBlockCount
                        let endPanel = (block + 1) * microPanels / rowBlockCount
                        let i0 = firstPanel * mr
                        let mcCur = min(m, endPanel * mr) - i0
                        let j0Panel = chunk * panels / columnChunks
                        let j1Panel = (chunk + 1) * panels / columnChunks
                        computeBlock(
                            a: a, rows: i0, mc: mcCur, depth: pc, kc: kcCur,
                            packedB: UnsafePointer(shared.pointer), panels: j0Panel..<j1Panel, ncCur: ncCur,
                            c: output.pointer + i0 * ldc + jc, ldc: ldc, accumulate: accumulate, scratch: scratch
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
    /// a buffer is allocated for the call.
    static func computeBlock(
        a: StridedOperand, rows i0: Int, mc: Int, depth p0: Int, kc: Int,
        packedB: UnsafePointer<Double>, panelStride: Int? = nil, panels: Range<Int>, ncCur: Int,
        c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool,
        scratch: UnsafeMutablePointer<Double>? = nil
    ) {
        let count = (mc + mr - 1) / mr * mr * kc
        let packedA = scratch ?? allocateAligned(count)
        defer { if scratch == nil { packedA.deallocate() } }
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

    /// Packs B(p0 ..< p0+kc, j0 ..< j0+nc) as ⌈nc/nr⌉ panels; panel q holds, for each p, the nr values
    /// B(p0+p, j0+q·nr ..< j0+q·nr+nr) contiguously, zero-padded past column nc.
    static func packB(_ b: StridedOperand, rows p0: Int, kc: Int, columns j0: Int, nc: Int, into packed: UnsafeMutablePointer<Double>) {
        let panels = (nc + nr - 1) / nr
        for q in 0..<panels {
            let dst = packed + q * nr * kc
            let jStart = j0 + q * nr
            let width = min(nr, nc - q * nr)
            if width == nr && b.columnStride == 1 {
                let raw = UnsafeRawPointer(b.base)
                let out = UnsafeMutableRawPointer(dst)
                for p in 0..<kc {
                    let offset = ((p0 + p) * b.rowStride + jStart) * 8
                    out.storeBytes(of: raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self), toByteOffset: p * 64, as: SIMD4<Double>.self)
                    out.storeBytes(of: raw.loadUnaligned(fromByteOffset: offset + 32, as: SIMD4<Double>.self), toByteOffset: p * 64 + 32, as: SIMD4<Double>.self)
                }
            } else if b.rowStride == 1 {
                // Columns of B are contiguous (B is a transpose read in place).
                for jj in 0..<nr {
                    if jj < width {
                        let src = b.base + (jStart + jj) * b.columnStride + p0
                        for p in 0..<kc { dst[p * nr + jj] = src[p] }
                    } else {
                        for p in 0..<kc { dst[p * nr + jj] = 0 }
                    }
                }
            } else {
                for p in 0..<kc {
                    for jj in 0..<nr {
                        dst[p * nr + jj] = jj < width ? b[p0 + p, jStart + jj] : 0
                    }
                }
            }
        }
    }

    /// Packs A(i0 ..< i0+mc, p0 ..< p0+kc) as ⌈mc/mr⌉ micro-panels; micro-panel r holds, for each p,
    /// the mr values A(i0+r·mr ..< i0+r·mr+mr, p0+p) contiguously, zero-padded past row mc.
    static func packA(_ a: StridedOperand, rows i0: Int, mc: Int, depth p0: Int, kc: Int, into packed: UnsafeMutablePointer<Double>) {
        let microPanels = (mc + mr - 1) / mr
        for r in 0..<microPanels {
            let dst = packed + r * mr * kc
            let iStart = i0 + r * mr
            let height = min(mr, mc - r * mr)
            if a.columnStride == 1 {
                for ii in 0..<mr {
                    if ii < height {
                        let src = a.base + (iStart + ii) * a.rowStride + p0
                        for p in 0..<kc { dst[p * mr + ii] = src[p] }
                    } else {
                        for p in 0..<kc { dst[p * mr + ii] = 0 }
                    }
                }
            } else {
                for p in 0..<kc {
                    for ii in 0..<mr {
                        dst[p * mr + ii] = ii < height ? a[iStart + ii, p0 + p] : 0
                    }
                }
            }
        }
    }

    /// The 6×8 micro-kernel: C(6×8) (+)= Ã(6×kc)·B̃(kc×8) from packed micro-panels, with twelve
    /// `SIMD4<Double>` accumulators (twelve ymm registers when compiled for AVX2) and fused
    /// multiply-adds. `accumulate` false stores the sums; true adds them to C.
    @inline(never)
    static func kernel6x8(
        _ kc: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
        _ c: UnsafeMutablePointer<Double>, _ ldc: Int, _ accumulate: Bool
    ) {
        var c00 = SIMD4<Double>(), c01 = SIMD4<Double>()
        var c10 = SIMD4<Double>(), c11 = SIMD4<Double>()
        var c20 = SIMD4<Double>(), c21 = SIMD4<Double>()
        var c30 = SIMD4<Double>(), c31 = SIMD4<Double>()
        var c40 = SIMD4<Double>(), c41 = SIMD4<Double>()
        var c50 = SIMD4<Double>(), c51 = SIMD4<Double>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(as: SIMD4<Double>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            var x = SIMD4<Double>(repeating: pa[0])
            c00.addProduct(x, b0); c01.addProduct(x, b1)
            x = SIMD4<Double>(repeating: pa[1])
            c10.addProduct(x, b0); c11.addProduct(x, b1)
            x = SIMD4<Double>(repeating: pa[2])
            c20.addProduct(x, b0); c21.addProduct(x, b1)
            x = SIMD4<Double>(repeating: pa[3])
            c30.addProduct(x, b0); c31.addProduct(x, b1)
            x = SIMD4<Double>(repeating: pa[4])
            c40.addProduct(x, b0); c41.addProduct(x, b1)
            x = SIMD4<Double>(repeating: pa[5])
            c50.addProduct(x, b0); c51.addProduct(x, b1)
            pa += 6
            pb += 64
        }
        let out = UnsafeMutableRawPointer(c)
        let rowBytes = ldc * 8
        @inline(__always)
        func put(_ row: Int, _ v0: SIMD4<Double>, _ v1: SIMD4<Double>) {
            let offset = row * rowBytes
            if accumulate {
                let o0 = UnsafeRawPointer(out).loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                let o1 = UnsafeRawPointer(out).loadUnaligned(fromByteOffset: offset + 32, as: SIMD4<Double>.self)
                out.storeBytes(of: o0 + v0, toByteOffset: offset, as: SIMD4<Double>.self)
                out.storeBytes(of: o1 + v1, toByteOffset: offset + 32, as: SIMD4<Double>.self)
            } else {
                out.storeBytes(of: v0, toByteOffset: offset, as: SIMD4<Double>.self)
                out.storeBytes(of: v1, toByteOffset: offset + 32, as: SIMD4<Double>.self)
            }
        }
        put(0, c00, c01); put(1, c10, c11); put(2, c20, c21)
        put(3, c30, c31); put(4, c40, c41); put(5, c50, c51)
    }
}
