/// The type a builtin's parameter accepts or its result has, as written in signatures.
public enum ValueType: String, Sendable, Hashable {
    /// An `Int`.
    case int = "Int"
    /// A `Double`; an `Int` argument converts.
    case double = "Double"
    /// A `Bool`.
    case bool = "Bool"
    /// A `String`.
    case string = "String"
    /// A `Vector`.
    case vector = "Vector"
    /// A `Matrix`.
    case matrix = "Matrix"
    /// A `Vector` or a `Matrix` (the result has the argument's kind).
    case vectorOrMatrix = "Vector | Matrix"

    /// The type named in an annotation such as `let z: Vector`, if swift-compute has it.
    init?(annotation: String) {
        switch annotation {
        case "Int": self = .int
        case "Double": self = .double
        case "Bool": self = .bool
        case "String": self = .string
        case "Vector": self = .vector
        case "Matrix": self = .matrix
        default: return nil
        }
    }

    /// `value` converted to this type, or nil when it does not fit (an `Int` converts to `Double`).
    func convert(_ value: Value) -> Value? {
        switch (self, value) {
        case (.int, .integer), (.double, .real), (.bool, .bool), (.string, .string),
             (.vector, .vector), (.matrix, .matrix), (.vectorOrMatrix, .vector), (.vectorOrMatrix, .matrix):
            return value
        case let (.double, .integer(n)):
            return .real(Double(n))
        default:
            return nil
        }
    }
}
