import Foundation
import TransformerCore

extension Value {
    /// A short rendering for diagnostics: numbers to six significant digits, long vectors elided.
    public var shortDescription: String {
        switch self {
        case let .integer(n): return String(n)
        case let .real(x): return Self.short(x)
        case let .bool(b): return String(b)
        case let .string(s): return "\"\(s)\""
        case let .vector(v): return Self.short(v)
        case let .matrix(m): return "\(m.rows)×\(m.columns) matrix " + Self.short(m.rows > 0 ? m.row(0) : []) + (m.rows > 1 ? "…" : "")
        case let .strings(list):
            return "[" + list.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ") + (list.count > 6 ? ", … (\(list.count) strings)" : "") + "]"
        case let .record(record):
            return Self.short(record)
        case let .table(table): return "a table of \(table.rows.count) rows"
        case let .figure(figure): return "a figure: \(figure.title)"
        case let .list(list) where displayRecord != nil: return "\(typeName) of \(list.elements.count)"
        case .list, .tuple, .range, .function, .optional, .dictionary: return elidedDescription()
        }
    }

    /// A rendering with every digit needed to tell two values apart (`1.0000001`), long vectors elided.
    var preciseDescription: String {
        switch self {
        case let .real(x): return String(x)
        case let .vector(v): return Self.precise(v)
        case let .matrix(m): return "\(m.rows)×\(m.columns) matrix " + Self.precise(m.rows > 0 ? m.row(0) : []) + (m.rows > 1 ? "…" : "")
        default: return shortDescription
        }
    }

    /// `4×4` for a shape, `.causal` or `.padding([1, 1, 0])` for an enum case, `[Matrix] of 2` for a list,
    /// `Model(name: "GPT-2 small")` for a named record, else the type and its members' names:
    /// `AttentionResult(scores, scaledScores, maskedScores, weights, output)`.
    private static func short(_ record: Record) -> String {
        if let shape = record.shapeText { return shape }
        if let name = record.caseName {
            let payload = record.members.dropFirst().map(\.value.shortDescription)
            return "." + name + (payload.isEmpty ? "" : "(" + payload.joined(separator: ", ") + ")")
        }
        if case let .string(name)? = record["name"] { return "\(record.typeName)(name: \"\(name)\")" }
        return record.typeName + "(" + record.members.map(\.name).joined(separator: ", ") + ")"
    }

    private static func short(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.6g", x)
    }

    private static func precise(_ v: [Double]) -> String {
        let shown = v.prefix(6).map { String($0) }.joined(separator: ", ")
        return "[" + shown + (v.count > 6 ? ", … (\(v.count) elements)" : "") + "]"
    }

    private static func short(_ v: [Double]) -> String {
        let shown = v.prefix(6).map(short).joined(separator: ", ")
        return "[" + shown + (v.count > 6 ? ", … (\(v.count) elements)" : "") + "]"
    }
}
