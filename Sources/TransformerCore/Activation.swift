#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An element-wise nonlinearity of a feed-forward layer.
public enum Activation: String, Equatable, Hashable, Sendable, CaseIterable {
    /// ReLU(x) = max(0, x).
    case relu
    /// GELU, exact form: GELU(x) = x·Φ(x) = 0.5·x·(1 + erf(x/√2)).
    case gelu
    /// GELU, tanh approximation: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
    case geluTanh
    /// Swish / SiLU (β = 1): Swish(x) = x·σ(x) = x / (1 + e^(−x)).
    case swish

    /// The activation of one number.
    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .relu:
            return max(0, x)
        case .gelu:
            return 0.5 * x * (1 + erf(x / 2.0.squareRoot()))
        case .geluTanh:
            return 0.5 * x * (1 + tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
        case .swish:
            return x / (1 + exp(-x))
        }
    }

    /// The activation applied to every element of a matrix.
    public func callAsFunction(_ matrix: Matrix) -> Matrix {
        matrix.map { self($0) }
    }
}
