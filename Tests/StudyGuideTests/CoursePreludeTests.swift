import Foundation
import LessonDocument
import ComputeLanguage
import StudyGuide
import Testing

/// A folder's `prelude.swift`: its declarations seen by every lesson of the folder, its problems located in its own
/// file and reported once, its work counted, never a lesson and never written.
///
/// The softmax values are those of `CheckAndUpdateTests` (NumPy: softmax([2, 1, 0] / T) for T = 1 and 0.5).
@Suite("Course prelude")
struct CoursePreludeTests {
    static let prelude = """
        // The course's shared helpers.
        let logits: Vector = [2, 1, 0]
        func sharpened(_ v: Vector) -> Vector {
            softmax(v, temperature: 0.5)
        }

        """

    static let first = """
        # One

        ```swift-compute
        sharpened(logits)    // => [0.867, 0.117, 0.016]
        ```

        """

    static let second = """
        # Two

        ```swift-compute
        softmax(logits, temperature: 1)    // => [0.665, 0.245, 0.090]
        let p = sharpened(logits)
        #expect(p[0] > p[1])
        ```

        """

    private func workspace(prelude: String) throws -> TemporaryWorkspace {
        let workspace = try TemporaryWorkspace(lessons: ["01-one.md": Self.first, "02-two.md": Self.second])
        try workspace.write(prelude, to: "lessons/prelude.swift")
        return workspace
    }

    private func study(_ workspace: TemporaryWorkspace, _ paths: [String] = ["lessons"]) -> Study {
        Study(paths: paths.map(workspace.path), output: workspace.path("output"))
    }

    @Test("a prelude's function and constant are seen by two lessons, which build and check clean")
    func testSharedFunction() throws {
        let workspace = try workspace(prelude: Self.prelude)
        let built = try study(workspace).build()
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        let report = try study(workspace).check()
        #expect(report.exitCode == 0)
        #expect(report.checkedCount == 7)
        #expect(report.failedCount == 0)
        #expect(try workspace.text("output/01-one.html").contains("0.867"))
    }

    @Test("a lesson file named alone runs its folder's prelude")
    func testSingleFile() throws {
        let workspace = try workspace(prelude: Self.prelude)
        let report = try Study(paths: [workspace.path("lessons/01-one.md")], output: workspace.path("out")).check()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.checkedCount == 3)
    }

    @Test("a prelude's error is located in the prelude, with its line and caret, reported once; the lessons still build")
    func testErrorReportedOnce() throws {
        let broken = Self.prelude.replacingOccurrences(of: "softmax(v, temperature: 0.5)", with: "softmax(v, temprature: 0.5)")
            .replacingOccurrences(of: "let logits: Vector = [2, 1, 0]", with: "let logits: Vector = [2, 1, zero]")
        let workspace = try workspace(prelude: broken)
        let report = try study(workspace).build()
        let path = workspace.path("lessons/prelude.swift")
        #expect(report.diagnostics.allSatisfy { $0.path == path }, "\(report.diagnostics)")
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.location == SourceLocation(line: 2, column: 29))
        #expect(errors.first?.message.contains("zero") == true)
        let text = DiagnosticFormatter.format(report, as: .text)
        #expect(text.hasPrefix("\(path):2:29: error: "))
        #expect(text.contains("\nlet logits: Vector = [2, 1, zero]\n                            ^\n"))
        #expect(FileManager.default.fileExists(atPath: workspace.path("output/01-one.html")))
        #expect(FileManager.default.fileExists(atPath: workspace.path("output/02-two.html")))
    }

    @Test("a prelude that shows a value is an error at that statement")
    func testShownValue() throws {
        let workspace = try workspace(prelude: Self.prelude + "sharpened(logits)\n")
        let report = try study(workspace).check()
        #expect(report.exitCode == 1)
        let shown = report.diagnostics.filter { $0.message.contains("shows no values") }
        #expect(shown.count == 1)
        #expect(shown.first?.path == workspace.path("lessons/prelude.swift"))
        #expect(shown.first?.location == SourceLocation(line: 6, column: 1))
    }

    @Test("a prelude's work counts: an endless loop in it ends quickly in one error at the loop, and the lessons stay quiet")
    func testEndlessLoop() async throws {
        let workspace = try workspace(prelude: "let a = 1\nwhile true {}\n" + Self.prelude)
        let paths = [workspace.path("lessons")]
        let output = workspace.path("output")
        // A lower budget than the default keeps the test quick when the whole suite shares two cores; the loop ends at
        // it, so the prelude's work is counted (`LoopBoundTests` times the default budget alone).
        let limits = Limits(maxWork: 100_000_000)
        let report = await Deadline.run(seconds: 60) { try? Study(paths: paths, output: output, limits: limits).build() }
        let finished = try #require(report)
        let outcome = try #require(finished)
        #expect(outcome.diagnostics.count == 1, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.first?.message == "this lesson exceeds its work limit of 100000000 operations")
        #expect(outcome.diagnostics.first?.path == workspace.path("lessons/prelude.swift"))
        #expect(outcome.diagnostics.first?.location == SourceLocation(line: 2, column: 1))
    }

    @Test("the prelude runs within each lesson's own limits: a lesson that lowers them may find an error in it")
    func testLessonLimits() {
        let prelude = Prelude(path: "lessons/prelude.swift", source: "let table = zeros(rows: 4, columns: 4)\n")
        let plain = Lesson(path: "lessons/01-a.md", source: "# A\n\n```swift-compute\ntable.shape\n```\n")
        let small = Lesson(path: "lessons/02-b.md", source: "---\nlimits: {elements: 10}\n---\n# B\n\n```swift-compute\ntable.shape\n```\n")
        let clean = LessonEvaluator.evaluate(plain, prelude: prelude)
        #expect(clean.preludeDiagnostics.isEmpty)
        #expect(clean.diagnostics.isEmpty)
        let lowered = LessonEvaluator.evaluate(small, prelude: prelude)
        #expect(lowered.preludeDiagnostics.count == 1)
        #expect(lowered.preludeDiagnostics.first?.path == "lessons/prelude.swift")
        #expect(lowered.preludeDiagnostics.first?.location.line == 1)
        #expect(lowered.preludeDiagnostics.first?.message.contains("10") == true)
        // The lesson's use of the name the prelude failed to bind stays quiet.
        #expect(lowered.diagnostics.isEmpty, "\(lowered.diagnostics)")
    }

    @Test("a failed #expect in the prelude is an error at it; a passing one is quiet")
    func testExpectation() {
        let prelude = Prelude(path: "lessons/prelude.swift", source: "let n = 6\n#expect(n * 7 == 42)\n#expect(n > 7)\n")
        let lesson = Lesson(path: "lessons/01-a.md", source: "# A\n\n```swift-compute\nn * 7  // => 42\n```\n")
        let evaluated = LessonEvaluator.evaluate(lesson, prelude: prelude)
        #expect(evaluated.preludeDiagnostics.map(\.message) == ["expectation failed: n > 7"])
        #expect(evaluated.preludeDiagnostics.first?.location == SourceLocation(line: 3, column: 1))
        #expect(evaluated.checkedCount == 1)
        #expect(evaluated.diagnostics.isEmpty)
    }

    @Test("update rewrites the lessons' results but never the prelude, and a prelude is never a lesson")
    func testUpdateLeavesPrelude() throws {
        let prelude = Self.prelude + "// => 12\n"
        let workspace = try TemporaryWorkspace(lessons: [
            "01-one.md": Self.first.replacingOccurrences(of: "0.867", with: "0.866"), "02-two.md": Self.second,
        ])
        try workspace.write(prelude, to: "lessons/prelude.swift")
        let report = try study(workspace).update()
        #expect(report.updatedLessons == [workspace.path("lessons/01-one.md")])
        #expect(try workspace.text("lessons/01-one.md") == Self.first)
        #expect(try workspace.text("lessons/prelude.swift") == prelude)
        #expect(try study(workspace).check().exitCode == 0)
        let before = try workspace.snapshot(".")
        #expect(throws: StudyError.preludeAsLesson(workspace.path("lessons/prelude.swift"))) {
            try study(workspace, ["lessons/prelude.swift"]).update()
        }
        #expect(try workspace.snapshot(".") == before)
    }

    @Test("an output folder holding the file a symlinked prelude leads to is refused; nothing is written")
    func testSymlinkedPreludeIntoOutput() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-one.md": Self.first])
        try workspace.write(Self.prelude, to: "output/prelude.swift")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path("lessons/prelude.swift"), withDestinationPath: workspace.path("output/prelude.swift"))
        let before = try workspace.snapshot(".")
        #expect(throws: StudyError.outputOverlapsLessons(output: workspace.path("output"), lessons: workspace.path("lessons/prelude.swift"))) {
            try study(workspace).build()
        }
        #expect(try workspace.snapshot(".") == before)
    }

    @Test("a prelude that is not UTF-8, or is a folder, stops the command with what it is; nothing is written")
    func testUnreadablePrelude() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-one.md": Self.first])
        try Data([0x6C, 0x65, 0x74, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: workspace.path("lessons/prelude.swift")))
        #expect(throws: StudyError.notUTF8(workspace.path("lessons/prelude.swift"))) { try study(workspace).build() }
        #expect(!FileManager.default.fileExists(atPath: workspace.path("output")))
        try FileManager.default.removeItem(atPath: workspace.path("lessons/prelude.swift"))
        try FileManager.default.createDirectory(atPath: workspace.path("lessons/prelude.swift"), withIntermediateDirectories: false)
        #expect(throws: StudyError.unreadable(workspace.path("lessons/prelude.swift"), reason: "it is a folder, not a Swift file")) {
            try study(workspace).check()
        }
    }

    @Test("changing the prelude changes what check reports")
    func testChangeRechecks() throws {
        let workspace = try workspace(prelude: Self.prelude)
        _ = try study(workspace).build()
        #expect(try study(workspace).check().exitCode == 0)
        try workspace.write(Self.prelude.replacingOccurrences(of: "0.5", with: "1"), to: "lessons/prelude.swift")
        let report = try study(workspace).check()
        #expect(report.exitCode == 1)
        let drift = report.diagnostics.filter { $0.message.contains("wrong result") }
        #expect(drift.map(\.path) == Array(repeating: workspace.path("lessons/01-one.md"), count: 3))
        #expect(drift.map(\.message) == [
            "wrong result: written 0.867, computed 0.665", "wrong result: written 0.117, computed 0.245",
            "wrong result: written 0.016, computed 0.090",
        ])
        #expect(report.failedCount == 3)
    }
}
