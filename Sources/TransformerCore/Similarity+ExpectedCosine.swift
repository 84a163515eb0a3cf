#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Similarity {
    /// E|cos θ| for two independent standard Gaussian vectors in d dimensions: Γ(d/2) / (√π · Γ((d+1)/2)).
    ///
    /// d = 1 gives 1 (cos θ = ±1), d = 2 gives 2/π, and for large d it approaches √(2/(πd)); d must be ≥ 1.
    /// Accurate to a few units in the last place for every d (see `expectedAbsoluteCosine(realDimension:)`).
    public static func expectedAbsoluteCosine(dimension: Int) throws(TransformerError) -> Double {
        guard dimension >= 1 else {
            throw .invalidArgument(name: "dimension", value: Double(dimension), requirement: "at least 1")
        }
        return expectedAbsoluteCosine(realDimension: Double(dimension))
    }

    /// Γ(x) / (√π · Γ(x + ½)) with x = d/2, for a real d ≥ 1 (up to 1e300 and beyond).
    ///
    /// Below d = 20 the ratio of `tgamma` values; from d = 20 on, with x = d/2,
    /// ln Γ(x) − ln Γ(x + ½) = −½ ln x + f(x), f(x) = ½ − x·ln(1 + 1/(2x)) + S(x) − S(x + ½), where
    /// S(z) = Σₖ B₂ₖ / (2k(2k−1) z²ᵏ⁻¹) is Stirling's series to k = 8 (truncation below 10⁻¹⁸ for x ≥ 10),
    /// so the result is e^f / √(πx): f is small (about 1/(8x)) and keeps its absolute precision, where the
    /// difference of two large ln Γ values would lose it (the old lgamma form gave 0.564 at d = 10¹⁶).
    public static func expectedAbsoluteCosine(realDimension d: Double) -> Double {
        if d < 20 { return Swift.min(1, tgamma(d / 2) / (tgamma((d + 1) / 2) * Double.pi.squareRoot())) }
        let x = d / 2
        let f = 0.5 - x * log1p(0.5 / x) + stirlingTail(x) - stirlingTail(x + 0.5)
        return exp(f) / (Double.pi * x).squareRoot()
    }

    /// Σₖ₌₁⁸ B₂ₖ / (2k(2k−1) z²ᵏ⁻¹): ln Γ(z) − ((z − ½) ln z − z + ½ ln 2π), for z ≥ 10.
    private static func stirlingTail(_ z: Double) -> Double {
        let coefficients: [Double] = [
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400,
        ]
        let inverseSquare = 1 / (z * z)
        return coefficients.reversed().reduce(0) { $0 * inverseSquare + $1 } / z
    }
}
