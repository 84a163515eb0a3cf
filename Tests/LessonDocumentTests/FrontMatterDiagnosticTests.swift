import Testing
@testable import LessonDocument

/// Every problem in front matter is a diagnostic located in the lesson file, and the rest of the front matter still counts.
struct FrontMatterDiagnosticTests {
    /// Front matter bodies (between the delimiters), the one diagnostic each gives, and where.
    static let cases: [(yaml: String, message: String, line: Int, column: Int)] = [
        ("author: me", "unknown front matter key 'author'", 2, 1),
        ("title: [a, b]", "invalid value for 'title'; expected a string", 2, 8),
        ("summary:", "invalid value for 'summary'; expected a string", 2, 9),
        ("precision: 16", "invalid precision '16'; expected an integer from 0 to 15", 2, 12),
        ("precision: 3.5", "invalid precision '3.5'; expected an integer from 0 to 15", 2, 12),
        ("precision: \"3\"", "invalid precision '3'; expected an integer from 0 to 15", 2, 12),
        ("precision: 1:30:00", "invalid precision '1:30:00'; expected an integer from 0 to 15", 2, 12),
        ("limits: 5", "invalid value for 'limits'; expected a mapping such as { elements: 1000000, work: 2000000000 }", 2, 9),
        ("limits:\n  elements: 0", "invalid value '0' for limit 'elements'; expected a positive integer", 3, 13),
        ("limits: { work: 99999999999999999999 }", "invalid value '99999999999999999999' for limit 'work'; expected a positive integer", 2, 17),
        ("limits: { time: 5 }", "unknown limit 'time'", 2, 11),
        ("title: a\n  b: c", "invalid front matter: mapping values are not allowed in this context", 3, 4),
        ("title: é: x", "invalid front matter: mapping values are not allowed in this context", 2, 10),
        ("title: \"open", "invalid front matter: found unexpected end of stream", 3, 1),
        ("title: x\u{1}", "invalid front matter: control characters are not allowed", 2, 9),
        ("title: x\ntitle: y", "duplicate front matter key 'title'", 2, 1),
        ("- a\n- b", "front matter must be a mapping of keys to values", 2, 1),
        ("a: &x [1]\nb: *x", "front matter may not use aliases", 3, 4),
        ("a: " + String(repeating: "[", count: 200), "front matter nests too deeply (at most 128 levels)", 2, 1),
    ]

    @Test(arguments: cases.indices) func diagnosed(_ index: Int) {
        let (yaml, message, line, column) = Self.cases[index]
        let lesson = Lesson(path: "lessons/f.md", source: "---\n\(yaml)\n---\n\nText.\n")
        #expect(lesson.diagnostics.map(\.message) == [message], "\(yaml.debugDescription)")
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: line, column: column)], "\(yaml.debugDescription)")
        #expect(lesson.diagnostics.allSatisfy { $0.path == "lessons/f.md" && $0.severity == .error })
        #expect(lesson.html == "<p>Text.</p>\n")
    }

    @Test func theValidKeysStillCount() {
        let lesson = Lesson(path: "f.md", source: "---\ntitle: Kept\nprecision: 99\nlimits: { elements: 10, work: -1 }\n---\n")
        #expect(lesson.frontMatter == FrontMatter(title: "Kept", maxElements: 10))
        #expect(lesson.diagnostics.count == 2)
    }

    @Test func unknownKeysNameTheKnownOnes() {
        let lesson = Lesson(path: "f.md", source: "---\ntitel: x\nlimits: { memory: 1 }\n---\n")
        #expect(lesson.diagnostics.map { $0.notes.map(\.message) } == [
            ["known keys are title, summary, precision, limits"], ["known limits are elements, work"],
        ])
    }

    @Test func aYAMLErrorKeepsItsContextAsANote() {
        let lesson = Lesson(path: "f.md", source: "---\nsummary: x\ntitle: 'unclosed\n---\n")
        #expect(lesson.diagnostics.count == 1)
        #expect(lesson.diagnostics.first?.notes.first?.location.map { $0.line >= 2 } == true)
    }

    @Test func blockScalarsMayHoldStarsAndPlainScalarsMayHoldBrackets() {
        let source = "---\nsummary: |\n  *emphasis* and a [link](x) and *x\ntitle: see [1] - and *this*\n---\n"
        let lesson = Lesson(path: "f.md", source: source)
        #expect(lesson.diagnostics.isEmpty)
        #expect(lesson.frontMatter.summary == "*emphasis* and a [link](x) and *x")
        #expect(lesson.frontMatter.title == "see [1] - and *this*")
    }
}
