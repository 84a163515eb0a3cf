import Testing
@testable import LessonDocument

/// `//| key: value` lines: what they set and what they report, at which positions.
struct CellOptionsTests {
    @Test func readsAllOptionsInsideAListItem() {
        let source = """
        # Options

        - item

          ```swift-compute
          //| label: temperatures
          //| precision: 3
          //| echo: false
          //| error: true
          let x = 1
          //| label: ignored
          ```

        """
        let lesson = Lesson(path: "l.md", source: source)
        #expect(lesson.cells.first?.options == CellOptions(label: "temperatures", precision: 3, echo: false, expectsError: true))
        #expect(lesson.diagnostics.map { "\($0.location) \($0.severity) \($0.message)" } == [
            "11:7 warning this option line is not read: options must be the first lines of the block",
        ])
    }

    @Test func locatesTheKeyOfEachOptionSet() {
        let source = "# Options\n\n- item\n\n  ```swift-compute\n  //| label: x\n  //|   error: true\n  //| echo: maybe\n  let x = 1\n  ```\n"
        let cell = Lesson(path: "l.md", source: source).cells.first
        #expect(cell?.optionKeys == ["label": SourceLocation(line: 6, column: 7), "error": SourceLocation(line: 7, column: 9)])
    }

    @Test func defaultsWithoutOptionLines() {
        let lesson = Lesson(path: "l.md", source: "```swift-compute\nlet x = 1\n```\n")
        #expect(lesson.cells.first?.options == CellOptions())
        #expect(CellOptions() == CellOptions(label: nil, precision: nil, echo: true, expectsError: false))
    }

    @Test func quotedLabelAndIndentedMarker() {
        let lesson = Lesson(path: "l.md", source: "```swift-compute\n  //| label: \"attention\"\n//| precision: 0\n```\n")
        #expect(lesson.cells.first?.options == CellOptions(label: "attention", precision: 0))
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func reportsBadOptionsAtKeyAndValue() {
        let source = """
        ```swift-compute
        //| colour: red
        //| precision: 16
        //| echo: maybe
        //|precision 3
        //| error:
        //| precision: 2
        let x = 1
        //| bogus: 1
        ```

        """
        let lesson = Lesson(path: "lessons/02-bad.md", source: source)
        let found = lesson.diagnostics.map { "\($0.location) \($0.severity == .warning ? "warning: " : "")\($0.message)" }
        #expect(found == [
            "2:5 unknown cell option 'colour'",
            "3:16 invalid precision '16'; expected an integer from 0 to 15",
            "4:11 invalid value 'maybe' for option 'echo'; expected true or false",
            "5:1 malformed option line; expected '//| key: value'",
            "6:11 missing value for option 'error'",
            "9:5 warning: this option line is not read: options must be the first lines of the block",
        ])
        #expect(lesson.diagnostics.dropLast().allSatisfy { $0.severity == .error && $0.path == "lessons/02-bad.md" })
        #expect(lesson.diagnostics.first?.notes.map(\.message) == ["known options are label, precision, echo, error"])
        #expect(lesson.cells.first?.options == CellOptions(precision: 2))
    }

    @Test func positionsInsideAQuoteIncludeThePrefix() {
        let source = "Intro.\n\n> ```swift-compute\n> //| colour: red\n> //| precision: x\n> ```\n"
        let lesson = Lesson(path: "q.md", source: source)
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 4, column: 7), SourceLocation(line: 5, column: 18)])
        #expect(source.line(4).utf8Text(6..<12) == "colour")
        #expect(source.line(5).utf8Text(17..<18) == "x")
    }

    @Test func negativeAndNonIntegerPrecisionsAreRejected() {
        for value in ["-1", "2.5", "three", "99999999999999999999999"] {
            let lesson = Lesson(path: "p.md", source: "```swift-compute\n//| precision: \(value)\n```\n")
            #expect(lesson.diagnostics.map(\.message) == ["invalid precision '\(value)'; expected an integer from 0 to 15"])
            #expect(lesson.cells.first?.options.precision == nil)
        }
    }

    @Test func messagesFollowTheStyle() {
        let at = SourceLocation(line: 1, column: 1)
        let messages = [
            Diagnostic.unknownCellOption("x", path: "p", at: at),
            .invalidPrecision("x", path: "p", at: at),
            .invalidFlag("x", key: "echo", path: "p", at: at),
            .missingOptionValue("label", path: "p", at: at),
            .malformedOptionLine(path: "p", at: at),
            .repeatedOption("echo", path: "p", at: at, first: at),
            .optionLineAfterCode(path: "p", at: at),
            .unclosedFence(character: UInt8(ascii: "`"), length: 3, path: "p", at: at),
        ].map(\.message)
        for message in messages {
            #expect(message.first?.isLowercase == true)
            #expect(!message.hasSuffix("."))
        }
    }

    @Test("a tab-indented option line is honoured, hidden from the shown code, and located by its bytes")
    func tabIndentedOptionsAreHonoured() {
        let source = "```swift-compute\n\t//| echo: false\n\t//|\tprecision: 2\n \t//| label: tabbed\nlet x = 1\n```\n"
        let lesson = Lesson(path: "l.md", source: source)
        #expect(lesson.diagnostics.isEmpty)
        #expect(lesson.cells.first?.options == CellOptions(label: "tabbed", precision: 2, echo: false))
        #expect(lesson.cells.first?.optionKeys == [
            "echo": SourceLocation(line: 2, column: 6), "precision": SourceLocation(line: 3, column: 6),
            "label": SourceLocation(line: 4, column: 7),
        ])
    }

    @Test("a tab-indented bad option is a located error like a space-indented one")
    func tabIndentedBadOptionsAreReported() {
        let source = "```swift-compute\n\t//| colour: red\n\t//|echo: false\n\t//| echo: maybe\n```\n"
        let found = Lesson(path: "l.md", source: source).diagnostics.map { "\($0.location) \($0.message)" }
        #expect(found == [
            "2:6 unknown cell option 'colour'",
            "3:2 malformed option line; expected '//| key: value'",
            "4:12 invalid value 'maybe' for option 'echo'; expected true or false",
        ])
    }

    @Test("an option set twice is an error at the second, with a note at the first, and the first value stands")
    func repeatedOptionIsAnError() throws {
        let source = "```swift-compute\n//| echo: false\n//| precision: 2\n//| echo: true\n```\n"
        let lesson = Lesson(path: "l.md", source: source)
        let diagnostic = try #require(lesson.diagnostics.first)
        #expect(lesson.diagnostics.count == 1)
        #expect("\(diagnostic.location) \(diagnostic.message)" == "4:5 option 'echo' is already set in this block")
        #expect(diagnostic.notes == [Diagnostic.Note("'echo' is first set here", at: SourceLocation(line: 2, column: 5))])
        #expect(lesson.cells.first?.options == CellOptions(precision: 2, echo: false))
    }

    @Test("an option line below the code, or after a comment or a blank line, is a warning: nothing reads it")
    func optionLineAfterCodeIsAWarning() {
        for source in ["```swift-compute\nlet x = 1\n//| echo: false\n```\n", "```swift-compute\n// first\n//| echo: false\n```\n",
                       "```swift-compute\n//| precision: 1\n\n//| echo: false\n```\n"] {
            let lesson = Lesson(path: "l.md", source: source)
            #expect(lesson.diagnostics.map(\.severity) == [.warning])
            #expect(lesson.diagnostics.map(\.message) == ["this option line is not read: options must be the first lines of the block"])
            #expect(lesson.cells.first?.options.echo == true)
        }
    }
}
