import Foundation
import LessonDocument
import StudyGuide
import Testing

@Suite("Check and update")
struct CheckAndUpdateTests {
    static let lesson = """
        # Temperatures

        ```swift-compute
        let z: Vector = [2, 1, 0]
        softmax(z, temperature: 1)      // => [0.665, 0.245, 0.090]
        softmax(z, temperature: 0.5)    // => [0.867, 0.117, 0.016]
        softmax(z, temperature: 2)      // => [0.506, 0.307, 0.186]
        ```

        Prose after the block stays as it is: 0.866 here is not a result.

        """

    private func study(_ workspace: TemporaryWorkspace) -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path("output"))
    }

    @Test("a right lesson checks clean once built, and a second build changes nothing")
    func testCleanCheck() throws {
        let workspace = try TemporaryWorkspace(lessons: ["04-t.md": Self.lesson])
        #expect(try study(workspace).build().exitCode == 0)
        let first = try workspace.snapshot("output")
        let report = try study(workspace).check()
        #expect(report.exitCode == 0)
        #expect(report.checkedCount == 9)
        #expect(report.staleFiles.isEmpty)
        _ = try study(workspace).build()
        #expect(try workspace.snapshot("output") == first)
    }

    @Test("a block marked 'error: true' that runs cleanly is an error at its 'error' option; one that fails is quiet")
    func testExpectedErrorMissing() {
        let clean = "# E\n\n```swift-compute\n//| label: sum\n//| error: true\nlet x = 1 + 1\n```\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-e.md", source: clean))
        #expect(lesson.diagnostics.map(\.message) == ["this block is marked 'error: true' but ran without an error"])
        #expect(lesson.diagnostics.first?.location == SourceLocation(line: 5, column: 5))
        let failing = clean.replacingOccurrences(of: "1 + 1", with: "1 / 0")
        #expect(LessonEvaluator.evaluate(Lesson(path: "lessons/01-e.md", source: failing)).diagnostics.isEmpty)
    }

    @Test("a block that uses a name whose definition failed in an earlier block stays quiet: one error, at the definition")
    func testFailedNameQuiet() {
        let source = "# A\n\n```swift-compute\nlet x = zero\n```\n\n```swift-compute\nx + 1  // => 2\n```\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-a.md", source: source))
        #expect(lesson.diagnostics.map(\.message) == ["cannot find 'zero' in scope"])
        #expect(lesson.diagnostics.first?.location == SourceLocation(line: 4, column: 9))
        #expect(lesson.edits.isEmpty)
        #expect(lesson.failedCount == 0)
    }

    @Test("a wrong number fails check at its own line and column, with both values")
    func testDrift() throws {
        let wrong = Self.lesson.replacingOccurrences(of: "[0.867, 0.117, 0.016]", with: "[0.866, 0.117, 0.016]")
        let workspace = try TemporaryWorkspace(lessons: ["04-t.md": wrong])
        let report = try study(workspace).check()
        #expect(report.exitCode == 1)
        let drift = report.diagnostics.filter { $0.message.contains("wrong result") }
        #expect(drift.count == 1)
        #expect(drift.first?.location == SourceLocation(line: 6, column: 40))
        #expect(drift.first?.message == "wrong result: written 0.866, computed 0.867")
        #expect(drift.first?.path == workspace.path("lessons/04-t.md"))
    }

    @Test("update restores the right value, changes no other byte, and a second update changes nothing")
    func testUpdateRoundTrip() throws {
        let wrong = Self.lesson.replacingOccurrences(of: "[0.867, 0.117, 0.016]", with: "[0.866, 0.117, 0.016]")
        let workspace = try TemporaryWorkspace(lessons: ["04-t.md": wrong])
        let report = try study(workspace).update()
        #expect(report.exitCode == 0)
        #expect(try workspace.text("lessons/04-t.md") == Self.lesson)
        let once = try workspace.snapshot(".")
        _ = try study(workspace).update()
        #expect(try workspace.snapshot(".") == once)
        #expect(try study(workspace).check().exitCode == 0)
    }

    @Test("update keeps each number's written precision and leaves right short numbers alone")
    func testPrecisionKept() throws {
        let source = "```swift-compute\nlet z: Vector = [2, 1, 0]\nsoftmax(z)  // => [0.67, 0.3, 0.09000]\nsoftmax(z)  // => [0.7, 0.2, 0.1]\n```\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-p.md": source])
        _ = try study(workspace).update()
        let updated = try workspace.text("lessons/01-p.md")
        #expect(updated == "```swift-compute\nlet z: Vector = [2, 1, 0]\nsoftmax(z)  // => [0.67, 0.2, 0.09003]\nsoftmax(z)  // => [0.7, 0.2, 0.1]\n```\n")
    }

    @Test("update writes missing comments, a matrix over aligned continuation lines, inside a list item")
    func testInsertions() throws {
        let source = "- item\n\n  ```swift-compute\n  let m = [[1, 2], [3, 4]]\n  m\n  m * m\n  1 + 2\n  ```\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-i.md": source])
        _ = try study(workspace).update()
        let expected = """
            - item

              ```swift-compute
              let m = [[1, 2], [3, 4]]
              m      // => [1.000, 2.000]
                     //    [3.000, 4.000]
              m * m  // => [ 7.000, 10.000]
                     //    [15.000, 22.000]
              1 + 2  // => 3
              ```

            """
        #expect(try workspace.text("lessons/01-i.md") == expected)
        #expect(try study(workspace).check().exitCode == 0)
    }

    @Test("new comments align with the lines that get one, not with a long figure call in the same block")
    func testAlignmentIgnoresFigures() throws {
        let source = "# A\n\n```swift-compute\nlet v = [1.0, 2.0]\nbars([v], labels: [\"a long label for a series\"], categories: [\"x\", \"y\"])\nsum(v)\n```\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": source])
        _ = try study(workspace).update()
        #expect(try workspace.text("lessons/01-a.md").contains("\nsum(v)  // => 3.000\n"))
    }

    @Test("update keeps CRLF line endings, the file's mode, and writes through a symlink")
    func testFileKept() throws {
        let workspace = try TemporaryWorkspace()
        let crlf = "```swift-compute\r\nlet m = [[1, 2], [3, 4]]\r\nm\r\n```\r\n"
        try workspace.write(crlf, to: "real/01-s.md")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("lessons/01-s.md"), withDestinationPath: "../real/01-s.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: workspace.path("real/01-s.md"))
        _ = try study(workspace).update()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("lessons/01-s.md")) == "../real/01-s.md")
        #expect(try workspace.text("real/01-s.md") == "```swift-compute\r\nlet m = [[1, 2], [3, 4]]\r\nm  // => [1.000, 2.000]\r\n   //    [3.000, 4.000]\r\n```\r\n")
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.path("real/01-s.md"))[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path("real")).filter { $0.hasPrefix(".study-") }
        #expect(leftovers.isEmpty)
    }

    @Test("a block with errors is left as it is by update")
    func testErrorBlockUntouched() throws {
        let source = "```swift-compute\nlet z: Vector = [2, 1, 0]\nsoftmax(z)  // => [0.1, 0.2, 0.3]\nsoftmax(z, temperature: )\n```\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-e.md": source])
        let report = try study(workspace).update()
        #expect(report.exitCode == 1)
        #expect(try workspace.text("lessons/01-e.md") == source)
    }

    @Test("a syntax error is located with its column, the page still renders it in place, and the exit code is 1")
    func testSyntaxError() throws {
        let source = "# Broken\n\n```swift-compute\nlet z: Vector = [2, 1, 0]\nsoftmax(z, temperature: )\n```\n\nAfter.\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-b.md": source])
        let report = try study(workspace).build()
        #expect(report.exitCode == 1)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location == SourceLocation(line: 5, column: 25))
        let page = try workspace.text("output/01-b.html")
        #expect(page.contains("<pre class=\"diagnostic error\">"))
        #expect(page.contains("5:25: error: expected value in function call"))
        #expect(page.contains("<p>After.</p>"))
        let text = DiagnosticFormatter.text(error, source: source)
        #expect(text.hasSuffix("softmax(z, temperature: )\n                        ^\n") || text.contains("softmax(z, temperature: )\n                        ^\n"))
    }

    @Test("an unclosed fence is an error at the fence, and the page still renders")
    func testUnclosedFence() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-u.md": "# U\n\n```swift-compute\nlet x = 1\n"])
        let report = try study(workspace).build()
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.first?.location == SourceLocation(line: 3, column: 1))
        #expect(report.diagnostics.first?.message.contains("unclosed") == true)
        #expect(FileManager.default.fileExists(atPath: workspace.path("output/01-u.html")))
    }

    @Test("a missing lessons folder is thrown, not reported")
    func testMissingFolder() throws {
        let workspace = try TemporaryWorkspace()
        #expect(throws: StudyError.missingPath(workspace.path("nowhere"))) {
            try Study(paths: [workspace.path("nowhere")], output: workspace.path("output")).build()
        }
        #expect(throws: StudyError.noLessons(workspace.path("lessons"))) { try study(workspace).check() }
    }

    @Test("update on disk keeps a lone-CR lesson lone-CR and a CRLF lesson CRLF, and a second update changes nothing")
    func testUpdateKeepsLineEndingsOnDisk() throws {
        let code = "# E\n\n```swift-compute\nlet m: Matrix = [[1, 0], [0, 1]]\nm\nlet x = 2.5\nx  // =>\n```\n"
        let expected = "# E\n\n```swift-compute\nlet m: Matrix = [[1, 0], [0, 1]]\nm  // => [1.000, 0.000]\n   //    [0.000, 1.000]\n"
            + "let x = 2.5\nx  // => 2.500\n```\n"
        for ending in ["\r", "\r\n"] {
            let workspace = try TemporaryWorkspace(lessons: ["01-e.md": code.replacingOccurrences(of: "\n", with: ending)])
            #expect(try study(workspace).update().exitCode == 0)
            #expect(try workspace.text("lessons/01-e.md") == expected.replacingOccurrences(of: "\n", with: ending))
            let once = try workspace.snapshot(".")
            _ = try study(workspace).update()
            #expect(try workspace.snapshot(".") == once)
        }
    }
}
