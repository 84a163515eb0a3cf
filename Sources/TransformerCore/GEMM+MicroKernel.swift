// The register-blocked micro-kernel of `GEMM.blocked`.
extension GEMM {
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
