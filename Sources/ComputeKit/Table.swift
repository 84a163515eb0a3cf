/// A labelled table, from `table(…)` or `parameterTable(_:)`: column headers and rows of cells.
public struct Table: Equatable, Sendable, CustomStringConvertible {
    /// One cell: text, an exact integer, a real, or a fraction shown as a percentage.
    public enum Cell: Equatable, Sendable {
        /// Text, as written.
        case text(String)
        /// An integer.
        case integer(Int)
        /// A real number.
        case real(Double)
        /// A fraction, shown times 100 with a `%` sign.
        case percent(Double)
    }

    /// The column headers.
    public let columns: [String]
    /// The rows; each has one cell per column.
    public let rows: [[Cell]]

    /// A table with `columns` headers and `rows`.
    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as tab-separated lines, headers first.
    public var description: String {
        let body = rows.map { row in
            row.map { cell in
                switch cell {
                case let .text(text): text
                case let .integer(n): String(n)
                case let .real(x): "\(x)"
                case let .percent(x): "\(x * 100)%"
                }
            }.joined(separator: "\t")
        }
        return ([columns.joined(separator: "\t")] + body).joined(separator: "\n")
    }
}

/// The headers and body of a labelled table, checked against the numbers of columns as the interpreter checks them.
enum TableLayout {
    /// Labels `given` (one per item) or the defaults when none are given.
    static func labels(_ given: [String], _ name: String, count: Int, default label: (Int) -> String) -> [String] {
        if given.isEmpty { return (0..<count).map(label) }
        requirement(given.count == count, "the number of \(name) must be \(count), got \(given.count)")
        return given
    }

    /// The corner header and one header per column: `given` with one header per column, or one more first for the corner.
    static func headers(_ given: [String], count: Int, allowsCorner: Bool = true, default header: (Int) -> String) -> (String, [String]) {
        if given.isEmpty { return ("", (0..<count).map(header)) }
        if given.count == count { return ("", given) }
        requirement(allowsCorner && given.count == count + 1, "the number of column headers must be \(count), got \(given.count)")
        return (given[0], Array(given.dropFirst()))
    }

    /// The table of `columns` (each a list of reals), with row labels in a first column when given.
    static func table(rows: [String]?, corner: String, headers: [String], columns: [[Double]]) -> Table {
        let count = columns.first?.count ?? 0
        let body = (0..<count).map { index in
            (rows.map { [Table.Cell.text($0[index])] } ?? []) + columns.map { Table.Cell.real($0[index]) }
        }
        return Table(columns: (rows == nil ? [] : [corner]) + headers, rows: body)
    }
}
