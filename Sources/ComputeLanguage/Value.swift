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
    /// A list of strings (`[String]`), such as the token labels of a heatmap's rows.
    case strings([String])
    /// A value with named members (`r.weights`, `model.parameters`), such as an attention result.
    case record(Record)
    /// A labelled table, shown as a table in pages and as a GFM table in Markdown.
    case table(Table)
    /// A figure (heatmap, bars, lines), shown as SVG.
    case figure(Figure)

    /// The Swift-style type name used in annotations and diagnostics.
    public var typeName: String {
        switch self {
        case .integer: "Int"
        case .real: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .vector: "Vector"
        case .matrix: "Matrix"
        case .strings: "[String]"
        case let .record(record): record.typeName
        case .table: "Table"
        case .figure: "Figure"
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
        case let .strings(list): list.reduce(list.count) { $0 + $1.utf8.count }
        case let .record(record): record.members.reduce(1) { $0 + $1.value.elementCount }
        case let .table(table): table.rows.reduce(table.columns.count) { $0 + $1.count }
        case let .figure(figure): figure.elementCount
        }
    }
}
