import Foundation
import Testing

/// `update` says what it changed (`file:line:col: old → new`, in text, JSON and GitHub annotations), and `check`
/// lists stale output files in JSON and as annotations, not only in its text summary.
@Suite("Update and stale-output reports")
struct UpdateReportTests {
    private static let lesson = "```swift-compute\n1 + 1  // => 3\n2 + 2\n```\n"

    /// The entries of a `--format json` array.
    private func entries(_ result: StudyProcess.Result) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stdout)")
    }

    /// The byte offset of `line`:`column` in `source`.
    private func offset(line: Int, column: Int, in source: String) -> Int {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 } + column - 1
    }

    @Test("update --format json lists each edit: kind, file, line, column, the source bytes replaced and the new text")
    func testEditsInJSON() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": Self.lesson])
        let result = try StudyProcess.run(["update", "--format", "json"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let edits = try entries(result).filter { $0["kind"] as? String == "edit" }
        #expect(edits.count == 2)
        for edit in edits {
            #expect(edit["file"] as? String == "lessons/01-x.md")
            let line = try #require(edit["line"] as? Int), column = try #require(edit["column"] as? Int)
            let old = try #require(edit["old"] as? String), new = try #require(edit["new"] as? String)
            let start = offset(line: line, column: column, in: Self.lesson)
            #expect(Array(Self.lesson.utf8).dropFirst(start).starts(with: Array(old.utf8)), "old \(old) at \(line):\(column)")
            #expect(!new.isEmpty)
        }
        #expect(edits.contains { $0["line"] as? Int == 2 && ($0["old"] as? String ?? "").contains("3") && ($0["new"] as? String ?? "").contains("2") })
        #expect(edits.contains { $0["line"] as? Int == 3 && ($0["new"] as? String ?? "").contains("// => 4") })
    }

    @Test("update prints file:line:col: old → new per edit on standard output, (none) for an insertion")
    func testEditsInText() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": Self.lesson])
        let result = try StudyProcess.run(["update"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("lessons/01-x.md:2:") && $0.contains("3 → ") && $0.hasSuffix("2") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("lessons/01-x.md:3:") && $0.contains("(none) → // => 4") }, "\(lines)")
        let again = try StudyProcess.run(["update"], in: workspace.root)
        #expect(!again.stdout.contains("→"))
    }

    @Test("update --format github prints a notice per edit")
    func testEditsInGithub() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": Self.lesson])
        let result = try StudyProcess.run(["update", "--format", "github"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("::notice file=lessons/01-x.md,line=2,col="))
        #expect(result.stdout.contains("::notice file=lessons/01-x.md,line=3,col="))
    }

    @Test("check --format json lists stale files (missing, different, orphaned) and exits 1; github annotates them")
    func testStaleInJSONAndGithub() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": "# X\n", "02-y.md": "# Y\n"])
        #expect(try StudyProcess.run(["build"], in: workspace.root).status == 0)
        try workspace.write("changed", to: "output/01-x.html")
        try FileManager.default.removeItem(atPath: workspace.path("output/02-y.md"))
        try workspace.write("stray", to: "output/stray.html")
        let json = try StudyProcess.run(["check", "--format", "json"], in: workspace.root)
        #expect(json.status == 1)
        let stale = try entries(json).filter { $0["kind"] as? String == "stale" }
        let found = Dictionary(uniqueKeysWithValues: stale.map { ($0["path"] as? String ?? "", $0["what"] as? String ?? "") })
        #expect(found == ["output/01-x.html": "different", "output/02-y.md": "missing", "output/stray.html": "orphaned"])
        let github = try StudyProcess.run(["check", "--format", "github"], in: workspace.root)
        #expect(github.status == 1)
        #expect(github.stdout.contains("::error file=output/01-x.html::output/01-x.html is different"))
        #expect(github.stdout.contains("::error file=output/02-y.md::output/02-y.md is missing"))
        #expect(github.stdout.contains("::error file=output/stray.html::output/stray.html is orphaned"))
    }

    @Test("diagnostics in JSON say their kind; an empty report is []")
    func testDiagnosticKind() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": "```swift-compute\n1 + 1  // => 3\n```\n"])
        let json = try StudyProcess.run(["check", "lessons/01-x.md", "--format", "json"], in: workspace.root)
        let diagnostics = try entries(json).filter { $0["kind"] as? String == "diagnostic" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["path"] as? String == "lessons/01-x.md")
    }
}
