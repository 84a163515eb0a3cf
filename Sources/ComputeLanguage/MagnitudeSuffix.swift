/// A magnitude suffix written after a number: `K` = 10³, `M` = 10⁶, `B` = 10⁹, `T` = 10¹².
public enum MagnitudeSuffix: String, Sendable, Hashable, CaseIterable {
    /// Thousand: `K` multiplies by 10³.
    case thousand = "K"
    /// Million: `M` multiplies by 10⁶.
    case million = "M"
    /// Billion: `B` multiplies by 10⁹.
    case billion = "B"
    /// Trillion: `T` multiplies by 10¹².
    case trillion = "T"

    /// The power of ten the suffix stands for: the written number is multiplied by 10^exponent.
    public var exponent: Int {
        switch self {
        case .thousand: 3
        case .million: 6
        case .billion: 9
        case .trillion: 12
        }
    }
}
