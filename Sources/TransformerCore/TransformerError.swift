/// A shape or domain problem in a TransformerCore computation; thrown, never trapped.
public enum TransformerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A negative or overflowing shape.
    case invalidShape(rows: Int, columns: Int)
    /// Elements whose count does not fill the shape.
    case elementCount(expected: (rows: Int, columns: Int), actual: Int)
    /// Rows of different lengths given for one matrix.
    case raggedRows(row: Int, expected: Int, actual: Int)
    /// Two operands whose shapes do not fit the operation.
    case shapeMismatch(operation: String, lhs: (rows: Int, columns: Int), rhs: (rows: Int, columns: Int))
    /// A value outside the domain of a parameter (for example a temperature ≤ 0).
    case invalidArgument(name: String, value: Double, requirement: String)
    /// An operation on an empty vector or matrix that needs at least one element.
    case empty(operation: String)
    /// A mask that hides every key from a query row, whose softmax would then divide 0 by 0.
    case fullyMaskedRow(row: Int)

    public static func == (lhs: TransformerError, rhs: TransformerError) -> Bool {
        lhs.description == rhs.description
    }

    /// A lower-case message naming the shapes or the bad value.
    public var description: String {
        switch self {
        case let .invalidShape(rows, columns):
            return "invalid shape \(rows)×\(columns)"
        case let .elementCount(expected, actual):
            return "\(actual) elements cannot fill a \(expected.rows)×\(expected.columns) matrix"
        case let .raggedRows(row, expected, actual):
            return "row \(row) has \(actual) elements where the first row has \(expected)"
        case let .shapeMismatch(operation, lhs, rhs):
            return "\(operation) of shapes \(lhs.rows)×\(lhs.columns) and \(rhs.rows)×\(rhs.columns) is undefined"
        case let .invalidArgument(name, value, requirement):
            return "\(name) must be \(requirement), got \(Self.written(value))"
        case let .empty(operation):
            return "\(operation) needs at least one element"
        case let .fullyMaskedRow(row):
            return "the mask hides every key from query row \(row), so its softmax would be 0 / 0"
        }
    }

    /// A value as an author would write it: a whole number without a fractional part (`4`, not `4.0`), any other as
    /// Swift prints it (`0.5`, `1e+300`, `inf`).
    static func written(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
