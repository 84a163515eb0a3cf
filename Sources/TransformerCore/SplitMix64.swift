/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's `splitmix64.c`): 64 random bits per step, the same on every machine.
///
/// Each step: s ← s + 0x9E3779B97F4A7C15 (mod 2⁶⁴); z ← s; z ← (z ⊕ (z ≫ 30)) × 0xBF58476D1CE4E5B9;
/// z ← (z ⊕ (z ≫ 27)) × 0x94D049BB133111EB; output z ⊕ (z ≫ 31) (products mod 2⁶⁴).
public struct SplitMix64: RandomNumberGenerator, Equatable, Hashable, Sendable {
    /// The generator's state s.
    public private(set) var state: UInt64

    /// A generator whose state starts at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1): u = (next() ≫ 11) · 2⁻⁵³, exact in binary64.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
