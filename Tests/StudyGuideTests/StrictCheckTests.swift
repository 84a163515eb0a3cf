import Foundation
import LessonDocument
import StudyGuide
import Testing

/// `check --strict`: numbers typed in prose that no claim or inline expression ties to a computation are warnings.
@Suite("check --strict")
struct StrictCheckTests {
    private func study(_ workspace: TemporaryWorkspace) -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path("output"))
    }

    /// The untied-number warnings of a strict check of `lesson`, as (text, line, column).
    private func untied(_ lesson: String) throws -> [String] {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": lesson])
        return try study(workspace).check(strict: true).diagnostics.filter { $0.severity == .warning }.map { diagnostic in
            "\(diagnostic.location): \(diagnostic.message)"
        }
    }

    @Test("a number typed in prose is a warning at the number, with a note suggesting a claim; claims are not")
    func testWarningAndNote() throws {
        let lesson = """
            ```swift-compute
            let p = softmax([2, 1, 0], temperature: 1)
            ```

            The favourite gets 0.665, or `{swift} p[0] => 0.665`, and `{swift} p[1]`.

            """
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": lesson])
        let report = try study(workspace).check(strict: true)
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.message) == ["number not tied to a computation: 0.665"])
        #expect(warnings.map(\.location) == [SourceLocation(line: 5, column: 20)])
        #expect(warnings.first?.notes.map(\.message) == ["write it as a claim, `{swift} expr => 0.665`, to have it computed and checked"])
        #expect(report.untiedNumberCount == 1)
        #expect(report.exitCode == 1)
        #expect(report.summary.contains("1 number in prose not tied to a computation"))
    }

    @Test("without strict, no warning is computed and the exit code does not change")
    func testNotStrict() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": "Typed 0.665 and 33.098%.\n"])
        _ = try study(workspace).build()
        let report = try study(workspace).check()
        #expect(report.diagnostics.isEmpty)
        #expect(report.untiedNumberCount == 0)
        #expect(report.exitCode == 0)
        #expect(!report.summary.contains("tied"))
        #expect(try study(workspace).check(strict: true).exitCode == 1)
    }

    @Test("a number whose value is a literal of the lesson's code or inline expressions is an input, not a result")
    func testCodeLiteralsExempt() throws {
        let lesson = """
            ```swift-compute
            let x: Vector = [0.8, -1.8]
            let n = 124_439_808
            let rate = 0.25
            let small = 1e-3
            let t = 0.5
            ```

            With x = [0.8, −1.8], n = 124,439,808 parameters, a rate of 25%, 1.0e-3, 0.001 and t = 0.50:
            all inputs. At 0.75, `{swift} softmax(x, temperature: 0.75)`; but 0.9, −0.35 and 1.8% are typed.

            """
        #expect(try untied(lesson) == [
            "10:67: number not tied to a computation: 0.9", "10:72: number not tied to a computation: −0.35",
            "10:84: number not tied to a computation: 1.8%",
        ])
    }

    @Test("the warnings sit among the lesson's other diagnostics by location, and print in every format")
    func testOrderAndFormats() throws {
        let lesson = "Typed 0.5.\n\n```swift-compute\n1 + 1  // => 3\n```\n\nTyped 0.25.\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": lesson])
        let report = try study(workspace).check(strict: true)
        #expect(report.diagnostics.map(\.severity) == [.warning, .error, .warning])
        let sources = report.sources
        let text = DiagnosticFormatter.format(report.diagnostics, as: .text, sources: sources)
        let path = try #require(report.diagnostics.first?.path)
        #expect(path.hasSuffix("lessons/01-x.md"))
        #expect(text.contains("\(path):1:7: warning: number not tied to a computation: 0.5\nTyped 0.5.\n      ^\n"))
        #expect(text.contains("\(path):1:7: note: write it as a claim, `{swift} expr => 0.5`, to have it computed and checked\n"))
        let github = DiagnosticFormatter.format(report.diagnostics, as: .github, sources: sources)
        #expect(github.contains("::warning file=\(path),line=7,col=7::number not tied to a computation: 0.25%0Awrite it as a claim"))
        let json = DiagnosticFormatter.format(report.diagnostics, as: .json, sources: sources)
        #expect(json.contains("\"severity\" : \"warning\""))
        #expect(json.contains("\"message\" : \"number not tied to a computation: 0.25\""))
    }

    /// The softmax lesson as it stood with its results typed in the prose (a copy: the lesson itself moves to claims).
    @Test("the softmax lesson's hand-typed results are listed, and its temperature 0.5 (a code literal) is not")
    func testSoftmaxLesson() throws {
        let lesson = try GoldenFiles.lesson("04-softmax-temperature.md")
        let warnings = UntiedNumbers.diagnostics(for: lesson)
        #expect(warnings.map { "\($0.location) \($0.message.components(separatedBy: ": ").last ?? "")" } == [
            "27:75 2.718", "28:16 0.665", "28:24 0.245", "28:34 0.245", "28:42 0.090", "59:62 0.665", "59:71 0.867", "61:46 0.506",
        ])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.path == "lessons/04-softmax-temperature.md" })
    }
}
