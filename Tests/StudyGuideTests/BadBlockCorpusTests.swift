import Foundation
import LessonDocument
import StudyGuide
import Testing

/// The corpus of bad blocks, `Fixtures/bad-blocks/NN-name.md`: each lesson marks in itself the diagnostics it must
/// yield (see `MarkedDiagnostic` and the folder's README), and `study check` must yield exactly those, without
/// trapping or hanging.
@Suite("Bad-block corpus")
struct BadBlockCorpusTests {
    /// The corpus folder, in the source tree.
    static let folder = GoldenFiles.fixtures.appendingPathComponent("bad-blocks")

    /// The fixtures' file names, in order.
    static let fixtures: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".md") && $0 != "README.md" }
        .sorted()

    /// How long one fixture may take (they take well under a second); past it the fixture fails as a hang.
    static let deadline = 30.0

    @Test("the corpus holds at least 40 fixtures, each named NN-short-name.md")
    func testCorpusSize() {
        #expect(Self.fixtures.count >= 40)
        for name in Self.fixtures {
            #expect(name.wholeMatch(of: /[0-9]{2}-[a-z0-9-]+\.md/) != nil, "\(name)")
        }
    }

    @Test("each fixture yields exactly its marked diagnostics through study check", .timeLimit(.minutes(1)), arguments: fixtures)
    func testFixture(_ name: String) async throws {
        let path = Self.folder.appendingPathComponent(name).path
        let expected = try MarkedDiagnostic.marked(in: String(contentsOfFile: path, encoding: .utf8))
        #expect(!expected.isEmpty, "a bad block marks at least one diagnostic")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("study-corpus-\(UUID().uuidString)").path
        let outcome = await Deadline.run(seconds: Self.deadline) {
            Result { () throws(StudyError) -> Report in try Study(paths: [path], output: output).check() }
        }
        guard let outcome else {
            Issue.record("\(name) did not finish within \(Self.deadline) seconds")
            return
        }
        let report = try outcome.get()
        #expect(report.lessonCount == 1)
        let actual = report.diagnostics.map(MarkedDiagnostic.init)
        let missing = expected.filter { !actual.contains($0) }
        let unexpected = actual.filter { !expected.contains($0) }
        #expect(
            actual.sorted(by: Self.order) == expected.sorted(by: Self.order),
            "\(name)\nmissing:\n\(missing.map(\.description).joined(separator: "\n"))\nunexpected:\n\(unexpected.map(\.description).joined(separator: "\n"))")
    }

    @Test("markers read: a caret under its character, an explicit column, stacked markers, notes, prose and YAML comments")
    func testMarkers() throws {
        let source = """
            ---
            precison: 2
            # @1 error: unknown front matter key 'precison'
            # note: known keys are title, summary, precision, limits
            ---
            ```swift-compute
            let y = −2 − x
            //           ^ error: cannot find 'x' in scope
            //      ^ error: '−' (U+2212 MINUS SIGN) is not Swift's minus; use '-'
            // fix-it: replace '−' with '-'
            ```

            Half is `{swift} 1 / 2`.
            <!--             ^ warning: integer division 1 / 2 truncates to 0 -->
            """
        #expect(try MarkedDiagnostic.marked(in: source) == [
            MarkedDiagnostic(line: 2, column: 1, severity: "error", message: "unknown front matter key 'precison'",
                             notes: ["known keys are title, summary, precision, limits"]),
            MarkedDiagnostic(line: 7, column: 18, severity: "error", message: "cannot find 'x' in scope"),
            MarkedDiagnostic(line: 7, column: 9, severity: "error", message: "'−' (U+2212 MINUS SIGN) is not Swift's minus; use '-'",
                             notes: ["fix-it: replace '−' with '-'"]),
            MarkedDiagnostic(line: 13, column: 18, severity: "warning", message: "integer division 1 / 2 truncates to 0"),
        ])
        #expect(throws: MarkedDiagnostic.MalformedMarker.self) { try MarkedDiagnostic.marked(in: "// note: alone") }
        #expect(throws: MarkedDiagnostic.MalformedMarker.self) { try MarkedDiagnostic.marked(in: "x\n// @1 error: e\ny\n// note: after y") }
        #expect(throws: MarkedDiagnostic.MalformedMarker.self) { try MarkedDiagnostic.marked(in: "x\n// ^ fatal: no such severity") }
    }

    @Test("work that does not finish in time gives nil instead of stalling the run; work that does gives its result")
    func testDeadline() async {
        #expect(await Deadline.run(seconds: 10) { 42 } == 42)
        let slow = await Deadline.run(seconds: 0.2) { () -> Int in
            Thread.sleep(forTimeInterval: 2)
            return 1
        }
        #expect(slow == nil)
    }

    /// By line, column, severity, then message.
    private static func order(_ a: MarkedDiagnostic, _ b: MarkedDiagnostic) -> Bool {
        (a.line, a.column, a.severity, a.message) < (b.line, b.column, b.severity, b.message)
    }
}
