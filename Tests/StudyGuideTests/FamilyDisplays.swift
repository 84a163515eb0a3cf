import ComputeLanguage
import Foundation

/// What the figures and tables of a family lesson must show: `NN-name.displays.json` beside the lesson, written by
/// `scripts/family_lessons.py` from NumPy's numbers and the documented labelling rules, in document order.
enum FamilyDisplays {
    /// The expected displays of lesson `name` (none when it has no `.displays.json`).
    static func expected(_ name: String) throws -> [[String: Any]] {
        let url = FamilyLessons.folder.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".displays.json"))
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
    }

    /// The kind a display's JSON names: every kind of figure is listed, so a new kind fails to compile here.
    static func kind(of figure: Figure) -> String {
        switch figure.kind {
        case .heatmap: "heatmap"
        case .bars: "bars"
        case .lines: "lines"
        }
    }

    /// Where a figure or table differs from its expectation, in words; empty when it shows what it should.
    static func differences(_ value: Value, _ expected: [String: Any]) -> [String] {
        switch value {
        case let .figure(figure): differences(figure, expected)
        case let .table(table): differences(table, expected)
        default: ["not a figure or table: \(value.typeName)"]
        }
    }

    private static func differences(_ figure: Figure, _ expected: [String: Any]) -> [String] {
        var found = [String]()
        func check<T: Equatable>(_ what: String, _ actual: T, _ wanted: Any?) {
            if wanted as? T != actual { found.append("\(what): \(actual), expected \(wanted ?? "nothing")") }
        }
        check("kind", kind(of: figure), expected["kind"])
        check("title", figure.title, expected["title"])
        switch figure.kind {
        case let .heatmap(values, rows, columns):
            check("row labels", rows, expected["rows"])
            check("column labels", columns, expected["columns"])
            if !close(values.rowArrays.flatMap { $0 }, (expected["values"] as? [[Double]])?.flatMap { $0 }) { found.append("values: \(values.rowArrays)") }
            let scale = figure.scale.map { [$0.lowerBound, $0.upperBound] }
            if scale != expected["scale"] as? [Double] { found.append("scale: \(String(describing: scale)), expected \(expected["scale"] ?? "none")") }
        case let .bars(categories, series, xLabel, yLabel):
            check("categories", categories, expected["categories"])
            check("x label", xLabel, expected["xLabel"])
            check("y label", yLabel, expected["yLabel"])
            found += differences(series, expected["series"])
        case let .lines(x, series, xLabel, yLabel):
            if !close(x, expected["x"] as? [Double]) { found.append("x: \(x)") }
            check("x label", xLabel, expected["xLabel"])
            check("y label", yLabel, expected["yLabel"])
            found += differences(series, expected["series"])
        }
        return found
    }

    private static func differences(_ series: [Figure.Series], _ expected: Any?) -> [String] {
        let wanted = expected as? [[String: Any]] ?? []
        guard series.count == wanted.count else { return ["\(series.count) series, expected \(wanted.count)"] }
        return zip(series, wanted).compactMap { actual, wanted in
            actual.name == wanted["name"] as? String && close(actual.values, wanted["values"] as? [Double])
                ? nil : "series \(actual.name): \(actual.values), expected \(wanted)"
        }
    }

    private static func differences(_ table: Table, _ expected: [String: Any]) -> [String] {
        guard expected["kind"] as? String == "table" else { return ["a table, expected a \(expected["kind"] ?? "?")"] }
        var found = [String]()
        if table.columns != expected["columns"] as? [String] { found.append("columns: \(table.columns)") }
        let rows = expected["rows"] as? [[Any]] ?? []
        guard table.rows.count == rows.count else { return found + ["\(table.rows.count) rows, expected \(rows.count)"] }
        for (index, (actual, wanted)) in zip(table.rows, rows).enumerated() {
            guard actual.count == wanted.count else {
                found.append("row \(index): \(actual.count) cells, expected \(wanted.count)")
                continue
            }
            for (cell, spec) in zip(actual, wanted) where !matches(cell, spec as? [String: Any]) {
                found.append("row \(index): \(cell), expected \(spec)")
            }
        }
        return found
    }

    /// Whether a cell shows what `spec` says (`{"text": …}`, `{"integer": …}`, `{"real": …}`, `{"percent": …}`;
    /// null: not checked).
    private static func matches(_ cell: Table.Cell, _ spec: [String: Any]?) -> Bool {
        guard let spec else { return true }
        switch cell {
        case let .text(text): return spec["text"] as? String == text
        case let .integer(n): return (spec["integer"] as? NSNumber)?.int64Value == Int64(n)
        case let .real(x): return close([x], (spec["real"] as? Double).map { [$0] })
        case let .percent(x): return close([x], (spec["percent"] as? Double).map { [$0] })
        }
    }

    /// Whether two lists of numbers agree to 1e-9, relative to their size (NumPy's float64 against ours).
    static func close(_ a: [Double], _ b: [Double]?) -> Bool {
        guard let b, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0), abs($1)) }
    }
}
