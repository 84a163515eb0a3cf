/// The unit of an entropy: nats (natural logarithm) or bits (logarithm base 2); 1 bit = ln 2 nats.
public enum InformationUnit: String, Equatable, Hashable, Sendable, CaseIterable {
    /// Natural units: H = −Σ pᵢ ln pᵢ.
    case nats
    /// Binary units: H = −Σ pᵢ log₂ pᵢ = H_nats / ln 2.
    case bits

    /// The number of nats in one of this unit: 1 for nats, ln 2 for bits.
    public var natsPerUnit: Double {
        switch self {
        case .nats: 1
        case .bits: 0.693_147_180_559_945_3
        }
    }
}
