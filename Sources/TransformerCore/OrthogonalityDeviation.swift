/// How far the columns of W are from orthonormal, measured on the Gram matrix G = WᵀW.
public struct OrthogonalityDeviation: Equatable, Hashable, Sendable {
    /// ‖WᵀW − I‖_F = √(Σᵢⱼ (G(i, j) − δᵢⱼ)²); 0 exactly when the columns are orthonormal.
    public let frobeniusNorm: Double
    /// maxᵢ≠ⱼ |G(i, j)|, the largest dot product between two different columns; 0 when there is one column.
    public let largestOffDiagonal: Double
}
