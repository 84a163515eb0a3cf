/// Sums, means, dot products and Euclidean norms that are finite, and accurate, wherever the true value is.
///
/// Each is computed plainly first, which is exact to the bit what a plain loop gives; only when that result
/// overflowed (or, for a sum of squares, fell below 2⁻⁹⁷⁰, where squares lose digits to underflow) is it
/// computed again on the values multiplied by 2⁻ᵉ, with 2ᵉ ≤ the largest |xᵢ| < 2ᵉ⁺¹, and the result multiplied
/// back by 2ᵉ (as LAPACK's dnrm2 and C's `hypot` scale). Powers of two scale exactly, so the common path costs
/// one comparison more than a plain loop. A scaled sum loses only terms below 2⁻¹⁰⁷⁴ of the largest, within
/// the error bound of any floating-point sum (n·ε·Σ|terms|): where huge terms cancel, a term of 1 beside
/// two of 1e308 may vanish, as it does in a plain sum of 1e300 + 1 − 1e300.
public enum ScaledReduction {
    /// 2⁻⁹⁷⁰ (the least normal number over ε): a sum of squares at least this large lost nothing that matters to
    /// underflow, since the squares that underflowed are each below 2⁻¹⁰²² (a relative 2⁻⁵² of it at most).
    public static let squaresUnderflowBound = Double.leastNormalMagnitude / Double.ulpOfOne

    /// Σᵢ xᵢ, and 0 for no values; if the plain sum overflows though every xᵢ is finite, the scaled sum.
    public static func sum(_ values: [Double]) -> Double {
        let plain = values.reduce(0, +)
        guard !plain.isFinite, let e = commonExponent(values) else { return plain }
        return scaled(values.reduce(0) { $0 + scaled($1, by: -e) }, by: e)
    }

    /// (1/n) Σᵢ xᵢ for n ≥ 1 values (NaN for none); finite whenever every xᵢ is, even where Σᵢ xᵢ overflows.
    public static func mean(_ values: [Double]) -> Double {
        let count = Double(values.count)
        let plain = values.reduce(0, +) / count
        guard !plain.isFinite, let e = commonExponent(values) else { return plain }
        return scaled(values.reduce(0) { $0 + scaled($1, by: -e) } / count, by: e)
    }

    /// a · b = Σᵢ aᵢ bᵢ over the common length; if the plain sum overflows though every term is finite (products
    /// beyond the range that cancel), a and b are scaled apart by 2⁻ᵉᵃ and 2⁻ᵉᵇ and the sum by 2ᵉᵃ⁺ᵉᵇ.
    public static func dot(_ a: [Double], _ b: [Double]) -> Double {
        let plain = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
        guard !plain.isFinite, let ea = commonExponent(a), let eb = commonExponent(b) else { return plain }
        return scaled(zip(a, b).reduce(0) { $0 + scaled($1.0, by: -ea) * scaled($1.1, by: -eb) }, by: ea + eb)
    }

    /// ‖x‖ = √(Σᵢ xᵢ²), 0 for no values; finite whenever every xᵢ is, and accurate for |xᵢ| down to the least
    /// subnormal: √(Σᵢ xᵢ²) when that sum is finite and at least `squaresUnderflowBound`, else 2ᵉ √(Σᵢ (2⁻ᵉxᵢ)²).
    /// An infinite xᵢ gives +∞ and a NaN gives NaN.
    public static func euclideanNorm(_ values: [Double]) -> Double {
        let squares = values.reduce(0) { $0 + $1 * $1 }
        if squares.isFinite, squares >= squaresUnderflowBound { return squares.squareRoot() }
        if values.contains(where: \.isNaN) { return .nan }
        if values.contains(where: \.isInfinite) { return .infinity }
        guard let e = commonExponent(values) else { return 0 }
        return scaled(values.reduce(0) { $0 + scaled($1, by: -e) * scaled($1, by: -e) }.squareRoot(), by: e)
    }

    /// The exponent e of the largest |xᵢ| (2ᵉ ≤ |xᵢ| < 2ᵉ⁺¹, subnormals included), or nil when every xᵢ is 0 or
    /// one is not finite (there is nothing to scale).
    public static func commonExponent(_ values: [Double]) -> Int? {
        var largest = 0.0
        for value in values {
            guard value.isFinite else { return nil }
            largest = Swift.max(largest, value.magnitude)
        }
        return largest > 0 ? Int(largest.exponent) : nil
    }

    /// x · 2ᵏ, exact unless it overflows or falls among the subnormals (C's `scalbn`).
    @inline(__always)
    public static func scaled(_ x: Double, by k: Int) -> Double {
        Double(sign: .plus, exponent: k, significand: x)
    }
}
