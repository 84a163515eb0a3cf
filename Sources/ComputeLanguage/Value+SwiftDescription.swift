extension Value {
    /// The value as Swift's `String(describing:)` writes it, for string interpolation: `3`, `0.5`, `true`, a string
    /// as it is, `[1, 2]`, `["a", "b"]`, `(1, 0.5)`, `0..<4`, `Optional(3)` or `nil`, `["a": 1]`, `(Function)`.
    var swiftDescription: String {
        switch self {
        case let .integer(n): String(n)
        case let .real(x): String(x)
        case let .bool(b): String(b)
        case let .string(s): s
        case let .vector(v): "[" + v.map { String($0) }.joined(separator: ", ") + "]"
        case let .strings(list): "[" + list.map(Self.quoted).joined(separator: ", ") + "]"
        case let .list(list): "[" + list.elements.map(\.swiftDebugDescription).joined(separator: ", ") + "]"
        case let .tuple(elements): "(" + elements.map(\.swiftDebugDescription).joined(separator: ", ") + ")"
        case let .range(range): range.description
        case let .optional(value?, _): "Optional(" + value.swiftDebugDescription + ")"
        case .optional(nil, _): "nil"
        case let .dictionary(dictionary):
            dictionary.count == 0 ? "[:]" : "[" + zip(dictionary.keys, dictionary.values)
                .map { $0.swiftDebugDescription + ": " + $1.swiftDebugDescription }.joined(separator: ", ") + "]"
        case .function: "(Function)"
        case .matrix, .record, .table, .figure: shortDescription
        }
    }

    /// As `swiftDescription`, with strings quoted, as Swift writes the elements of a collection.
    var swiftDebugDescription: String {
        if case let .string(s) = self { return Self.quoted(s) }
        return swiftDescription
    }

    /// `"text"` with `"` and `\` escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The swift description elided past `limit` characters, for diagnostics and notes.
    func elidedDescription(limit: Int = 80) -> String {
        let text = swiftDebugDescription
        return text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

extension Value {
    /// How many elements a collection has (a list's, a vector's, a list of strings'), 0 for other values.
    var collectionCount: Int {
        switch self {
        case let .list(list): list.elements.count
        case let .vector(v): v.count
        case let .strings(list): list.count
        default: 0
        }
    }
}

extension Value {
    /// A list of matrices, vectors or records (the heads of `splitHeads`, a multi-head result's `.heads`) as a record
    /// whose members are named by index, the way pages show it: each element under its index. Nil for other values.
    public var displayRecord: Record? {
        guard case let .list(list) = self, !list.elements.isEmpty, list.elements.allSatisfy({
            switch $0 { case .matrix, .vector, .record: true; default: false }
        }) else { return nil }
        return Record(typeName: typeName, members: list.elements.enumerated().map { Record.Member(String($0.offset), $0.element) })
    }
}
