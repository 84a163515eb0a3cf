import TransformerCore

/// A swift-compute value: what an expression evaluates to and a name is bound to.
public enum Value: Sendable, Equatable {
    /// An integer from integer literals and integer arithmetic (`Int`).
    case integer(Int)
    /// A floating-point number (`Double`).
    case real(Double)
    /// A truth value (`Bool`).
    case bool(Bool)
    /// A text (`String`).
    case string(String)
    /// A vector of reals (`Vector`), from an array literal of numbers.
    case vector([Double])
    /// A matrix of reals (`Matrix`), from an array literal of equally long rows.
    case matrix(Matrix)

    /// The Swift-style type name used in annotations and diagnostics.
    public var typeName: String {
        switch self {
        case .integer: "Int"
        case .real: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .vector: "Vector"
        case .matrix: "Matrix"
        }
    }

    /// The value as a real number, if it is a number.
    public var realValue: Double? {
        switch self {
        case let .integer(n): Double(n)
        case let .real(x): x
        default: nil
        }
    }

    /// How many numbers the value holds (1 for scalars), for size limits.
    public var elementCount: Int {
        switch self {
        case .integer, .real, .bool: 1
        case let .string(s): s.utf8.count
        case let .vector(v): v.count
        case let .matrix(m): m.elements.count
        }
    }
}
