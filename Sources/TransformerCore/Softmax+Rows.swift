import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Softmax {
    /// Replaces every row z of `matrix` by softmax(z / T): zᵢ ↦ exp((zᵢ − max z) / T) / Σⱼ exp((zⱼ − max z) / T).
    ///
    /// The same function as `apply(rowsOf:temperature:)`, row by row, without copying: the maximum
    /// is subtracted first so every exponent is ≤ 0, a −∞ entry (a masked position) becomes exactly 0,
    /// the exponentials use the vectorised `VectorExp.exp` (within 1 ulp of `exp`) and the division
    /// by the sum a multiplication by its reciprocal, so results agree with `apply` to a few units in
    /// the last place. Large matrices are split by rows over the
    /// processors; each row is computed by one thread in a fixed order, so results are deterministic.
    ///
    /// Errors, checked for every row before anything is changed (on error `matrix` is unchanged),
    /// in the order `apply` would meet them: T ≤ 0 or not finite; a matrix with rows but no columns;
    /// a NaN or +∞ logit; a row whose logits are all −∞.
    public static func applyRows(inPlace matrix: inout Matrix, temperature: Double = 1) throws(TransformerError) {
        guard temperature > 0, temperature.isFinite else {
            throw .invalidArgument(name: "temperature", value: temperature, requirement: "finite and greater than 0")
        }
        let rows = matrix.rows, columns = matrix.columns
        guard rows > 0 else { return }
        guard columns > 0 else { throw .empty(operation: "softmax") }
        let threads = rows * columns >= RowKernels.parallelThreshold ? min(GEMM.processorCount, rows) : 1
        let chunks = threads > 1 ? min(rows, threads * 4) : 1

        // Pass 1: the maximum of every row, and the first problem in row order.
        let maxima = UnsafeMutablePointer<Double>.allocate(capacity: rows)
        defer { maxima.deallocate() }
        let problems = UnsafeMutablePointer<RowKernels.Problem?>.allocate(capacity: chunks)
        problems.initialize(repeating: nil, count: chunks)
        defer { problems.deinitialize(count: chunks); problems.deallocate() }
        let problem: RowKernels.Problem? = matrix.elements.withUnsafeBufferPointer { buffer in
            let base = SendablePointer(pointer: UnsafeMutablePointer(mutating: buffer.baseAddress!))
            let maximaOut = SendablePointer(pointer: maxima)
            let problemsOut = SendablePointer(pointer: problems)
            RowKernels.run(chunks: chunks, threads: threads) { chunk in
                for row in (chunk * rows / chunks)..<((chunk + 1) * rows / chunks) {
                    let (maximum, bad) = RowKernels.maximum(UnsafePointer(base.pointer + row * columns), count: columns)
                    maximaOut.pointer[row] = maximum
                    if let bad {
                        problemsOut.pointer[chunk] = .badLogit(bad)
                        return
                    }
                    if maximum == -.infinity {
                        problemsOut.pointer[chunk] = .allMasked
                        return
                    }
                }
            }
            return UnsafeBufferPointer(start: problems, count: chunks).lazy.compactMap { $0 }.first
        }
        if let problem { throw problem.error }

        // Pass 2: exponentials in place, their sum, and the scaling by 1 / sum.
        matrix.withUnsafeMutableElements { buffer in
            let base = SendablePointer(pointer: buffer.baseAddress!)
            let maximaIn = SendablePointer(pointer: maxima)
            RowKernels.run(chunks: chunks, threads: threads) { chunk in
                for row in (chunk * rows / chunks)..<((chunk + 1) * rows / chunks) {
                    RowKernels.softmax(base.pointer + row * columns, count: columns,
                                       maximum: maximaIn.pointer[row], temperature: temperature)
                }
            }
        }
    }
}

/// The vectorised pieces of the row softmax.
enum RowKernels {
    /// From this many elements on, the rows are shared among the processors.
    static let parallelThreshold = 1 << 15

    /// What makes a row's softmax undefined: a NaN or +∞ logit, or every logit −∞.
    enum Problem {
        case badLogit(Double), allMasked

        /// The error that `Softmax.apply` reports for it.
        var error: TransformerError {
            switch self {
            case let .badLogit(value): .invalidArgument(name: "logit", value: value, requirement: "finite or −∞")
            case .allMasked: .invalidArgument(name: "largest logit", value: -.infinity, requirement: "finite (all logits are −∞)")
            }
        }
    }

    /// Runs `body(chunk)` for chunk in 0..<chunks, on `threads` threads when more than one.
    static func run(chunks: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        forEachIndex(count: chunks, threads: threads) { next in
            while let chunk = next() { body(chunk) }
        }
    }

    /// The maximum of x[0..<count] and the first NaN or +∞ among them, if any.
    static func maximum(_ x: UnsafePointer<Double>, count: Int) -> (Double, bad: Double?) {
        let raw = UnsafeRawPointer(x)
        var m0 = SIMD4<Double>(repeating: -.infinity), m1 = m0
        // 1 in a lane that has seen a NaN or +∞ (both fail `v < +∞`).
        var flags = SIMD4<Double>()
        let infinity = SIMD4<Double>(repeating: .infinity)
        var j = 0
        while j &+ 8 <= count {
            let v0 = raw.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self)
            let v1 = raw.loadUnaligned(fromByteOffset: (j &+ 4) &* 8, as: SIMD4<Double>.self)
            flags = flags.replacing(with: 1, where: .!(v0 .< infinity))
            flags = flags.replacing(with: 1, where: .!(v1 .< infinity))
            m0 = m0.replacing(with: v0, where: v0 .> m0)
            m1 = m1.replacing(with: v1, where: v1 .> m1)
            j &+= 8
        }
        m0 = m0.replacing(with: m1, where: m1 .> m0)
        var maximum = max(max(m0[0], m0[1]), max(m0[2], m0[3]))
        var anyInvalid = flags != SIMD4()
        while j < count {
            let v = x[j]
            if !(v < .infinity) { anyInvalid = true }
            if v > maximum { maximum = v }
            j &+= 1
        }
        if anyInvalid {
            for index in 0..<count where !(x[index] < .infinity) { return (maximum, x[index]) }
        }
        return (maximum, nil)
    }

    /// y[j·stride] = exp(x[j] − maximum) for j in 0..<count, for the fused attention, which writes
    /// the weights straight into the packed layout of the GEMM; returns Σⱼ y[j·stride], summed in a
    /// fixed order.
    static func exponentials(_ x: UnsafePointer<Double>, count: Int, maximum: Double,
                             into y: UnsafeMutablePointer<Double>, stride: Int) -> Double {
        let raw = UnsafeRawPointer(x)
        let shift = SIMD8<Double>(repeating: maximum)
        var sums = SIMD8<Double>()
        var j = 0
        while j &+ 8 <= count {
            let v = VectorExp.exp(raw.loadUnaligned(fromByteOffset: j &* 8, as: SIMD8<Double>.self) - shift)
            sums += v
            let out = y + j &* stride
            out[0] = v[0]; out[stride] = v[1]; out[2 &* stride] = v[2]; out[3 &* stride] = v[3]
            out[4 &* stride] = v[4]; out[5 &* stride] = v[5]; out[6 &* stride] = v[6]; out[7 &* stride] = v[7]
            j &+= 8
        }
        var total = (sums.lowHalf + sums.highHalf).sum()
        while j < count {
            let e = libmExp(x[j] - maximum)
            y[j &* stride] = e
            total += e
            j &+= 1
        }
        return total
    }

    /// x ↦ softmax((x − maximum) / temperature) in place, for a row whose maximum is finite.
    static func softmax(_ x: UnsafeMutablePointer<Double>, count: Int, maximum: Double, temperature: Double) {
        let raw = UnsafeMutableRawPointer(x)
        let shift = SIMD8<Double>(repeating: maximum)
        let divisor = SIMD8<Double>(repeating: temperature)
        let scaled = temperature != 1
        var sums = SIMD8<Double>()
        var j = 0
        while j &+ 8 <= count {
            var v = raw.loadUnaligned(fromByteOffset: j &* 8, as: SIMD8<Double>.self) - shift
            if scaled { v /= divisor }
            v = VectorExp.exp(v)
            sums += v
            raw.storeBytes(of: v, toByteOffset: j &* 8, as: SIMD8<Double>.self)
            j &+= 8
        }
        var total = (sums.lowHalf + sums.highHalf).sum()
        while j < count {
            let e = libmExp((x[j] - maximum) / temperature)
            x[j] = e
            total += e
            j &+= 1
        }
        let inverse = 1 / total
        let scale = SIMD4<Double>(repeating: inverse)
        j = 0
        while j &+ 4 <= count {
            let v = raw.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self)
            raw.storeBytes(of: v * scale, toByteOffset: j &* 8, as: SIMD4<Double>.self)
            j &+= 4
        }
        while j < count {
            x[j] *= inverse
            j &+= 1
        }
    }
}

/// The exponential of four `Double`s at once, within about 1 ulp of the C library's `exp`.
///
/// exp(x) = 2ⁿ · exp(r) with n = round(x / ln 2) and r = x − n·ln 2 (ln 2 in two parts,
/// |r| ≤ ln 2 / 2), exp(r) = 1 + r + r²·q(r) where q is a degree-9 near-minimax (Chebyshev)
/// fit of (eʳ − 1 − r)/r² on [−ln 2/2, ln 2/2] (truncation error below 2·10⁻¹⁷ relative),
/// evaluated in Estrin's scheme for a short dependency chain, and 2ⁿ applied as two powers of two
/// built in the exponent bits, 2^⌊n/2⌋ · 2^(n−⌊n/2⌋), so that subnormal results are rounded once.
/// No branches: x is clamped to [−746, 710] first, so −∞ (and anything below −745.14) gives
/// exactly 0, +∞ (and anything above 709.79) gives +∞, and NaN stays NaN.
enum VectorExp {
    /// exp of four lanes.
    @inline(__always)
    static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        core(clamp(x), bits: SIMD4<UInt64>.self)
    }

    /// exp of eight lanes: two independent four-lane chains, interleaved instruction by instruction,
    /// which keeps the floating-point units busier than one chain after the other.
    @inline(__always)
    static func exp(_ x: SIMD8<Double>) -> SIMD8<Double> {
        core(SIMD8(lowHalf: clamp(x.lowHalf), highHalf: clamp(x.highHalf)), bits: SIMD8<UInt64>.self)
    }

    /// x clamped to [−746, 710], NaN kept (one `vmaxpd` and one `vminpd`; the masked
    /// `replacing` of SIMD8 would go lane by lane).
    @inline(__always)
    static func clamp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let y = x.replacing(with: -746, where: x .< SIMD4(repeating: -746))
        return y.replacing(with: 710, where: y .> SIMD4(repeating: 710))
    }

    /// exp on the clamped range [−746, 710] (NaN stays NaN).
    @inline(__always)
    static func core<V: SIMD, U: SIMD>(_ y: V, bits: U.Type) -> V where V.Scalar == Double, U.Scalar == UInt64 {
        let shifter = V(repeating: 0x1.8p52)
        // t = y·log₂e + 1.5·2⁵², rounded: its low mantissa bits hold n = round(y·log₂e).
        let t = shifter.addingProduct(y, V(repeating: 0x1.71547652b82fep0))
        let n = t - shifter
        var r = y.addingProduct(n, V(repeating: -0x1.62e42fefa39efp-1))
        r = r.addingProduct(n, V(repeating: -0x1.abc9e3b39803fp-56))
        let r2 = r * r
        let r4 = r2 * r2
        let a0 = V(repeating: 0x1.0000000000001p-1).addingProduct(r, V(repeating: 0x1.5555555555556p-3))
        let a1 = V(repeating: 0x1.5555555553d68p-5).addingProduct(r, V(repeating: 0x1.11111111109b5p-7))
        let a2 = V(repeating: 0x1.6c16c17889ef1p-10).addingProduct(r, V(repeating: 0x1.a01a01a7c2efep-13))
        let a3 = V(repeating: 0x1.a019b9149a41cp-16).addingProduct(r, V(repeating: 0x1.71de0db2f6b19p-19))
        let a4 = V(repeating: 0x1.28917c89a43a7p-22).addingProduct(r, V(repeating: 0x1.af389ecfc4b9cp-26))
        let b0 = a0.addingProduct(a1, r2)
        let b1 = a2.addingProduct(a3, r2)
        let q = b0.addingProduct(b1.addingProduct(a4, r4), r4)
        let p = V(repeating: 1) + r.addingProduct(r2, q)
        // n ∈ [−1076, 1024]. With u = n + 2048 > 0: ⌊n/2⌋ = (u >> 1) − 1024, so the biased
        // exponents are (u >> 1) − 1 and n − ⌊n/2⌋ + 1023, each in [485, 1535]: normal numbers.
        let u = unsafeBitCast(t, to: U.self) &- (unsafeBitCast(shifter, to: U.self) &- U(repeating: 2048))
        let e1 = (u &>> 1) &- U(repeating: 1)
        let e2 = u &- e1 &- U(repeating: 2)
        let s1 = unsafeBitCast(e1 &<< 52, to: V.self)
        let s2 = unsafeBitCast(e2 &<< 52, to: V.self)
        return p * s1 * s2
    }
}

/// The C library's `exp` (a name that `VectorExp.exp` does not shadow).
@inline(__always)
func libmExp(_ x: Double) -> Double { exp(x) }
