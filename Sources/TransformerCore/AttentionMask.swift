/// Which keys each query may attend to; a masked score becomes −∞ before softmax, so its weight is exactly 0.
///
/// In every case `true` means "may attend" (as in PyTorch's `scaled_dot_product_attention`).
public enum AttentionMask: Equatable, Hashable, Sendable {
    /// Every query attends to every key.
    case none
    /// Query i may attend to key j only when j ≤ i: the entries above the diagonal are masked.
    case causal
    /// Key j is attendable when `keys[j]` is true and masked (padding) when false; one entry per key.
    case padding(keys: [Bool])
    /// Padding given by length: keys 0..<n are real tokens, keys from n on are padding and masked (0 ≤ n ≤ keys).
    case validLength(Int)
    /// Query i may attend to key j when `allowed[i][j]` is true; one row per query, one column per key.
    case explicit(allowed: [[Bool]])
}
