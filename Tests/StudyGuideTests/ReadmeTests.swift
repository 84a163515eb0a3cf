import ComputeLanguage
import Foundation
import Testing

/// The README's language reference is checked against the builtin registry, so it cannot drift.
@Suite("README")
struct ReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    /// The rows of the builtins table: signature → (summary, example).
    private func builtinRows() throws -> [String: (summary: String, example: String)] {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        var rows: [String: (String, String)] = [:]
        let section = text.components(separatedBy: "### Builtins").dropFirst().first ?? ""
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{1}", with: "|")
            }
            guard cells.count == 3 else { continue }
            let strip = { (cell: String) in cell.trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            rows[strip(cells[0])] = (cells[1], strip(cells[2]))
        }
        return rows
    }

    @Test("every builtin is listed with its signature and example, and nothing else is")
    func testBuiltinTable() throws {
        let rows = try builtinRows()
        let registry = Dictionary(uniqueKeysWithValues: BuiltinRegistry.all.map { ($0.signature, $0) })
        #expect(Set(rows.keys) == Set(registry.keys))
        for (signature, builtin) in registry {
            #expect(rows[signature]?.example == builtin.example, "\(signature)")
            #expect(rows[signature]?.summary == builtin.summary, "\(signature)")
        }
    }

    @Test("every example in the table runs without a diagnostic")
    func testExamplesRun() throws {
        for builtin in BuiltinRegistry.all {
            var session = ComputeSession()
            let run = session.run(builtin.example)
            #expect(run.diagnostics.isEmpty, "\(builtin.example): \(run.diagnostics.map(\.message))")
            #expect(run.outputs.count == 1)
        }
    }

    @Test("the README opens with the two commands")
    func testOpeningCommands() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let opening = text.split(separator: "\n").prefix(6).joined(separator: "\n")
        #expect(opening.contains("make guide"))
        #expect(opening.contains("make test"))
    }
}
