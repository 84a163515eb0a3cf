import TransformerCore

/// A swift-compute value: what an expression evaluates to and a name is bound to.
public indirect enum Value: Sendable, Equatable {
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
    /// A Swift array of one element type (`[Int]`, `[Double]`, `[String]`, `[Bool]`, `[(Int, Double)]`, `[[Int]]`),
    /// such as the result of `map` over a range.
    case list(ValueList)
    /// A tuple (`(1, 0.5)`), such as an element of `zip` or `enumerated()`; read with `.0`, `.1` or destructured.
    case tuple([Value])
    /// A range of integers, `a..<b` or `a...b`, iterated without being stored.
    case range(IntegerRange)
    /// A function or closure (`func f(…)`, `{ $0 * 2 }`), called with parentheses.
    case function(Function)
    /// An optional (`Int?`): a value, or `nil`; `wrapped` names the type of the value it may hold.
    case optional(Value?, wrapped: String)
    /// A dictionary (`[String: Int]`), iterated in the order its keys were first inserted.
    case dictionary(ValueDictionary)

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
        case let .list(list): "[\(list.elementType)]"
        case let .tuple(elements): "(" + elements.map(\.typeName).joined(separator: ", ") + ")"
        case let .range(range): range.typeName
        case let .function(function): function.typeName
        case let .optional(_, wrapped): wrapped + "?"
        case let .dictionary(dictionary): "[\(dictionary.keyType): \(dictionary.valueType)]"
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
        case let .list(list): list.elements.reduce(0) { Builtin.Cost.sum($0, max($1.elementCount, 1)) }
        case let .tuple(elements): elements.reduce(0) { Builtin.Cost.sum($0, max($1.elementCount, 1)) }
        case .range, .function: 1
        case let .optional(value, _): max(value?.elementCount ?? 1, 1)
        case let .dictionary(dictionary):
            zip(dictionary.keys, dictionary.values).reduce(0) { Builtin.Cost.sum($0, max($1.0.elementCount, 1), max($1.1.elementCount, 1)) }
        }
    }
}
