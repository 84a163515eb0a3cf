// The plain loops of `GEMM.multiply` for products too small to pay for packing.
extension GEMM {
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
}
