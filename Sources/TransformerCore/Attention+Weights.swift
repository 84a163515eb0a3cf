extension Attention {
    /// The scaled scores S / divisor (S itself when `divisor` is nil) and the weights
    /// softmax(mask(S / divisor)) by rows, in one pass over the rows, which the processors share.
    ///
    /// Each row is read once: its scaled scores are written out and copied into the weights, where
    /// the masked keys become −∞ and the row softmax (`RowKernels.softmax`) runs while the row is
    /// in cache. The operations are those of dividing, `AttentionMask.apply` and
    /// `Softmax.applyRows(inPlace:)` one after the other, so the results are the same bits; each row
    /// is computed by one thread, so they are deterministic.
    ///
    /// Errors: a NaN or +∞ scaled score in an allowed position, or a row whose allowed scores are
    /// all −∞, as `Softmax.apply` reports them, for the first such row.
    static func scaledScoresAndWeights(
        _ scores: Matrix, divisor: Double?, allowed: [AttentionMask.AllowedKeys]
    ) throws(TransformerError) -> (scaled: Matrix, weights: Matrix) {
        let rows = scores.rows, keys = scores.columns, count = rows * keys
        precondition(allowed.count == rows, "one entry of allowed keys per row")
        let threads = count >= RowKernels.parallelThreshold ? min(GEMM.processorCount, rows) : 1
        let chunks = threads > 1 ? min(rows, threads * 4) : 1
        let problems = UnsafeMutablePointer<RowKernels.Problem?>.allocate(capacity: chunks)
        problems.initialize(repeating: nil, count: chunks)
        defer { problems.deinitialize(count: chunks); problems.deallocate() }
        let problemsOut = SendablePointer(pointer: problems)

        /// Every row, from `source` (the scores) into `scaledOut` (when dividing) and `weightsOut`.
        func fill(source: UnsafePointer<Double>, scaledOut: UnsafeMutablePointer<Double>?, weightsOut: UnsafeMutablePointer<Double>) {
            let shared = (
                source: SendablePointer(pointer: UnsafeMutablePointer(mutating: source)),
                scaled: scaledOut.map { SendablePointer(pointer: $0) }, weights: SendablePointer(pointer: weightsOut)
            )
            forEachIndex(count: chunks, threads: threads) { next in
                while let chunk = next() {
                    for row in (chunk * rows / chunks)..<((chunk + 1) * rows / chunks) {
                        let offset = row * keys
                        if let problem = weightsRow(
                            scores: shared.source.pointer + offset, divisor: divisor, scaledOut: shared.scaled.map { $0.pointer + offset },
                            weightsOut: shared.weights.pointer + offset, count: keys, allowed: allowed[row]
                        ) {
                            problemsOut.pointer[chunk] = problem
                            break
                        }
                    }
                }
            }
        }

        var scaledElements: [Double]?
        let weightsElements = Matrix.uninitializedElements(count: count) { weightsOut in
            scores.elements.withUnsafeBufferPointer { source in
                let source = source.baseAddress!
                if divisor != nil {
                    scaledElements = Matrix.uninitializedElements(count: count) { scaledOut in
                        fill(source: source, scaledOut: scaledOut, weightsOut: weightsOut)
                    }
                } else {
                    fill(source: source, scaledOut: nil, weightsOut: weightsOut)
                }
            }
        }
        if let problem = UnsafeBufferPointer(start: problems, count: chunks).lazy.compactMap({ $0 }).first {
            throw problem.error
        }
        let scaled = scaledElements.map { Matrix(uncheckedRows: rows, columns: keys, elements: $0) } ?? scores
        return (scaled, Matrix(uncheckedRows: rows, columns: keys, elements: weightsElements))
    }

    /// One row of `scaledScoresAndWeights`: the scaled scores (when `divisor` is not nil) into
    /// `scaledOut`, and the weights into `weightsOut`; nil, or the problem that leaves the row's
    /// softmax undefined (the weights are then unspecified).
    @inline(__always)
    static func weightsRow(
        scores: UnsafePointer<Double>, divisor: Double?, scaledOut: UnsafeMutablePointer<Double>?,
        weightsOut weights: UnsafeMutablePointer<Double>, count: Int, allowed: AttentionMask.AllowedKeys
    ) -> RowKernels.Problem? {
        if let divisor, let scaledOut {
            divide(scores, by: divisor, into: scaledOut, and: weights, count: count)
        } else {
            weights.update(from: scores, count: count)
        }
        allowed.mask(weights, count: count)
        let (maximum, bad) = RowKernels.maximum(weights, count: count)
        if let bad { return .badLogit(bad) }
        if maximum == -.infinity { return .allMasked }
        RowKernels.softmax(weights, count: count, maximum: maximum, temperature: 1)
        return nil
    }

    /// first[j] = second[j] = x[j] / divisor for j in 0..<count.
    @inline(__always)
    private static func divide(
        _ x: UnsafePointer<Double>, by divisor: Double, into first: UnsafeMutablePointer<Double>,
        and second: UnsafeMutablePointer<Double>, count: Int
    ) {
        let raw = UnsafeRawPointer(x), out1 = UnsafeMutableRawPointer(first), out2 = UnsafeMutableRawPointer(second)
        let d = SIMD4<Double>(repeating: divisor)
        var j = 0
        while j &+ 4 <= count {
            let v = raw.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self) / d
            out1.storeBytes(of: v, toByteOffset: j &* 8, as: SIMD4<Double>.self)
            out2.storeBytes(of: v, toByteOffset: j &* 8, as: SIMD4<Double>.self)
            j &+= 4
        }
        while j < count {
            let v = x[j] / divisor
            first[j] = v
            second[j] = v
            j &+= 1
        }
    }
}
