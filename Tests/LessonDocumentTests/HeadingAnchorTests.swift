import Testing
@testable import LessonDocument

/// Heading anchors: GitHub's slugs, unique in document order, on the HTML's heading tags and in `headings`.
struct HeadingAnchorTests {
    @Test("slugs drop punctuation and symbols, keep letters, digits, hyphens and underscores")
    func testSlugPunctuation() {
        #expect(HeadingSlugger.slug("Scaled Dot-Product Attention") == "scaled-dot-product-attention")
        #expect(HeadingSlugger.slug("What's `softmax(z)`?") == "whats-softmaxz")
        #expect(HeadingSlugger.slug("Q·Kᵀ / √d_k, (step 2.1)!") == "qkᵀ--d_k-step-21")
        #expect(HeadingSlugger.slug("snake_case & kebab-case") == "snake_case--kebab-case")
        #expect(HeadingSlugger.slug("  two  spaces ") == "--two--spaces-")
        #expect(HeadingSlugger.slug("GPT-3 — 175B params; 96 layers") == "gpt-3--175b-params-96-layers")
    }

    @Test("slugs keep Unicode letters and digits, lower-cased") func testSlugUnicode() {
        #expect(HeadingSlugger.slug("Über Ça va?") == "über-ça-va")
        #expect(HeadingSlugger.slug("Привет non-latin 你好") == "привет-non-latin-你好")
        #expect(HeadingSlugger.slug("Σύνοψη ΑΒΓ") == "σύνοψη-αβγ")
        #expect(HeadingSlugger.slug("x² and ½") == "x-and-")
        #expect(HeadingSlugger.slug("٣ Arabic-Indic digit") == "٣-arabic-indic-digit")
    }

    @Test("emoji are dropped") func testSlugEmoji() {
        #expect(HeadingSlugger.slug("😄 emoji") == "-emoji")
        #expect(HeadingSlugger.slug("Done ✅") == "done-")
        #expect(HeadingSlugger.slug("🚀") == "")
    }

    @Test("duplicates are numbered in document order, never reusing a slug") func testDuplicates() {
        var slugger = HeadingSlugger()
        let slugs = ["Dup", "Dup", "Dup-1", "dup", "Other", "DUP"].map { slugger.uniqueSlug(for: $0) }
        #expect(slugs == ["dup", "dup-1", "dup-1-1", "dup-2", "other", "dup-3"])
    }

    @Test("a heading with nothing left gets an id all the same") func testEmptySlug() {
        var slugger = HeadingSlugger()
        #expect(["🚀", "!!!", ""].map { slugger.uniqueSlug(for: $0) } == ["section", "section-1", "section-2"])
    }

    @Test("headings carry their level, text, id and line") func testHeadingsOfALesson() {
        let source = """
        # The *softmax* of `z`

        Intro.

        ## Scores $s_{ij}$ ![icon](i.png)

        Setext [link](x.md)
        -------------------

        ### Scores $s_{ij}$

        > #### Quoted & **bold**

        """
        let lesson = Lesson(path: "h.md", source: source)
        #expect(lesson.headings == [
            Heading(level: 1, text: "The softmax of z", id: "the-softmax-of-z", line: 1),
            Heading(level: 2, text: "Scores s_{ij} icon", id: "scores-s_ij", line: 5),
            Heading(level: 2, text: "Setext link", id: "setext-link", line: 7),
            Heading(level: 3, text: "Scores s_{ij}", id: "scores-s_ij-1", line: 10),
            Heading(level: 4, text: "Quoted & bold", id: "quoted--bold", line: 12),
        ])
    }

    @Test("the HTML's heading tags carry the ids, in order") func testIdsInHTML() {
        let source = "# A\n\n## A\n\nText with `<h2>` and <h3>raw</h3>.\n\n<h2>block</h2>\n\n###### A\n"
        let html = Lesson(path: "h.md", source: source).html
        #expect(html.contains("<h1 id=\"a\">A</h1>\n<h2 id=\"a-1\">A</h2>\n"))
        #expect(html.contains("<h6 id=\"a-2\">A</h6>"))
        #expect(html.contains("<code>&lt;h2&gt;</code>"))
        #expect(!html.contains("<h3"))
        #expect(html.components(separatedBy: " id=\"").count == 4)
    }

    @Test("an id never breaks out of its attribute") func testIdIsEscaped() {
        let html = Lesson(path: "h.md", source: "# \"><script>alert(1)</script>\n").html
        #expect(!html.contains("<script"))
        #expect(HeadingAnchors.inject(["\"><x"], into: "<h2>t</h2>") == "<h2 id=\"&quot;&gt;&lt;x\">t</h2>")
        #expect(html.hasPrefix("<h1 id=\"alert1\">"))
    }
}
