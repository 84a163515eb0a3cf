import Dispatch

/// Scaled dot-product attention fused block by block: softmax(mask(Q·Kᵀ / √d_k))·V without ever
/// holding the queries × keys matrices.
///
/// The fast path for callers that need only the output (for example the benchmark, or attention at
/// thousands of tokens). K and V are packed once; then each block of query rows, in parallel,
/// computes its rows of the scores with the GEMM micro-kernel into a buffer that stays in cache,
/// turns them into weights with the row softmax, and multiplies them by V. With the causal mask,
/// blocks skip the keys after their last query (about half the work).
///
/// Each output row is computed by one task, in an order fixed by the shapes, so results are
/// deterministic; they agree with the unfused computation (`Attention.scaledDotProduct`) to about
/// 1e-15 relative.
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
        switch problem {
        case let .badLogit(value)?:
            throw .invalidArgument(name: "logit", value: value, requirement: "finite or −∞")
        case .allMasked?:
            throw .invalidArgument(name: "largest logit", value: -.infinity, requirement: "finite (all logits are −∞)")
        case nil:
            return Matrix(uncheckedRows: queries.rows, columns: values.columns, elements: elements)
        }
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
        // K packed as the B operand of S = Q·Kᵀ: B(p, j) = K(j, p); slice p0 holds rows p0..<p0+kc
        // of every panel, and starts at p0 · paddedKeys.
        let keyPanels = (keys + nr - 1) / nr
        let paddedKeys = keyPanels * nr
        let packedK = GEMM.allocateAligned(depth * paddedKeys)
        defer { packedK.deallocate() }
        let kOperand = StridedOperand(base: k, rowStride: 1, columnStride: depth)
        for p0 in stride(from: 0, to: depth, by: kc) {
            GEMM.packB(kOperand, rows: p0, kc: min(kc, depth - p0), columns: 0, nc: keys, into: packedK + p0 * paddedKeys)
        }
        // V packed as the B operand of O = W·V, slice by slice of kc keys.
        let valuePanels = (width + nr - 1) / nr
        let paddedWidth = valuePanels * nr
        let packedV = GEMM.allocateAligned(keys * paddedWidth)
        defer { packedV.deallocate() }
        if let v, width > 0 {
            let vOperand = StridedOperand(base: v, rowStride: width, columnStride: 1)
            for p0 in stride(from: 0, to: keys, by: kc) {
                GEMM.packB(vOperand, rows: p0, kc: min(kc, keys - p0), columns: 0, nc: width, into: packedV + p0 * paddedWidth)
            }
        }

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

        let shared = (
            q: SendablePointer(pointer: UnsafeMutablePointer(mutating: q)),
            k: SendablePointer(pointer: packedK), v: SendablePointer(pointer: packedV),
            out: output.map { SendablePointer(pointer: $0) }, problems: SendablePointer(pointer: problems)
        )
        let rowsPerBlock = blockRows
        let task = { @Sendable (block: Int) in
            let i0 = block * rowsPerBlock
            let rows = min(rowsPerBlock, queries - i0)
            // Keys this block can see: all of them, or (causal) up to its last query.
            let visible = causal ? min(keys, i0 + rows) : keys
            let scores = GEMM.allocateAligned(rows * keys)
            let scratch = GEMM.allocateAligned(((rows + mr - 1) / mr) * mr * kc)
            defer { scores.deallocate(); scratch.deallocate() }

            // S = Q·Kᵀ for this block's rows and visible keys.
            let qOperand = StridedOperand(base: UnsafePointer(shared.q.pointer) + i0 * depth, rowStride: depth, columnStride: 1)
            for p0 in stride(from: 0, to: depth, by: kc) {
                GEMM.computeBlock(
                    a: qOperand, rows: 0, mc: rows, depth: p0, kc: min(kc, depth - p0),
                    packedB: UnsafePointer(shared.k.pointer) + p0 * paddedKeys,
                    panels: 0..<((visible + nr - 1) / nr), ncCur: visible,
                    c: scores, ldc: keys, accumulate: p0 > 0, scratch: scratch
                )
            }
            // Row softmax over each row's visible keys; masked keys get weight 0.
            for r in 0..<rows {
                let row = scores + r * keys
                let count = causal ? min(keys, i0 + r + 1) : keys
                let (maximum, bad) = RowKernels.maximum(UnsafePointer(row), count: count)
                if let bad {
                    shared.problems.pointer[block] = .badLogit(bad)
                    return
                }
                if maximum == -.infinity {
                    shared.problems.pointer[block] = .allMasked
                    return
                }
                RowKernels.softmax(row, count: count, maximum: maximum, temperature: temperature)
                if count < visible { (row + count).update(repeating: 0, count: visible - count) }
            }
            // O = W·V for this block's rows, over the visible keys.
            guard let out = shared.out, width > 0 else { return }
            let wOperand = StridedOperand(base: UnsafePointer(scores), rowStride: keys, columnStride: 1)
            for p0 in stride(from: 0, to: visible, by: kc) {
                GEMM.computeBlock(
                    a: wOperand, rows: 0, mc: rows, depth: p0, kc: min(kc, visible - p0),
                    packedB: UnsafePointer(shared.v.pointer) + p0 * paddedWidth,
                    panelStride: nr * min(kc, keys - p0), panels: 0..<valuePanels, ncCur: width,
                    c: out.pointer + i0 * width, ldc: width, accumulate: p0 > 0, scratch: scratch
                )
            }
        }
        if threads > 1 && blocks > 1 {
            DispatchQueue.concurrentPerform(iterations: blocks, execute: task)
        } else {
            for block in 0..<blocks { task(block) }
        }
        return UnsafeBufferPointer(start: problems, count: blocks).lazy.compactMap { $0 }.first
    }
}
