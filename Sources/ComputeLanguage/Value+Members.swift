extension Value {
    /// The names `value.name` can read: `T`, `rows`, `columns` and `shape` of a matrix; `count` and `shape` of a
    /// vector; `count` of a string or a list; a record's members (`weights`, `parameters`, …).
    var memberNames: [String] {
        switch self {
        case .matrix: ["T", "rows", "columns", "shape"]
        case .vector: ["count", "shape"]
        case .string: ["count", "isEmpty"]
        case .strings, .list: ["count", "isEmpty", "first", "last", "indices"]
        case .range: ["count", "isEmpty", "first", "last", "lowerBound", "upperBound"]
        case let .tuple(parts): parts.indices.map(String.init)
        case .dictionary: ["count", "isEmpty", "keys", "values"]
        case let .record(record):
            record.members.map(\.name).filter { $0 != Record.caseMember }
        default: []
        }
    }

    /// The member `name` of this value, if it has one; `T` is left to the interpreter, which charges its work.
    func member(_ name: String) -> Value? {
        switch (self, name) {
        case let (.matrix(m), "rows"): return .integer(m.rows)
        case let (.matrix(m), "columns"): return .integer(m.columns)
        case let (.matrix(m), "shape"): return .record(.shape(of: m))
        case let (.vector(v), "count"): return .integer(v.count)
        case let (.vector(v), "shape"): return .record(.shape(ofVector: v))
        case let (.string(s), "count"): return .integer(s.count)
        case let (.strings(list), "count"): return .integer(list.count)
        case let (.record(record), _):
            return name == Record.caseMember ? nil : record[name]
        default: return nil
        }
    }
}
