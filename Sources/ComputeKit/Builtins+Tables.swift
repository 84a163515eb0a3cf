// `table(…)`: a vector (one column) or a matrix with labelled rows and columns, or a table given column by column.

/// A table of a matrix, with row labels (indices when left out) and column headers (one per column, or one more first).
public func table(_ values: Matrix, rows: [String] = [], columns: [String] = []) -> Table {
    labelled(columns: (0..<values.columns).map { column(values, $0).elements }, isVector: false, rows: rows, headers: columns)
}

/// A table of a vector as one column.
public func table(_ values: Vector, rows: [String] = [], columns: [String] = []) -> Table {
    labelled(columns: [values.elements], isVector: true, rows: rows, headers: columns)
}

/// A table given column by column: each row of `values` is a column, headed by `columns`.
public func table(rows: [String] = [], columns: [String], values: Matrix) -> Table {
    byColumns(values.core.rowArrays, rows: rows, headers: columns)
}

/// A table of one column given as a vector.
public func table(rows: [String] = [], columns: [String], values: Vector) -> Table {
    byColumns([values.elements], rows: rows, headers: columns)
}

/// A table given column by column from integers (`[[m.layers, n.layers], …]`), each row of `values` a column.
public func table(rows: [String] = [], columns: [String], values: [[Int]]) -> Table {
    byColumns(values.map { $0.map(Double.init) }, rows: rows, headers: columns)
}

/// `table(_:rows:columns:)` of the columns of a matrix or vector.
private func labelled(columns: [[Double]], isVector: Bool, rows: [String], headers: [String]) -> Table {
    let count = columns.first?.count ?? 0
    requirement(count > 0, "table needs at least one value")
    let labels = TableLayout.labels(rows, "row labels", count: count) { String($0) }
    let (corner, heads) = TableLayout.headers(headers, count: columns.count) { isVector ? "value" : String($0) }
    return TableLayout.table(rows: labels, corner: corner, headers: heads, columns: columns)
}

/// `table(rows:columns:values:)` of the given columns.
private func byColumns(_ columns: [[Double]], rows: [String], headers: [String]) -> Table {
    let count = columns.first?.count ?? 0
    requirement(count > 0 && columns.allSatisfy { $0.count == count }, "table needs columns of one length, at least one value")
    let labels: [String]? = rows.isEmpty ? nil : TableLayout.labels(rows, "row labels", count: count) { String($0) }
    let (corner, heads) = TableLayout.headers(headers, count: columns.count, allowsCorner: labels != nil) { String($0) }
    return TableLayout.table(rows: labels, corner: corner, headers: heads, columns: columns)
}
