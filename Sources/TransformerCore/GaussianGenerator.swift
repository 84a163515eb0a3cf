/// Standard normal numbers from a seed, bit-for-bit the same on every machine (only IEEE +, −, ×, ÷ and √).
///
/// Algorithm (re-implemented in `scripts/reference.py`, whose first outputs the tests check):
/// 1. Uniforms u ∈ [0, 1) from `SplitMix64(seed:)`: u = (next() ≫ 11) · 2⁻⁵³.
/// 2. Marsaglia's polar method: x = 2u₁ − 1, y = 2u₂ − 1, s = x·x + y·y, drawing new pairs until
///    0 < s < 1; then f = √((−2 · ln s) / s) and the outputs are x·f, then y·f (two per accepted pair).
/// 3. ln s is computed here rather than by the platform's libm (whose last bit may differ):
///    s = m · 2ᵉ with m ∈ [½, 1) (frexp); if m < √½ then m ← 2m, e ← e − 1; t = (m − 1) / (m + 1),
///    w = t·t; p = 1/23, then p ← 1/k + w·p for k = 21, 19, …, 3 (each 1/k rounded once);
///    ln s = e · ln 2 + (2·t) · (1 + w·p), with ln 2 = 0.6931471805599453. Accurate to a few ulps.
public struct GaussianGenerator: Equatable, Hashable, Sendable {
    /// The source of uniform numbers.
    private var uniforms: SplitMix64
    /// The second output of the last accepted pair, returned by the next call.
    private var pending: Double?

    /// A generator whose uniforms come from `SplitMix64(seed: seed)`.
    public init(seed: UInt64) {
        uniforms = SplitMix64(seed: seed)
    }

    /// The next standard normal number (mean 0, variance 1).
    public mutating func next() -> Double {
        if let value = pending {
            pending = nil
            return value
        }
        while true {
            let x = 2 * uniforms.nextUniform() - 1
            let y = 2 * uniforms.nextUniform() - 1
            let s = x * x + y * y
            guard s > 0, s < 1 else { continue }
            let factor = ((-2 * Self.naturalLogarithm(s)) / s).squareRoot()
            pending = y * factor
            return x * factor
        }
    }

    /// ln x for a normal positive x, by the frexp reduction and atanh series written in the type's summary.
    static func naturalLogarithm(_ x: Double) -> Double {
        var m = x.significand / 2
        var e = Int(x.exponent) + 1
        if m < 0.707_106_781_186_547_6 {
            m *= 2
            e -= 1
        }
        let t = (m - 1) / (m + 1)
        let w = t * t
        var p = 1.0 / 23
        for k in stride(from: 21, through: 3, by: -2) { p = 1.0 / Double(k) + w * p }
        return Double(e) * 0.693_147_180_559_945_3 + (2 * t) * (1 + w * p)
    }
}
