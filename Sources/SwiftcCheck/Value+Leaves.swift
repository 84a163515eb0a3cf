import ComputeLanguage
import TransformerCore

extension Value {
    /// The interpreter's value in the canonical form ComputeKit prints (see ComputeKit's `CanonicalValue`).
    public var leaves: [Leaf] {
        var leaves: [Leaf] = []
        append(to: &leaves, at: "")
        return leaves
    }

    /// Appends this value's leaves at `path`.
    func append(to leaves: inout [Leaf], at path: String) {
        switch self {
        case let .integer(n): leaves.append(Leaf(path, "Int", String(n)))
        case let .real(x): leaves.append(Leaf(path, "Double", "\(x)"))
        case let .bool(b): leaves.append(Leaf(path, "Bool", String(b)))
        case let .string(s): leaves.append(Leaf(path, "String", s))
        case let .vector(v):
            leaves.append(Leaf(path, "Vector", String(v.count)))
            for (i, x) in v.enumerated() { Value.real(x).append(to: &leaves, at: "\(path)[\(i)]") }
        case let .matrix(m): Self.append(m, to: &leaves, at: path)
        case let .strings(list): Self.appendList(list.map(Value.string), to: &leaves, at: path)
        case let .record(record): Self.append(record, to: &leaves, at: path)
        case let .table(table): Self.append(table, to: &leaves, at: path)
        case let .figure(figure): Self.append(figure, to: &leaves, at: path)
        case let .list(list): Self.appendList(list.elements, to: &leaves, at: path)
        case let .tuple(elements):
            leaves.append(Leaf(path, "Tuple", String(elements.count)))
            for (i, element) in elements.enumerated() { element.append(to: &leaves, at: "\(path).\(i)") }
        case let .range(range): leaves.append(Leaf(path, "Range", range.closed ? "\(range.lower)...\(range.end - 1)" : "\(range.lower)..<\(range.end)"))
        case let .optional(wrapped, _):
            if let wrapped { wrapped.append(to: &leaves, at: path) } else { leaves.append(Leaf(path, "Optional", "nil")) }
        case let .dictionary(dictionary): Self.append(dictionary, to: &leaves, at: path)
        case .function: leaves.append(Leaf(path, "Function", typeName))
        }
    }

    /// The count, then each entry at `[key]`, in the order of the keys' canonical texts (Swift leaves a dictionary's
    /// order unspecified; the interpreter keeps insertion order).
    static func append(_ dictionary: ValueDictionary, to leaves: inout [Leaf], at path: String) {
        leaves.append(Leaf(path, "Dictionary", String(dictionary.count)))
        let entries = zip(dictionary.keys, dictionary.values).map { key, value in
            (key: key.leaves.map(\.text).joined(separator: ","), value: value)
        }
        for entry in entries.sorted(by: { $0.key < $1.key }) { entry.value.append(to: &leaves, at: "\(path)[\(entry.key)]") }
    }

    /// The shape, then each element at `[i, j]`.
    static func append(_ m: Matrix, to leaves: inout [Leaf], at path: String) {
        leaves.append(Leaf(path, "Matrix", "\(m.rows)×\(m.columns)"))
        for i in 0..<m.rows {
            for j in 0..<m.columns { Value.real(m[i, j]).append(to: &leaves, at: "\(path)[\(i), \(j)]") }
        }
    }

    /// The count, then each element at `[i]`.
    static func appendList(_ values: [Value], to leaves: inout [Leaf], at path: String) {
        leaves.append(Leaf(path, "List", String(values.count)))
        for (i, value) in values.enumerated() { value.append(to: &leaves, at: "\(path)[\(i)]") }
    }

    /// A shape as its text, a list as its elements, an enum case as its type and case then its payload, any other
    /// record as its type then its members.
    static func append(_ record: Record, to leaves: inout [Leaf], at path: String) {
        if let shape = record.shapeText {
            leaves.append(Leaf(path, "Shape", shape))
        } else if record.typeName.hasPrefix("["), record.members.enumerated().allSatisfy({ $0.element.name == String($0.offset) }) {
            appendList(record.members.map(\.value), to: &leaves, at: path)
        } else if let caseName = record.caseName {
            leaves.append(Leaf(path, record.typeName, caseName))
            for member in record.members.dropFirst() { member.value.append(to: &leaves, at: "\(path).\(member.name)") }
        } else {
            leaves.append(Leaf(path, record.typeName, ""))
            for member in record.members { member.value.append(to: &leaves, at: "\(path).\(member.name)") }
        }
    }

    /// The size, the headers, then each cell at `[row, column]`.
    static func append(_ table: Table, to leaves: inout [Leaf], at path: String) {
        leaves.append(Leaf(path, "Table", "\(table.rows.count)×\(table.columns.count)"))
        appendList(table.columns.map(Value.string), to: &leaves, at: path + ".columns")
        for (i, row) in table.rows.enumerated() {
            for (j, cell) in row.enumerated() {
                let at = "\(path)[\(i), \(j)]"
                switch cell {
                case let .text(text): Value.string(text).append(to: &leaves, at: at)
                case let .integer(n): Value.integer(n).append(to: &leaves, at: at)
                case let .real(x): Value.real(x).append(to: &leaves, at: at)
                case let .percent(x): leaves.append(Leaf(at, "Percent", "\(x)"))
                }
            }
        }
    }

    /// The kind, the title, the scale when fixed, then the data and labels.
    static func append(_ figure: Figure, to leaves: inout [Leaf], at path: String) {
        leaves.append(Leaf(path, "Figure", figure.kindName))
        Value.string(figure.title).append(to: &leaves, at: path + ".title")
        if let scale = figure.scale { appendList([.real(scale.lowerBound), .real(scale.upperBound)], to: &leaves, at: path + ".scale") }
        switch figure.kind {
        case let .heatmap(values, rows, columns):
            append(values, to: &leaves, at: path + ".values")
            Value.strings(rows).append(to: &leaves, at: path + ".rows")
            Value.strings(columns).append(to: &leaves, at: path + ".columns")
        case let .bars(categories, series, xLabel, yLabel):
            Value.strings(categories).append(to: &leaves, at: path + ".categories")
            append(series, to: &leaves, at: path)
            Value.string(xLabel).append(to: &leaves, at: path + ".xLabel")
            Value.string(yLabel).append(to: &leaves, at: path + ".yLabel")
        case let .lines(x, series, xLabel, yLabel):
            appendList(x.map(Value.real), to: &leaves, at: path + ".x")
            append(series, to: &leaves, at: path)
            Value.string(xLabel).append(to: &leaves, at: path + ".xLabel")
            Value.string(yLabel).append(to: &leaves, at: path + ".yLabel")
        }
    }

    /// Each series' name and values at `.series[k]`.
    private static func append(_ series: [Figure.Series], to leaves: inout [Leaf], at path: String) {
        leaves.append(Leaf(path + ".series", "List", String(series.count)))
        for (k, one) in series.enumerated() {
            Value.string(one.name).append(to: &leaves, at: "\(path).series[\(k)].name")
            appendList(one.values.map(Value.real), to: &leaves, at: "\(path).series[\(k)].values")
        }
    }
}
