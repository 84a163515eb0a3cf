import Testing
@testable import StudyGuide

@Suite("Placeholder splicing")
struct PlaceholderSplicingTests {
    @Test("each named placeholder is replaced once, in one pass; others and lookalikes stay as they are")
    func testSplicing() {
        let page = "<p>a</p><!--study-cell:0--><p><!--study-inline:1--> and <!--study-cell:0--></p><!--study-cell:9--><!--study-x"
        let spliced = page.replacingPlaceholders(["<!--study-cell:0-->": "<section/>", "<!--study-inline:1-->": "<span>1</span>"])
        #expect(spliced == "<p>a</p><section/><p><span>1</span> and <!--study-cell:0--></p><!--study-cell:9--><!--study-x")
        #expect("no placeholders".replacingPlaceholders(["<!--study-cell:0-->": "x"]) == "no placeholders")
    }
}
