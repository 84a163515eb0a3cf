import ComputeLanguage
import Foundation
import Testing
import TransformerCore

/// The README points to the language reference, docs/language.md, which is generated from the builtin registry
/// (ComputeLanguageTests' `LanguageReferenceTests` fail when the two disagree), so the README lists no builtins itself.
@Suite("README")
struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let readme = root.appendingPathComponent("README.md")

    /// The README's section on the language, up to the next `## ` heading.
    private func languageSection() throws -> String {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let section = text.components(separatedBy: "## The swift-compute language").dropFirst().first ?? ""
        return section.components(separatedBy: "\n## ").first ?? ""
    }

    @Test("the language section links to the generated reference, which exists, and keeps no builtin table")
    func testLanguageReferenceLink() throws {
        let section = try languageSection()
        #expect(section.contains("(docs/language.md)"))
        #expect(!section.contains("| signature |"))
        let reference = try String(contentsOf: Self.root.appendingPathComponent("docs/language.md"), encoding: .utf8)
        #expect(reference == LanguageReference.markdown)
    }

    @Test("every call the language section quotes is a builtin with those labels")
    func testQuotedCalls() throws {
        let section = try languageSection()
        let selectors = Set(BuiltinRegistry.all.map(\.selector))
        // Calls written with labels, such as `attention(q: q, k: k, v: v, mask: .causal)`.
        let pattern = try NSRegularExpression(pattern: "`([a-zA-Z]+)\\(([^`()]*)\\)`")
        let range = NSRange(section.startIndex..., in: section)
        var checked = 0
        for match in pattern.matches(in: section, range: range) {
            guard let name = Range(match.range(at: 1), in: section), let list = Range(match.range(at: 2), in: section) else { continue }
            guard !BuiltinRegistry.named(String(section[name])).isEmpty else { continue }
            let labels = section[list].split(separator: ",").map { argument in
                let parts = argument.split(separator: ":", maxSplits: 1)
                return parts.count == 2 ? parts[0].trimmingCharacters(in: .whitespaces) : "_"
            }
            let written = String(section[name]) + "(" + labels.map { $0 + ":" }.joined() + ")"
            let fits = BuiltinRegistry.named(String(section[name])).contains { builtin in
                let required = builtin.parameters.filter { $0.defaultValue == nil }.map { $0.label ?? "_" }
                return labels.count <= builtin.parameters.count && required.allSatisfy(labels.contains)
            }
            #expect(fits, "\(written) is not a call of a builtin among \(selectors.filter { $0.hasPrefix(String(section[name])) })")
            checked += 1
        }
        #expect(checked >= 2)
    }

    @Test("the swift-compute example of the README runs without a diagnostic")
    func testExampleRuns() throws {
        let section = try languageSection()
        let block = try #require(section.components(separatedBy: "```swift-compute\n").dropFirst().first?.components(separatedBy: "```").first)
        var session = ComputeSession()
        let run = session.run(block)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.expectations.filter { !$0.passed }.isEmpty)
    }

    @Test("the control-flow example of the README runs and gives the values its comments state")
    func testControlFlowExampleRuns() throws {
        let section = try languageSection()
        let after = try #require(section.components(separatedBy: "**Control flow, functions and collections**").dropFirst().first)
        let block = try #require(after.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        var session = ComputeSession()
        let run = session.run(block)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.outputs.map(\.value) == [.string("B"), .integer(3_628_800), .string("'the' appears 2 times")])
        #expect(session.environment.value(of: "total") == .integer(42))
        #expect(session.environment.value(of: "best") == .integer(16))
        #expect(session.environment.value(of: "m") == .matrix(try .init([[1, 0, 0], [1, 1, 0], [1, 1, 1]])))
    }

    @Test("the README opens with the two commands")
    func testOpeningCommands() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let opening = text.split(separator: "\n").prefix(6).joined(separator: "\n")
        #expect(opening.contains("make guide"))
        #expect(opening.contains("make test"))
    }
}
