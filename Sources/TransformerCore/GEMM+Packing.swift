// Packing of the operands of `GEMM.blocked` into the panels that the micro-kernel reads contiguously.
extension GEMM {
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
}
