import LessonDocument
import StudyGuide
import Testing

@Suite("Golden pages")
struct GoldenPageTests {
    private func renderFixture() throws -> RenderedGuide {
        let evaluated = LessonEvaluator.evaluate(try GoldenFiles.lesson("01-fixture.md"))
        return GuideRenderer().render([evaluated], complete: true)
    }

    @Test("the lesson page matches its golden file")
    func testLessonPage() throws {
        try GoldenFiles.assertMatches(try #require(renderFixture().files["01-fixture.html"]), "01-fixture.html")
    }

    @Test("the Markdown page matches its golden file")
    func testMarkdownPage() throws {
        try GoldenFiles.assertMatches(try #require(renderFixture().files["01-fixture.md"]), "01-fixture.md")
    }

    @Test("the index matches its golden file")
    func testIndexPage() throws {
        try GoldenFiles.assertMatches(try #require(renderFixture().files["index.html"]), "index.html")
    }

    @Test("two renders are byte-identical")
    func testDeterminism() throws {
        #expect(try renderFixture() == renderFixture())
    }

    @Test("the fixture's own numbers hold, and its one error is the quoted cell's")
    func testFixtureVerdicts() throws {
        let evaluated = LessonEvaluator.evaluate(try GoldenFiles.lesson("01-fixture.md"))
        #expect(evaluated.failedCount == 0)
        #expect(evaluated.checkedCount == 9)
        let errors = evaluated.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { $0.location } == [LessonDocument.SourceLocation(line: 34, column: 27)])
    }
}
