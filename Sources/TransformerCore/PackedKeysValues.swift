/// K and V packed once for the GEMM micro-kernel, as the B operands of S = Q·Kᵀ and O = W·V, so
/// that attention can compute block after block of query rows without packing them again.
///
/// Both live in buffers borrowed from `ScratchPool.shared`; call `giveBack()` when done.
struct PackedKeysValues: @unchecked Sendable {
    /// Kᵀ as the B operand: slice p0 (rows p0 ..< p0+kc of Kᵀ, every panel of `nr` keys) starts at
    /// `p0 · paddedKeys`.
    let keys: UnsafeMutablePointer<Double>
    /// V as the B operand: slice p0 (keys p0 ..< p0+kc, every panel of `nr` columns) starts at
    /// `p0 · paddedWidth`; nothing when V has no columns.
    let values: UnsafeMutablePointer<Double>
    /// The number of keys rounded up to whole panels.
    let paddedKeys: Int
    /// The number of columns of V rounded up to whole panels.
    let paddedWidth: Int
    private let loans: [ScratchPool.Loan]

    /// Packs K (keys × depth) and V (keys × width), both row-major.
    init(k: UnsafePointer<Double>, v: UnsafePointer<Double>?, keys: Int, depth: Int, width: Int) {
        let nr = GEMM.nr, kc = GEMM.kc
        paddedKeys = (keys + nr - 1) / nr * nr
        paddedWidth = (width + nr - 1) / nr * nr
        let pool = ScratchPool.shared
        loans = [pool.borrow(count: depth * paddedKeys), pool.borrow(count: keys * paddedWidth)]
        self.keys = loans[0].pointer
        self.values = loans[1].pointer
        let kOperand = StridedOperand(base: k, rowStride: 1, columnStride: depth)
        for p0 in stride(from: 0, to: depth, by: kc) {
            GEMM.packB(kOperand, rows: p0, kc: min(kc, depth - p0), columns: 0, nc: keys, into: self.keys + p0 * paddedKeys)
        }
        if let v, width > 0 {
            let vOperand = StridedOperand(base: v, rowStride: width, columnStride: 1)
            for p0 in stride(from: 0, to: keys, by: kc) {
                GEMM.packB(vOperand, rows: p0, kc: min(kc, keys - p0), columns: 0, nc: width, into: values + p0 * paddedWidth)
            }
        }
    }

    /// Returns the buffers to the pool; the pointers must not be used afterwards.
    func giveBack() {
        for loan in loans { ScratchPool.shared.giveBack(loan) }
    }
}
