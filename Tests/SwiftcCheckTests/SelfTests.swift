import ComputeLanguage
import LessonDocument
import StudyGuide
import Testing
@testable import SwiftcCheck

/// The check compiled for real on a small lesson: clean, then with one ComputeKit twin broken, then with one interpreter
/// value altered. Needs the ComputeKit objects of `swift build --build-tests` in .build/debug.
@Suite("swiftc-check: a broken twin or an altered interpreter value fails the check, naming the lesson, line and values")
struct SelfTests {
    static let root = String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/")).withLeadingSlash
    static let lesson = Lesson(path: "fixture.md", source: """
        # Fixture

        ```swift-compute
        let z: Vector = [2, 1, 0]
        let p = softmax(z)
        p
        sum(p)
        let n = 6
        n * 7
        #expect(p[0] > p[1])
        ```

        ```swift-compute
        //| error: true
        softmax(z, temperature: 0)
        ```
        """)

    static func runner(_ name: String) -> SwiftcRunner {
        SwiftcRunner(buildPath: root + "/.build/debug", workPath: root + "/.build/swiftc-check-tests/" + name)
    }

    @Test("the fixture compiles and every value matches; the error block is skipped")
    func testClean() throws {
        let report = try SwiftcCheck(lessons: [Self.lesson], includesReference: false).run(with: Self.runner("clean"))
        #expect(report.passed, "\(report.summary)")
        #expect(report.comparison.values == 4)
        #expect(report.program.skippedBlocks == ["fixture.md:13"])
    }

    @Test("a block the interpreter runs but swiftc refuses (Int * Double) fails at the lesson's own line")
    func testRefusedBlock() throws {
        let lesson = Lesson(path: "mixed.md", source: "# Mixed\n\n```swift-compute\nlet a = 2\nlet b = 0.5\na * b  // => 1\n```\n")
        #expect(throws: SwiftcRunner.Failure.self) {
            _ = try SwiftcCheck(lessons: [lesson], includesReference: false).run(with: Self.runner("mixed"))
        }
        do {
            _ = try SwiftcCheck(lessons: [lesson], includesReference: false).run(with: Self.runner("mixed"))
        } catch {
            #expect("\(error)".contains("mixed.md:6:"), "\(error)")
            #expect("\(error)".contains("'*'"), "\(error)")
        }
    }

    @Test("a course prelude is compiled beside the lessons and called by nothing; a block failing in the interpreter is a problem")
    func testPreludeAndFailingBlock() {
        let prelude = CheckProgram.File(name: "prelude_0.swift", text: "import ComputeKit\nfunc twice(_ x: Double) -> Double { 2 * x }\n")
        let failing = Lesson(path: "failing.md", source: "# F\n\n```swift-compute\nsoftmax(1, 2, 3)\n```\n")
        let program = SwiftcCheck(lessons: [Self.lesson, failing], includesReference: false, preludes: [prelude]).program
        #expect(program.sources.first == prelude)
        #expect(program.sources.last?.text.contains("prelude") == false)
        #expect(program.problems == ["failing.md:3: the block fails in the interpreter (`study check` says why); it is not compiled"])
    }

    @Test("a lesson is evaluated with its course prelude, as study runs it; the prelude's file is located at its own lines")
    func testLessonPrelude() throws {
        let prelude = Prelude(path: "course/prelude.swift", source: "func twice(_ x: Double) -> Double { 2 * x }\n")
        let lesson = Lesson(path: "course/01-a.md", source: "# A\n\n```swift-compute\ntwice(21)\n```\n")
        let file = LessonProgram.prelude(prelude, index: 0)
        #expect(file.text == "import ComputeKit\n#sourceLocation(file: \"course/prelude.swift\", line: 1)\n" + prelude.source + "\n#sourceLocation()\n")
        let program = SwiftcCheck(lessons: [lesson], includesReference: false, preludes: [file], lessonPreludes: [prelude]).program
        #expect(program.problems.isEmpty, "\(program.problems)")
        // Without its prelude the lesson's block fails in the interpreter, and is not compiled.
        #expect(SwiftcCheck(lessons: [lesson], includesReference: false, preludes: [file]).program.problems.count == 1)
        let broken = Prelude(path: "course/prelude.swift", source: "let x = nowhere\nfunc twice(_ x: Double) -> Double { 2 * x }\n")
        let failing = SwiftcCheck(lessons: [lesson, lesson], includesReference: false, lessonPreludes: [broken, broken]).program
        #expect(failing.problems == ["course/prelude.swift: the course prelude fails in the interpreter (`study check` says why)"])
    }

    @Test("a listed deviation that matches no statement fails the check, to be removed")
    func testStaleDeviation() throws {
        let deviations = [Deviation("nowhere(1)", at: "fixture.md", "no such statement")]
        let report = try SwiftcCheck(lessons: [Self.lesson], includesReference: false, deviations: deviations).run(with: Self.runner("stale"))
        #expect(report.staleDeviations == deviations)
        #expect(!report.passed)
    }

    @Test("a softmax twin off by 1e-9 fails at the lesson's line with both values")
    func testBrokenTwin() throws {
        let broken = CheckProgram.File(name: "broken_twin.swift", text: """
            import ComputeKit
            /// softmax, deliberately off by 1e-9 in its first element (shadows ComputeKit's).
            func softmax(_ logits: Vector, temperature: Double = 1) -> Vector {
                var p = ComputeKit.softmax(logits, temperature: temperature)
                p[0] += 1e-9
                return p
            }
            """)
        let report = try SwiftcCheck(lessons: [Self.lesson], includesReference: false).run(with: Self.runner("broken"), extraSources: [broken])
        #expect(!report.passed)
        let first = try #require(report.comparison.mismatches.first)
        #expect(first.hasPrefix("fixture.md:6:1: interpreter [0] = 0.665240955774821"), "\(first)")
        #expect(first.contains("(Double), swiftc [0] = 0.665240956774821"), "\(first)")
    }

    @Test("an interpreter value altered by 1e-9 fails the same way")
    func testAlteredInterpreter() throws {
        let check = SwiftcCheck(lessons: [Self.lesson], includesReference: false)
        var program = check.program
        let index = try #require(program.expected.firstIndex { $0.site == "fixture.md:7:1" })
        program.expected[index].leaves[0].text = String(Double(program.expected[index].leaves[0].text)! + 1e-9)
        let (_, executable) = try Self.runner("altered").compile(program)
        let output = try SwiftcRunner.run(executable, []).output
        let comparison = Comparison(expected: program.expected, actual: ShownValue.parse(output: output))
        #expect(comparison.mismatches.count == 1)
        let altered = program.expected[index].leaves[0].text
        #expect(comparison.mismatches.first?.hasPrefix("fixture.md:7:1: interpreter value = \(altered) (Double), swiftc value = ") == true)
    }
}

private extension String {
    var withLeadingSlash: String { hasPrefix("/") ? self : "/" + self }
}
