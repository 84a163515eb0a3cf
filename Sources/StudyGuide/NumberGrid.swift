import ComputeLanguage

/// A vector or matrix laid out as a grid of formatted numbers with index headers, for both the HTML and the Markdown output.
struct NumberGrid: Equatable {
    /// The header of each column (its index).
    var columnHeaders: [String]
    /// The header of each row (its index), or nil for a vector's single row.
    var rowHeaders: [String]?
    /// The formatted numbers, row by row.
    var rows: [[String]]

    /// The table of a vector or matrix at `precision` decimals; nil for other values.
    init?(_ value: Value, precision: Int) {
        switch value {
        case let .vector(v):
            columnHeaders = v.indices.map(String.init)
            rowHeaders = nil
            rows = [v.map { Self.cell($0, precision: precision) }]
        case let .matrix(m):
            columnHeaders = (0..<m.columns).map(String.init)
            rowHeaders = (0..<m.rows).map(String.init)
            rows = (0..<m.rows).map { m.row($0).map { Self.cell($0, precision: precision) } }
        default:
            return nil
        }
    }

    /// One number as the grid shows it: at `precision` decimals, infinities as `∞` and `−∞` (result comments keep
    /// `inf`, which reads back).
    static func cell(_ x: Double, precision: Int) -> String {
        x.isInfinite ? (x < 0 ? "−∞" : "∞") : ValueFormatter.number(x, precision: precision)
    }

    /// The text of a scalar value at `precision` decimals (integers exact, with separators); nil for tables.
    static func scalarText(_ value: Value, precision: Int) -> String? {
        switch value {
        case let .integer(n): ValueFormatter.integer(n)
        case let .real(x): cell(x, precision: precision)
        case let .bool(b): String(b)
        case let .string(s): s
        case let .strings(list): list.joined(separator: ", ")
        case .record, .table, .figure: value.shortDescription
        case .list, .tuple, .range, .function, .optional, .dictionary: ValueFormatter.value(value, precision: precision)
        case .vector, .matrix: nil
        }
    }
}
