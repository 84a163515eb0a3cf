#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Normalization {
    /// From this ε on, a variance or mean square below `ScaledReduction.squaresUnderflowBound` (2⁻⁹⁷⁰) is below
    /// 2⁻⁵⁴ ε and vanishes beside it, so what underflow took from it cannot change √(σ² + ε): 2⁻⁹¹⁶.
    static let epsilonHidingUnderflow = ScaledReduction.squaresUnderflowBound * 0x1p54

    /// (xⱼ − μ) / √(σ² + ε) for one row: plainly, the same bits as always, when μ and σ² + ε are finite and σ² is
    /// not where underflow could matter; otherwise on the row scaled by 2⁻ᵉ (2ᵉ ≤ max |xⱼ| < 2ᵉ⁺¹), where nothing
    /// overflows or underflows, and √(σ² + ε) taken as 2ᵉ·hypot(σ/2ᵉ, √ε/2ᵉ).
    static func standardized(_ row: [Double], epsilon: Double) -> [Double] {
        let width = Double(row.count)
        let mean = row.reduce(0, +) / width
        let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / width
        if mean.isFinite, (variance + epsilon).isFinite,
           variance >= ScaledReduction.squaresUnderflowBound || epsilon >= epsilonHidingUnderflow {
            let scale = 1 / (variance + epsilon).squareRoot()
            return row.map { ($0 - mean) * scale }
        }
        guard let e = ScaledReduction.commonExponent(row) else { return zerosOrNaN(row) }
        let x = row.map { ScaledReduction.scaled($0, by: -e) }
        let scaledMean = x.reduce(0, +) / width
        let centred = x.map { $0 - scaledMean }
        let deviation = (centred.reduce(0) { $0 + $1 * $1 } / width).squareRoot()
        return divided(centred, byRootOf: deviation, plus: epsilon, exponent: e)
    }

    /// xⱼ / √((1/d) Σₖ xₖ² + ε) for one row: plainly when (1/d) Σₖ xₖ² + ε is finite and the sum not where
    /// underflow could matter; otherwise on the row scaled by 2⁻ᵉ as in `standardized(_:epsilon:)`.
    static func rootMeanSquareNormalized(_ row: [Double], epsilon: Double) -> [Double] {
        let width = Double(row.count)
        let squares = row.reduce(0) { $0 + $1 * $1 }
        if (squares / width + epsilon).isFinite,
           squares >= ScaledReduction.squaresUnderflowBound || epsilon >= epsilonHidingUnderflow {
            let scale = 1 / (squares / width + epsilon).squareRoot()
            return row.map { $0 * scale }
        }
        guard let e = ScaledReduction.commonExponent(row) else { return zerosOrNaN(row) }
        let x = row.map { ScaledReduction.scaled($0, by: -e) }
        let root = (x.reduce(0) { $0 + $1 * $1 } / width).squareRoot()
        return divided(x, byRootOf: root, plus: epsilon, exponent: e)
    }

    /// cⱼ · 2ᵉ / √((s · 2ᵉ)² + ε) for values c and a root s of a row scaled by 2⁻ᵉ (|cⱼ| < 4, s < 4): the
    /// denominator over 2ᵉ is hypot(s, √ε · 2⁻ᵉ), where √ε · 2⁻ᵉ is finite: √ε < 2⁵¹², and e < −512 only in a row
    /// scaled for underflow, which needs ε < 2⁻⁹¹⁶, so √ε · 2⁻ᵉ < 2⁻⁴⁵⁸ · 2¹⁰⁷⁴. All zeros (s = 0 with ε vanishing
    /// at this scale, a constant row of huge values) stay zeros.
    private static func divided(_ values: [Double], byRootOf root: Double, plus epsilon: Double, exponent e: Int) -> [Double] {
        let denominator = hypot(root, ScaledReduction.scaled(epsilon.squareRoot(), by: -e))
        guard denominator > 0 else { return values.map { _ in 0 } }
        return values.map { $0 / denominator }
    }

    /// What a row with nothing to scale normalizes to: zeros for a row of zeros, NaN throughout for a row with an
    /// infinity or a NaN (as the plain formula gives), never a quiet 0 for an infinite input.
    private static func zerosOrNaN(_ row: [Double]) -> [Double] {
        let finite = row.allSatisfy { $0.isFinite }
        return row.map { _ in finite ? 0 : .nan }
    }
}
