import ComputeLanguage

/// A `Table` as text: every cell written at a precision, which columns are numbers, and whether the first column
/// labels the rows; what the HTML and the Markdown tables share.
struct TableLayout: Equatable {
    /// The column headers.
    var headers: [String]
    /// The cells' texts, row by row (short rows padded with "").
    var rows: [[String]]
    /// Whether each column holds numbers (right-aligned).
    var numeric: [Bool]
    /// Whether the first column labels the rows (text beside columns of numbers).
    var hasRowLabels: Bool

    /// The layout of `table` with reals and percentages at `precision` decimals.
    init(_ table: Table, precision: Int) {
        headers = table.columns
        numeric = table.numericColumns
        rows = table.rows.map { row in
            table.columns.indices.map { index in index < row.count ? Self.text(row[index], precision: precision) : "" }
        }
        hasRowLabels = numeric.count >= 2 && !numeric[0] && numeric.dropFirst().contains(true)
    }

    /// A cell's text: integers exact with separators, reals at `precision`, fractions as percentages.
    static func text(_ cell: Table.Cell, precision: Int) -> String {
        switch cell {
        case let .text(text): text
        case let .integer(n): ValueFormatter.integer(n)
        case let .real(x): ValueFormatter.number(x, precision: precision)
        case let .percent(x): ValueFormatter.number(x * 100, precision: precision) + "%"
        }
    }
}

/// The `id` of a figure in its page and its file: from the cell's anchor and the output's position, so stable
/// from build to build and unique in the page.
enum FigureID {
    /// `fig-<anchor>-<n>` for output `output` (0-based) of the cell anchored `anchor`, with characters other than
    /// ASCII letters, digits, `-` and `_` replaced by `-`.
    static func make(anchor: String, output: Int) -> String {
        let safe = String(anchor.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "-"
        })
        return "fig-\(safe)-\(output + 1)"
    }
}
