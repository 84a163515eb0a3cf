extension Attention {
    /// The four matrices of attention, computed block of query rows by block of query rows.
    struct Matrices {
        var scores: Matrix, scaledScores: Matrix, weights: Matrix, output: Matrix
    }

    /// Whether `blockwise` computes exactly what the building blocks compute: when both products
    /// are large enough for `GEMM.multiply` to take its packed path (whose sums `blockwise`
    /// repeats block by block), rather than its plain loops.
    static func blockwiseApplies(queries: Int, keys: Int, depth: Int, width: Int) -> Bool {
        let (mr, nr, limit) = (GEMM.mr, GEMM.nr, GEMM.plainWorkLimit)
        guard queries >= mr, keys >= nr, width >= nr else { return false }
        let (scoresWork, overflow1) = queries.multipliedReportingOverflow(by: keys)
        guard !overflow1, scoresWork.multipliedReportingOverflow(by: depth).partialValue > limit,
              scoresWork.multipliedReportingOverflow(by: width).partialValue > limit else { return false }
        return true
    }

    /// Every matrix of `scaledDotProduct` in one parallel pass over blocks of query rows, each
    /// block on whichever core is free: its rows of S = Q·Kᵀ (K packed once), then, while those
    /// rows are in cache, their scaled scores and weights (`weightsRow`), then their rows of W·V
    /// (V packed once). The large matrices are written once and never read back from memory.
    ///
    /// The products are the sums of `GEMM.blocked` (the same kc slices, the same micro-kernel), and
    /// the rows those of `scaledScoresAndWeights`: the same bits as the three passes, when
    /// `blockwiseApplies`. Errors as in `scaledScoresAndWeights`.
    static func blockwise(
        queries q: Matrix, keys k: Matrix, values v: Matrix, divisor: Double?, allowed: [AttentionMask.AllowedKeys]
    ) throws(TransformerError) -> Matrices {
        let (queries, keys, depth, width) = (q.rows, k.rows, k.columns, v.columns)
        let (mr, kc) = (GEMM.mr, GEMM.kc)
        let threads = queries * keys * (depth + width) >= GEMM.parallelWorkThreshold ? GEMM.processorCount : 1
        // Blocks whose rows of scores, scaled scores and weights fit in 768 KiB of the 1 MiB L2
        // cache, and at least four blocks per thread.
        var blockRows = max(mr, min(16 * mr, 768 * 1024 / (3 * keys * 8) / mr * mr))
        if threads > 1 {
            let share = (queries + 4 * threads - 1) / (4 * threads)
            blockRows = max(mr, min(blockRows, (share + mr - 1) / mr * mr))
        }
        let rowsPerBlock = blockRows
        let blocks = (queries + rowsPerBlock - 1) / rowsPerBlock
        let problems = UnsafeMutablePointer<RowKernels.Problem?>.allocate(capacity: blocks)
        problems.initialize(repeating: nil, count: blocks)
        defer { problems.deinitialize(count: blocks); problems.deallocate() }
        let problemsOut = SendablePointer(pointer: problems)

        /// Every block, from raw Q and packed K and V into the four outputs.
        func run(_ qBase: UnsafePointer<Double>, _ packed: PackedKeysValues, scores: UnsafeMutablePointer<Double>,
                 scaled: UnsafeMutablePointer<Double>?, weights: UnsafeMutablePointer<Double>, output: UnsafeMutablePointer<Double>) {
            let out = (scores: SendablePointer(pointer: scores), scaled: scaled.map { SendablePointer(pointer: $0) },
                       weights: SendablePointer(pointer: weights), output: SendablePointer(pointer: output))
            let qOperand = StridedOperand(base: qBase, rowStride: depth, columnStride: 1)
            let (keyPanels, valuePanels) = ((keys + GEMM.nr - 1) / GEMM.nr, (width + GEMM.nr - 1) / GEMM.nr)
            forEachIndex(count: blocks, threads: threads) { next in
                let loan = ScratchPool.shared.borrow(count: (rowsPerBlock + mr) * min(kc, max(depth, keys)))
                defer { ScratchPool.shared.giveBack(loan) }
                while let block = next() {
                    let i0 = block * rowsPerBlock, rows = min(rowsPerBlock, queries - i0)
                    // This block's rows of S = Q·Kᵀ, slice by slice of d_k.
                    for p0 in stride(from: 0, to: depth, by: kc) {
                        GEMM.computeBlock(
                            a: qOperand, rows: i0, mc: rows, depth: p0, kc: min(kc, depth - p0),
                            packedB: UnsafePointer(packed.keys + p0 * packed.paddedKeys), panels: 0..<keyPanels, ncCur: keys,
                            c: out.scores.pointer + i0 * keys, ldc: keys, accumulate: p0 > 0, scratch: loan.pointer
                        )
                    }
                    // Their scaled scores and weights.
                    var failed = false
                    for i in i0..<(i0 + rows) {
                        if let problem = weightsRow(
                            scores: out.scores.pointer + i * keys, divisor: divisor, scaledOut: out.scaled.map { $0.pointer + i * keys },
                            weightsOut: out.weights.pointer + i * keys, count: keys, allowed: allowed[i]
                        ) {
                            problemsOut.pointer[block] = problem
                            failed = true
                            break
                        }
                    }
                    if failed { continue }
                    // Their rows of W·V, slice by slice of keys.
                    let wOperand = StridedOperand(base: out.weights.pointer + i0 * keys, rowStride: keys, columnStride: 1)
                    for p0 in stride(from: 0, to: keys, by: kc) {
                        GEMM.computeBlock(
                            a: wOperand, rows: 0, mc: rows, depth: p0, kc: min(kc, keys - p0),
                            packedB: UnsafePointer(packed.values + p0 * packed.paddedWidth), panels: 0..<valuePanels, ncCur: width,
                            c: out.output.pointer + i0 * width, ldc: width, accumulate: p0 > 0, scratch: loan.pointer
                        )
                    }
                }
            }
        }

        let count = queries * keys
        var scaledElements: [Double]?, weightsElements: [Double] = [], outputElements: [Double] = []
        let scoresElements = Matrix.uninitializedElements(count: count) { scores in
            weightsElements = Matrix.uninitializedElements(count: count) { weights in
                outputElements = Matrix.uninitializedElements(count: queries * width) { output in
                    q.elements.withUnsafeBufferPointer { qBuffer in
                        k.elements.withUnsafeBufferPointer { kBuffer in
                            v.elements.withUnsafeBufferPointer { vBuffer in
                                let packed = PackedKeysValues(k: kBuffer.baseAddress!, v: vBuffer.baseAddress, keys: keys, depth: depth, width: width)
                                defer { packed.giveBack() }
                                if divisor != nil {
                                    scaledElements = Matrix.uninitializedElements(count: count) { scaled in
                                        run(qBuffer.baseAddress!, packed, scores: scores, scaled: scaled, weights: weights, output: output)
                                    }
                                } else {
                                    run(qBuffer.baseAddress!, packed, scores: scores, scaled: nil, weights: weights, output: output)
                                }
                            }
                        }
                    }
                }
            }
        }
        if let problem = UnsafeBufferPointer(start: problems, count: blocks).lazy.compactMap({ $0 }).first {
            throw problem.error
        }
        let scores = Matrix(uncheckedRows: queries, columns: keys, elements: scoresElements)
        return Matrices(
            scores: scores,
            scaledScores: scaledElements.map { Matrix(uncheckedRows: queries, columns: keys, elements: $0) } ?? scores,
            weights: Matrix(uncheckedRows: queries, columns: keys, elements: weightsElements),
            output: Matrix(uncheckedRows: queries, columns: width, elements: outputElements)
        )
    }
}
