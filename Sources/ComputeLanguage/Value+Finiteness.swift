import TransformerCore

extension Value {
    /// The first number in the value that is infinite or NaN, and where: in a number, vector or matrix, and in
    /// every member of a record (lists and nested records included) and every numeric cell of a table, so that
    /// no result is shown, compared or written with a NaN or ∞ inside. The one exception is the −∞ of an
    /// attention result's `maskedScores`, which marks a hidden key (NaN and +∞ there are still reported).
    var firstNonFinite: NonFiniteElement? {
        firstNonFinite(allowingNegativeInfinity: false)
    }

    /// The members whose −∞ entries mean something: (record type, member).
    private static let maskedMembers: [(type: String, member: String)] = [(ValueType.attentionResult.rawValue, "maskedScores")]

    private func firstNonFinite(allowingNegativeInfinity: Bool) -> NonFiniteElement? {
        let isBad = { (x: Double) in !x.isFinite && !(allowingNegativeInfinity && x == -.infinity) }
        switch self {
        case let .real(x):
            return isBad(x) ? NonFiniteElement(x) : nil
        case let .vector(v):
            return v.first(where: isBad).map { NonFiniteElement($0) }
        case let .matrix(m):
            return m.elements.first(where: isBad).map { NonFiniteElement($0) }
        case let .record(record):
            for member in record.members {
                let masked = Self.maskedMembers.contains { $0.type == record.typeName && $0.member == member.name }
                if let found = member.value.firstNonFinite(allowingNegativeInfinity: masked) {
                    return found.inside(".\(member.name)")
                }
            }
            return nil
        case let .table(table):
            for (row, cells) in table.rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    switch cell {
                    case let .real(x), let .percent(x):
                        if isBad(x) {
                            let header = column < table.columns.count ? "column '\(table.columns[column])'" : "column \(column + 1)"
                            return NonFiniteElement(x, at: "\(header) of row \(row + 1)")
                        }
                    case .text, .integer:
                        continue
                    }
                }
            }
            return nil
        case let .list(list):
            for (index, element) in list.elements.enumerated() {
                if let found = element.firstNonFinite(allowingNegativeInfinity: allowingNegativeInfinity) { return found.inside("[\(index)]") }
            }
            return nil
        case let .tuple(elements):
            for (index, element) in elements.enumerated() {
                if let found = element.firstNonFinite { return found.inside(".\(index)") }
            }
            return nil
        case let .optional(value?, _):
            return value.firstNonFinite
        case let .dictionary(dictionary):
            for (key, value) in zip(dictionary.keys, dictionary.values) {
                if let found = value.firstNonFinite { return found.inside("[\(key.swiftDebugDescription)]") }
            }
            return nil
        case .integer, .bool, .string, .strings, .figure, .range, .function, .optional(nil, _):
            return nil
        }
    }
}
