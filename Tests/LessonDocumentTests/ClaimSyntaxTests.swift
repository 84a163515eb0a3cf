import Testing
@testable import LessonDocument

/// What a claim may write after `=>` (a number, a unit, a source) and the sourced number `{source: …} 175B`: the parts
/// read, their exact byte ranges, and each malformed case as an error located in the lesson.
@Suite("Claim syntax: units and sources")
struct ClaimSyntaxTests {
    /// The parts of the one inline expression in `source`.
    private func only(_ source: String) throws -> InlineExpression {
        let lesson = Lesson(path: "lessons/01-c.md", source: source)
        #expect(lesson.diagnostics.isEmpty, "\(lesson.diagnostics.map(\.message))")
        return try #require(lesson.inlineExpressions.first)
    }

    /// The diagnostics of `source`, as `line:column message`.
    private func problems(_ source: String) -> [String] {
        Lesson(path: "lessons/01-c.md", source: source).diagnostics.map { "\($0.location) \($0.message)" }
    }

    @Test("a sourced claim keeps its number, its source, and the number's range as the bytes update may rewrite")
    func testSourcedClaimParts() throws {
        let source = "GPT-3 has `{swift} Model.gpt3.parameters => 175B (source: GPT-3 paper, Table 2.1)` weights.\n"
        let claim = try only(source)
        #expect(claim.expression == "Model.gpt3.parameters")
        #expect(claim.written == "175B")
        #expect(claim.unit == nil)
        #expect(claim.source == "GPT-3 paper, Table 2.1")
        #expect(!claim.isSourcedNumber)
        #expect(claim.writtenRange.map(source.utf8Text) == "175B")
        #expect(claim.writtenLocation == SourceLocation(line: 1, column: 45))
        #expect(source.utf8Text(claim.spanRange).hasSuffix("Table 2.1)`"))
    }

    @Test("a source may hold parentheses of its own; it runs to the ')' that ends the span")
    func testNestedParentheses() throws {
        let claim = try only("`{swift} x => 0.5 (source: Vaswani et al. (2017), Table 3)`\n")
        #expect(claim.source == "Vaswani et al. (2017), Table 3")
        #expect(claim.written == "0.5")
    }

    @Test("a unit follows the number after a space: the number alone is written, the unit is kept for display")
    func testUnit() throws {
        let source = "Weights take `{swift} bytes / 1e9 => 2.5 GB` in fp16.\n"
        let claim = try only(source)
        #expect(claim.written == "2.5")
        #expect(claim.unit == "GB")
        #expect(claim.writtenWithUnit == "2.5 GB")
        #expect(claim.writtenRange.map(source.utf8Text) == "2.5")
        let both = try only("`{swift} flops => 3.64e3 petaflop/s-days (source: GPT-3 paper, Table D.1)`\n")
        #expect(both.written == "3.64e3")
        #expect(both.unit == "petaflop/s-days")
        #expect(both.source == "GPT-3 paper, Table D.1")
        #expect(try only("`{swift} t => 20 °C`\n").unit == "°C")
    }

    @Test("a sourced number has no expression, its number, unit and source, and is found like an inline expression")
    func testSourcedNumber() throws {
        let source = "| BERT-base | `{source: BERT paper, section 3} 110M` |\n|---|---|\n| x | `{source: Llama 2 paper} 2T tokens` |\n"
        let lesson = Lesson(path: "lessons/01-c.md", source: source)
        #expect(lesson.diagnostics.isEmpty)
        let numbers = lesson.inlineExpressions
        #expect(numbers.map(\.isSourcedNumber) == [true, true])
        #expect(numbers.map(\.expression) == ["", ""])
        #expect(numbers.map(\.written) == ["110M", "2T"])
        #expect(numbers.map(\.unit) == [nil, "tokens"])
        #expect(numbers.map(\.source) == ["BERT paper, section 3", "Llama 2 paper"])
        #expect(numbers.first?.writtenRange.map(source.utf8Text) == "110M")
        #expect(numbers.first?.writtenLocation == SourceLocation(line: 1, column: 48))
        #expect(!lesson.html.contains("{source"))
    }

    @Test("titles, summaries and heading anchors read a claim as the Markdown page shows it: number, unit and source")
    func testPlainText() throws {
        #expect(InlineExpression.plainText(ofCode: "{swift} x => 175B (source: GPT-3 paper)") == "175B (source: GPT-3 paper)")
        #expect(InlineExpression.plainText(ofCode: "{swift} x => 2.5 GB") == "2.5 GB")
        #expect(InlineExpression.plainText(ofCode: "{source: GPT-3 paper} 96 layers") == "96 layers (source: GPT-3 paper)")
        #expect(InlineExpression.plainText(ofCode: "{source: GPT-3 paper 96") == "{source: GPT-3 paper 96")
        let lesson = Lesson(path: "lessons/01-c.md", source: "# GPT-3 has `{swift} n => 175B (source: GPT-3 paper)` weights\n")
        #expect(lesson.title == "GPT-3 has 175B (source: GPT-3 paper) weights")
        #expect(try #require(lesson.headings.first).id == "gpt-3-has-175b-source-gpt-3-paper-weights")
    }

    @Test("an empty source is an error at its '(source:' or '{source:'")
    func testEmptySource() {
        #expect(problems("A `{swift} x => 66% (source: )` share.\n") == ["1:21 empty source; name where the number comes from"])
        #expect(problems("A `{source:} 66%` share.\n") == ["1:4 empty source; name where the number comes from"])
        #expect(problems("A `{source:   } 66%` share.\n") == ["1:4 empty source; name where the number comes from"])
    }

    @Test("'(source:' without ')' and '{source:' without '}' are errors at their opening")
    func testUnclosedSource() {
        #expect(problems("A `{swift} x => 66% (source: GPT-3 paper` share.\n") == ["1:21 '(source:' is not closed; end the claim with ')'"])
        #expect(problems("A `{swift} x => 66% (source: GPT-3) paper` share.\n") == ["1:21 '(source:' is not closed; end the claim with ')'"])
        #expect(problems("A `{source: GPT-3 paper 66%` share.\n") == ["1:4 expected '}' after the source of '{source:'"])
    }

    @Test("a missing number is an error after '=>' or after the source")
    func testMissingNumber() {
        #expect(problems("A `{swift} x => (source: GPT-3 paper)` share.\n") == ["1:17 expected a number after '=>'"])
        #expect(problems("A `{swift} x =>` share.\n") == ["1:16 expected a number after '=>'"])
        #expect(problems("A `{source: GPT-3 paper}` share.\n") == ["1:25 expected a number after '}'"])
    }

    @Test("what follows the number must read as a unit: not '%' after a space, a number, a sign, '×' or parentheses")
    func testBadUnits() {
        #expect(problems("`{swift} x => 66 %`\n") == ["1:18 write '%' right after the number, without a space"])
        #expect(problems("`{swift} x => 2.5 3.5`\n") == ["1:19 '3.5' is not a unit: a unit starts with a letter or a symbol such as '°' or '$'"])
        #expect(problems("`{swift} x => 2.5 × 10⁹`\n") == ["1:19 '× 10⁹' is not a unit: a unit starts with a letter or a symbol such as '°' or '$'"])
        #expect(problems("`{swift} x => 1 => 2`\n") == ["1:17 '=> 2' is not a unit: a unit starts with a letter or a symbol such as '°' or '$'"])
        #expect(problems("`{swift} x => 66% (Source: GPT-3 paper)`\n") == ["1:19 unexpected parenthesis in the unit '(Source: GPT-3 paper)'"])
        #expect(problems("`{source: A} 66% (source: B)`\n") == ["1:18 this number already names its source in '{source: …}'"])
    }

    @Test("the messages follow the style: lower case, no final period")
    func testMessageStyle() {
        let at = SourceLocation(line: 1, column: 1)
        let messages = [
            Diagnostic.missingClaimNumber(after: "=>", path: "p", at: at), .unclosedSource(path: "p", at: at), .emptySource(path: "p", at: at),
            .sourceNamedTwice(path: "p", at: at), .spacedPercent(path: "p", at: at), .parenthesisInUnit("(x)", path: "p", at: at),
            .notAUnit("3", path: "p", at: at), .unclosedSourceMarker(path: "p", at: at),
        ].map(\.message)
        for message in messages {
            #expect(message.first?.isLowercase == true || message.first == "'")
            #expect(!message.hasSuffix("."))
        }
    }
}
