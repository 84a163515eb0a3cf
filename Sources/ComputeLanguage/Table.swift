/// A labelled table: column headers and rows of cells, from `table(…)` or builtins such as `parameterTable(_:)`.
public struct Table: Sendable, Equatable {
    /// One cell: text, an exact integer, a real shown at the cell's precision, or a fraction shown as a percentage.
    public enum Cell: Sendable, Equatable {
        /// Text, shown as written.
        case text(String)
        /// An integer, shown exactly with thousands separators.
        case integer(Int)
        /// A real number, shown with the block's precision.
        case real(Double)
        /// A fraction, shown times 100 with a `%` sign at the block's precision.
        case percent(Double)
    }

    /// The column headers.
    public var columns: [String]
    /// The rows; each has one cell per column.
    public var rows: [[Cell]]
    /// Whether each column holds numbers (right-aligned).
    public var numericColumns: [Bool] {
        columns.indices.map { index in
            rows.allSatisfy { row in
                guard index < row.count else { return true }
                if case .text = row[index] { return false }
                return true
            }
        }
    }

    /// A table with `columns` headers and `rows`.
    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }
}
