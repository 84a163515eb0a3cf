extension Value {
    /// The numbers a value holds and its shape (nil for non-numeric values).
    var numbers: (values: [Double], shape: [Int])? {
        switch self {
        case .integer, .real: realValue.map { ([$0], []) }
        case let .vector(v): (v, [v.count])
        case let .matrix(m): (m.elements, [m.rows, m.columns])
        default: nil
        }
    }

    /// "Double", "Vector of 3", "Matrix 2×3".
    var shapeDescription: String {
        switch self {
        case let .vector(v): "Vector of \(v.count)"
        case let .matrix(m): "Matrix \(m.rows)×\(m.columns)"
        default: typeName
        }
    }

    /// Exact equality for values of comparable types; nil when the types cannot be compared.
    func isEqual(to other: Value) -> Bool? {
        if let a = realValue, let b = other.realValue { return a == b }
        switch (self, other) {
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.vector(a), .vector(b)): return a == b
        case let (.matrix(a), .matrix(b)): return a == b
        case let (.strings(a), .strings(b)): return a == b
        case let (.record(a), .record(b)) where a.typeName == b.typeName: return a == b
        default: return nil
        }
    }
}
