// Packing of the operands of `GEMM.blocked` into the panels that the micro-kernel reads contiguously.
//
// Every loop runs along the packed order (p outermost), so that the writes are sequential and the
// reads are whole rows or a few sequential streams; index arithmetic is unchecked (the offsets stay
// inside the operands, whose sizes the caller has checked).
extension GEMM {
    /// Packs B(p0 ..< p0+kc, j0 ..< j0+nc) as ⌈nc/nr⌉ panels; panel q holds, for each p, the nr values
    /// B(p0+p, j0+q·nr ..< j0+q·nr+nr) contiguously, zero-padded past column nc.
    static func packB(_ b: StridedOperand, rows p0: Int, kc: Int, columns j0: Int, nc: Int, into packed: UnsafeMutablePointer<Double>) {
        let panels = (nc + nr - 1) / nr
        let panelSize = nr &* kc
        if b.columnStride == 1 {
            // Rows of B are contiguous: each row p is read once, left to right, and its nr-wide
            // pieces go to row p of every panel.
            let fullPanels = nc / nr
            let raw = UnsafeMutableRawPointer(packed)
            for p in 0..<kc {
                let source = UnsafeRawPointer(b.base + ((p0 &+ p) &* b.rowStride &+ j0))
                for q in 0..<fullPanels {
                    let from = q &* 64, to = (q &* panelSize &+ p &* nr) &* 8
                    raw.storeBytes(of: source.loadUnaligned(fromByteOffset: from, as: SIMD4<Double>.self),
                                   toByteOffset: to, as: SIMD4<Double>.self)
                    raw.storeBytes(of: source.loadUnaligned(fromByteOffset: from &+ 32, as: SIMD4<Double>.self),
                                   toByteOffset: to &+ 32, as: SIMD4<Double>.self)
                }
                if fullPanels < panels {
                    let row = source.assumingMemoryBound(to: Double.self) + fullPanels &* nr
                    let destination = packed + (fullPanels &* panelSize &+ p &* nr)
                    let width = nc &- fullPanels &* nr
                    for jj in 0..<nr { destination[jj] = jj < width ? row[jj] : 0 }
                }
            }
        } else {
            // Columns of B are strided, typically contiguous (a transpose read in place): each panel
            // interleaves nr columns.
            for q in 0..<panels {
                let first = b.base + ((j0 &+ q &* nr) &* b.columnStride &+ p0 &* b.rowStride)
                interleave(first, step: b.rowStride, between: b.columnStride, count: min(nr, nc &- q &* nr),
                           lanes: nr, kc: kc, into: packed + q &* panelSize)
            }
        }
    }

    /// Packs A(i0 ..< i0+mc, p0 ..< p0+kc) as ⌈mc/mr⌉ micro-panels; micro-panel r holds, for each p,
    /// the mr values A(i0+r·mr ..< i0+r·mr+mr, p0+p) contiguously, zero-padded past row mc.
    static func packA(_ a: StridedOperand, rows i0: Int, mc: Int, depth p0: Int, kc: Int, into packed: UnsafeMutablePointer<Double>) {
        let microPanels = (mc + mr - 1) / mr
        for r in 0..<microPanels {
            let first = a.base + ((i0 &+ r &* mr) &* a.rowStride &+ p0 &* a.columnStride)
            interleave(first, step: a.columnStride, between: a.rowStride, count: min(mr, mc &- r &* mr),
                       lanes: mr, kc: kc, into: packed + r &* mr &* kc)
        }
    }

    /// destination[p·lanes + t] = first[t·between + p·step] for p < kc and t < count, and 0 for the
    /// lanes t from count to `lanes`: `count` strided sequences of length kc, interleaved.
    @inline(__always)
    static func interleave(
        _ first: UnsafePointer<Double>, step: Int, between: Int, count: Int, lanes: Int, kc: Int,
        into destination: UnsafeMutablePointer<Double>
    ) {
        if count == lanes && step == 1 {
            // The common case: whole rows (of A) or columns (of a transposed B), each contiguous.
            for p in 0..<kc {
                let to = destination + p &* lanes
                for t in 0..<lanes { to[t] = first[t &* between &+ p] }
            }
        } else {
            for p in 0..<kc {
                let to = destination + p &* lanes
                for t in 0..<lanes { to[t] = t < count ? first[t &* between &+ p &* step] : 0 }
            }
        }
    }
}
