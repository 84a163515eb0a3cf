import Dispatch

/// Scaled dot-product attention fused block by block: softmax(mask(Q·Kᵀ / √d_k))·V without ever
/// holding the queries × keys matrices.
///
/// The fast path for callers that need only the output (the benchmark; attention over thousands of
/// tokens). K and V are packed once for the GEMM micro-kernel, and Q is divided by √d_k once. Then
/// each block of query rows, on whichever core is free, computes its rows of the scores into a
/// buffer that stays in cache, writes exp(s − max s) straight into the packed layout of the next
/// product (exactly 0 for masked keys), multiplies by V, and divides each output row by its sum of
/// exponentials: softmax(S)·V = (exp(S − m)·V) / Σ exp(S − m). With the causal mask, blocks skip the
/// keys after their last query (about half the work).
///
/// Each output row is computed by one task, in an order fixed by the shapes, so results are
/// deterministic; they agree with attention computed step by step to about 1e-15 relative.
public enum AttentionKernel {
    /// softmax(mask(QKᵀ / √d_k))·V, where Q is queries × d_k, K keys × d_k and V keys × d_v.
    ///
    /// With `scaled` false the scores are not divided by √d_k. With `causal` true, query i attends
    /// only to keys j ≤ i (the entries above the diagonal get weight exactly 0).
    ///
    /// Errors: Q and K with different d_k, K and V with different numbers of rows, no queries, keys
    /// or d_k (an empty attention), and a NaN or +∞ score (from non-finite inputs), as `Softmax.apply`
    /// reports it.
    public static func output(
        queries: Matrix, keys: Matrix, values: Matrix, scaled: Bool = true, causal: Bool = false
    ) throws(TransformerError) -> Matrix {
        guard queries.columns == keys.columns else {
            throw .shapeMismatch(operation: "attention scores QKᵀ (Q and K need the same d_k)", lhs: queries.shape, rhs: keys.shape)
        }
        guard keys.rows == values.rows else {
            throw .shapeMismatch(operation: "attention values (K and V need one row per key)", lhs: keys.shape, rhs: values.shape)
        }
        guard queries.rows > 0, keys.rows > 0, keys.columns > 0 else { throw .empty(operation: "attention") }
        let temperature = scaled ? Double(keys.columns).squareRoot() : 1
        var problem: RowKernels.Problem?
        let elements = [Double](unsafeUninitializedCapacity: queries.rows * values.columns) { buffer, initialized in
            queries.elements.withUnsafeBufferPointer { q in
                keys.elements.withUnsafeBufferPointer { k in
                    values.elements.withUnsafeBufferPointer { v in
                        problem = compute(
                            q: q.baseAddress!, k: k.baseAddress!, v: v.baseAddress, queries: queries.rows, keys: keys.rows,
                            depth: keys.columns, width: values.columns, temperature: temperature, causal: causal,
                            output: buffer.baseAddress
                        )
                    }
                }
            }
            initialized = buffer.count
        }
        if let problem { throw problem.error }
        return Matrix(uncheckedRows: queries.rows, columns: values.columns, elements: elements)
    }

    /// Largest block of scores per task: rows × keys × 8 bytes ≈ 512 KiB, inside the L2 cache.
    static let blockBytes = 512 * 1024

    /// The whole computation on raw storage; returns the first problem in row order, if any
    /// (the output is then unspecified but initialised).
    static func compute(
        q: UnsafePointer<Double>, k: UnsafePointer<Double>, v: UnsafePointer<Double>?,
        queries: Int, keys: Int, depth: Int, width: Int, temperature: Double, causal: Bool,
        output: UnsafeMutablePointer<Double>?
    ) -> RowKernels.Problem? {
        let mr = GEMM.mr, nr = GEMM.nr, kc = GEMM.kc
        let pool = ScratchPool.shared
        let packed = PackedKeysValues(k: k, v: v, keys: keys, depth: depth, width: width)
        defer { packed.giveBack() }
        let paddedKeys = packed.paddedKeys
        let valuePanels = (width + nr - 1) / nr, paddedWidth = packed.paddedWidth

        // Blocks of whole micro-panels of query rows whose scores fit in `blockBytes`.
        // With several threads, at least four blocks per thread (the causal blocks grow).
        let work = queries * keys * (depth + width)
        let threads = work >= GEMM.parallelWorkThreshold ? GEMM.processorCount : 1
        var blockRows = max(mr, min(16 * mr, blockBytes / (keys * 8) / mr * mr))
        if threads > 1 {
            let share = (queries + 4 * threads - 1) / (4 * threads)
            blockRows = max(mr, min(blockRows, (share + mr - 1) / mr * mr))
        }
        let blocks = (queries + blockRows - 1) / blockRows
        let problems = UnsafeMutablePointer<RowKernels.Problem?>.allocate(capacity: blocks)
        problems.initialize(repeating: nil, count: blocks)
        defer { problems.deinitialize(count: blocks); problems.deallocate() }

        // With scaling, Q/√d_k replaces Q (exact when √d_k is a power of two, as for d_k = 16, 64, 256),
        // so that the scores come out scaled and the softmax needs no division.
        let scaledQueriesLoan = temperature != 1 ? pool.borrow(count: queries * depth) : nil
        defer { scaledQueriesLoan.map(pool.giveBack) }
        let scaledQueries = scaledQueriesLoan?.pointer
        if let scaledQueries {
            for index in 0..<(queries * depth) { scaledQueries[index] = q[index] / temperature }
        }

        let shared = (
            q: SendablePointer(pointer: scaledQueries ?? UnsafeMutablePointer(mutating: q)),
            k: SendablePointer(pointer: packed.keys), v: SendablePointer(pointer: packed.values),
            out: output.map { SendablePointer(pointer: $0) }, problems: SendablePointer(pointer: problems)
        )
        let rowsPerBlock = blockRows
        forEachIndex(count: blocks, threads: threads) { next in
            // Scratch memory for this thread, for blocks of up to rowsPerBlock rows.
            let capacity = (rowsPerBlock + mr - 1) / mr * mr
            // The scores, the packed block of Q, then the weights, unnormalised, packed as the A
            // operand of W·V (slices of kc keys, each ⌈rows/mr⌉ micro-panels of mr rows, the layout
            // of `GEMM.packA`), then the reciprocals of the rows' sums, in one buffer, each part
            // starting on a 64-byte boundary.
            let parts = [capacity * keys, capacity * min(kc, depth), capacity * keys, capacity].map { ($0 + 7) / 8 * 8 }
            let loan = pool.borrow(count: parts.reduce(0, +))
            defer { pool.giveBack(loan) }
            let scores = loan.pointer
            let scratch = scores + parts[0]
            let packedW = scratch + parts[1]
            let inverseSums = packedW + parts[2]
            while let block = next() {
                attend(block: block)
            }

            func attend(block: Int) {
                let i0 = block * rowsPerBlock
                let rows = min(rowsPerBlock, queries - i0)
                let microPanels = (rows + mr - 1) / mr
                // Keys this block can see: all of them, or (causal) up to its last query.
                let visible = causal ? min(keys, i0 + rows) : keys

                // S = (Q/√d_k)·Kᵀ for this block's rows and visible keys.
                let qOperand = StridedOperand(base: UnsafePointer(shared.q.pointer) + i0 * depth, rowStride: depth, columnStride: 1)
                for p0 in stride(from: 0, to: depth, by: kc) {
                    GEMM.computeBlock(
                        a: qOperand, rows: 0, mc: rows, depth: p0, kc: min(kc, depth - p0),
                        packedB: UnsafePointer(shared.k.pointer) + p0 * paddedKeys,
                        panels: 0..<((visible + nr - 1) / nr), ncCur: visible,
                        c: scores, ldc: visible, accumulate: p0 > 0, scratch: scratch
                    )
                }
                // exp(s − max s) row by row into packed W, 0 for masked keys and for padding rows.
                for r in 0..<(microPanels * mr) {
                    let micro = r / mr, lane = r % mr
                    let row = scores + r * visible
                    var count = 0, maximum = 0.0, sum = 0.0
                    if r < rows {
                        count = causal ? min(keys, i0 + r + 1) : keys
                        let (rowMaximum, bad) = RowKernels.maximum(UnsafePointer(row), count: count)
                        if let bad {
                            shared.problems.pointer[block] = .badLogit(bad)
                            return
                        }
                        if rowMaximum == -.infinity {
                            shared.problems.pointer[block] = .allMasked
                            return
                        }
                        maximum = rowMaximum
                    }
                    for p0 in stride(from: 0, to: visible, by: kc) {
                        let depthOfSlice = min(kc, visible - p0)
                        let destination = packedW + p0 * microPanels * mr + micro * mr * depthOfSlice + lane
                        let exponentials = min(depthOfSlice, max(0, count - p0))
                        if exponentials > 0 {
                            sum += RowKernels.exponentials(UnsafePointer(row + p0), count: exponentials, maximum: maximum,
                                                           into: destination, stride: mr)
                        }
                        for p in exponentials..<depthOfSlice { destination[p * mr] = 0 }
                    }
                    if r < rows { inverseSums[r] = 1 / sum }
                }
                // O = (E·V) / Σ E, row by row, over the visible keys.
                guard let out = shared.out, width > 0 else { return }
                let outputRows = out.pointer + i0 * width
                for p0 in stride(from: 0, to: visible, by: kc) {
                    let depthOfSlice = min(kc, visible - p0)
                    GEMM.computePacked(
                        packedA: packedW + p0 * microPanels * mr, mc: rows, kc: depthOfSlice,
                        packedB: UnsafePointer(shared.v.pointer) + p0 * paddedWidth,
                        panelStride: nr * min(kc, keys - p0), panels: 0..<valuePanels, ncCur: width,
                        c: outputRows, ldc: width, accumulate: p0 > 0
                    )
                }
                for r in 0..<rows {
                    let inverse = inverseSums[r]
                    for c in 0..<width { outputRows[r * width + c] *= inverse }
                }
            }
        }
        return UnsafeBufferPointer(start: problems, count: blocks).lazy.compactMap { $0 }.first
    }
}
