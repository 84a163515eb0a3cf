import TransformerCore

/// Reading and checking the arguments of the figure and table builtins; problems are thrown as `TransformerError`s,
/// which the interpreter reports at the call prefixed with the builtin's name.
enum FigureArguments {
    /// The column headers of a table: one per column, or one more naming the row labels' column.
    struct Headers {
        /// The header of the row labels' column ("" when not named).
        var corner: String
        /// One header per column of values.
        var columns: [String]
    }

    /// The matrix of a `Matrix` argument (nil for anything else, which the registry's types rule out).
    static func matrix(_ value: Value) -> Matrix? {
        if case let .matrix(m) = value { return m }
        return nil
    }

    /// Column `j` of `m`.
    static func column(_ m: Matrix, _ j: Int) -> [Double] {
        (0..<m.rows).map { m[$0, j] }
    }

    /// The numbers of a `Vector` argument.
    static func vector(_ value: Value) -> [Double] {
        if case let .vector(v) = value { return v }
        return []
    }

    /// The colour range of a `scale: [low, high]` argument: nil when left out; two finite numbers with low < high.
    static func scale(_ value: Value) throws(TransformerError) -> ClosedRange<Double>? {
        let bounds = vector(value)
        if bounds.isEmpty { return nil }
        guard bounds.count == 2 else {
            throw .invalidArgument(name: "the number of scale bounds", value: Double(bounds.count), requirement: "2: [low, high]")
        }
        try requireFinite(bounds)
        guard bounds[0] < bounds[1] else {
            throw .invalidArgument(name: "the scale's high bound", value: bounds[1], requirement: "greater than its low bound \(Value.real(bounds[0]).shortDescription)")
        }
        return bounds[0]...bounds[1]
    }

    /// The strings of a `[String]` argument.
    static func strings(_ value: Value) -> [String] {
        if case let .strings(list) = value { return list }
        return []
    }

    /// The text of a `String` argument.
    static func text(_ value: Value) -> String {
        if case let .string(s) = value { return s }
        return ""
    }

    /// The labels given in `value`, which must be `count` (one per `each`), or `default` of each index when none are given.
    static func labels(
        _ value: Value, _ name: String, count: Int, each: String, default label: (Int) -> String
    ) throws(TransformerError) -> [String] {
        let given = strings(value)
        if given.isEmpty { return (0..<count).map(label) }
        guard given.count == count else {
            throw .invalidArgument(name: "the number of \(name)", value: Double(given.count), requirement: "\(count), one per \(each)")
        }
        return given
    }

    /// A table's headers: `count` of them (one per `each`), or `count + 1` whose first names the row labels' column
    /// when `allowsCorner`; `default` of each index when none are given.
    static func headers(
        _ value: Value, count: Int, each: String, allowsCorner: Bool = true, default header: (Int) -> String
    ) throws(TransformerError) -> Headers {
        let given = strings(value)
        if given.isEmpty { return Headers(corner: "", columns: (0..<count).map(header)) }
        if given.count == count { return Headers(corner: "", columns: given) }
        if allowsCorner, given.count == count + 1 { return Headers(corner: given[0], columns: Array(given.dropFirst())) }
        let requirement = allowsCorner
            ? "\(count), one per \(each) (or \(count + 1) with a header for the row labels first)"
            : "\(count), one per \(each)"
        throw .invalidArgument(name: "the number of column headers", value: Double(given.count), requirement: requirement)
    }

    /// Throws unless `count` is at most `maximum`.
    static func limit(_ count: Int, _ name: String, _ maximum: Int) throws(TransformerError) {
        guard count <= maximum else {
            throw .invalidArgument(name: "the number of \(name)", value: Double(count), requirement: "at most \(maximum)")
        }
    }

    /// Throws at the first number that is infinite or NaN.
    static func requireFinite(_ values: some Sequence<Double>) throws(TransformerError) {
        if let bad = values.first(where: { !$0.isFinite }) {
            throw .invalidArgument(name: "every value", value: bad, requirement: "finite")
        }
    }

    /// A table of numeric `columns`, with a first column of row labels when `rows` is given.
    static func table(rows: [String]?, headers: Headers, columns: [[Double]]) -> Table {
        let count = columns.first?.count ?? 0
        let body = (0..<count).map { index in
            (rows.map { [Table.Cell.text($0[index])] } ?? []) + columns.map { Table.Cell.real($0[index]) }
        }
        return Table(columns: (rows == nil ? [] : [headers.corner]) + headers.columns, rows: body)
    }
}
