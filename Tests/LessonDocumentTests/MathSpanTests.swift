import Testing
@testable import LessonDocument

/// Which text is math (pandoc's rules for dollars, plus `\(…\)` and `\[…\]`), and what cmark-gfm no longer mangles.
struct MathSpanTests {
    /// The TeX of every span of `source`, in order.
    private func tex(_ source: String) -> [String] {
        Lesson(path: "m.md", source: source).math.map(\.tex)
    }

    @Test("dollar amounts stay prose") func testDollarAmountsStayProse() {
        let lesson = Lesson(path: "m.md", source: "It costs $5 and $10 today.\n")
        #expect(lesson.math.isEmpty)
        #expect(lesson.html == "<p>It costs $5 and $10 today.</p>\n")
    }

    @Test("an escaped dollar is a dollar") func testEscapedDollar() {
        #expect(tex("Pay \\$x$ now.\n").isEmpty)
        #expect(tex("Pay \\$5 for $x$.\n") == ["x"])
        #expect(Lesson(path: "m.md", source: "Pay \\$x$ now.\n").html == "<p>Pay $x$ now.</p>\n")
        #expect(tex("$\\$5$\n") == ["\\$5"])
    }

    @Test("a closing dollar followed by a digit is not math") func testClosingDollarBeforeDigit() {
        #expect(tex("$x$5\n").isEmpty)
        #expect(tex("$x$ 5\n") == ["x"])
    }

    @Test("white space inside the dollars is not math") func testWhiteSpaceInsideDollars() {
        #expect(tex("a $ x$ b\n").isEmpty)
        #expect(tex("a $x $ b\n").isEmpty)
        #expect(tex("a $x $y$ b\n") == ["y"])
        #expect(tex("a $x y$ b\n") == ["x y"])
    }

    @Test("inline math may cross a soft line break") func testInlineAcrossLines() {
        #expect(tex("one $a +\nb$ two\n") == ["a +\nb"])
    }

    @Test("display math across lines") func testDisplayAcrossLines() throws {
        let source = "Before.\n\n$$\n\\sum_i p_i = 1\n$$\n\nAfter.\n"
        let lesson = Lesson(path: "m.md", source: source)
        let span = try #require(lesson.math.first)
        #expect(lesson.math.count == 1)
        #expect(span.delimiter == .doubleDollar && span.isDisplay)
        #expect(span.tex == "\n\\sum_i p_i = 1\n")
        #expect(source.utf8Text(span.range) == "$$\n\\sum_i p_i = 1\n$$")
        #expect(source.utf8Text(span.contentRange) == "\n\\sum_i p_i = 1\n")
        #expect(lesson.html.contains("<p><span class=\"math display\">\\[\n\\sum_i p_i = 1\n\\]</span></p>"))
    }

    @Test("backslash delimiters") func testBackslashDelimiters() {
        let lesson = Lesson(path: "m.md", source: "Inline \\(x^2\\) and display \\[y = 1\\] and $$z$$.\n")
        #expect(lesson.math.map(\.delimiter) == [.parenthesis, .bracket, .doubleDollar])
        #expect(lesson.math.map(\.isDisplay) == [false, true, true])
        #expect(lesson.math.map(\.tex) == ["x^2", "y = 1", "z"])
        #expect(lesson.html == "<p>Inline <span class=\"math inline\">\\(x^2\\)</span> and display "
            + "<span class=\"math display\">\\[y = 1\\]</span> and <span class=\"math display\">\\[z\\]</span>.</p>\n")
    }

    @Test("unclosed delimiters stay text") func testUnclosedDelimiters() {
        for source in ["a $x b\n", "a $$x b\n", "a \\(x b\n", "a \\[x b\n", "a $x\n\nb$ c\n", "$\n", "$$\n", "\\(\\)\n"] {
            #expect(tex(source).isEmpty, "\(source.debugDescription)")
        }
        #expect(Lesson(path: "m.md", source: "a \\(x b\n").html == "<p>a (x b</p>\n")
    }

    @Test("math next to code spans") func testMathNextToCodeSpans() {
        let lesson = Lesson(path: "m.md", source: "`$x$` and $y$ and `a`$z$`b`\n")
        #expect(lesson.math.map(\.tex) == ["y", "z"])
        #expect(lesson.html == "<p><code>$x$</code> and <span class=\"math inline\">\\(y\\)</span> and "
            + "<code>a</code><span class=\"math inline\">\\(z\\)</span><code>b</code></p>\n")
        // Whichever starts first wins, as in pandoc: here the math swallows a backtick.
        #expect(tex("$a `b$ c`\n") == ["a `b"])
    }

    @Test("braces group, so a dollar inside text does not close the math") func testBraceGroups() {
        #expect(tex("$\\text{a $b$ c}$ d\n") == ["\\text{a $b$ c}"])
        #expect(tex("${x$\n").isEmpty)
    }

    @Test("no math in raw HTML, autolinks, link destinations and titles") func testNoMathInHTMLAndLinks() {
        let source = "<span title=\"$a$\">$b$</span> <http://x.org/$c$> [$d$](u/$e$ \"$f$\") www.example.com/$g$\n"
        let lesson = Lesson(path: "m.md", source: source)
        #expect(lesson.math.map(\.tex) == ["b", "d"])
        #expect(lesson.html.contains("href=\"u/$e$\" title=\"$f$\""))
        #expect(lesson.html.contains("www.example.com/$g$</a>"))
        let reference = Lesson(path: "m.md", source: "[r]: /u/$a$ \"$b$\"\nSee [it][r] and $c$.\n")
        #expect(reference.math.map(\.tex) == ["c"])
        #expect(reference.html.contains("<a href=\"/u/$a$\" title=\"$b$\">it</a>"))
    }

    @Test("cmark-gfm no longer mangles TeX") func testCmarkNoLongerMangles() {
        let cases: [(source: String, html: String)] = [
            ("\\[x\\]", "\\[x\\]"),
            ("\\(x\\)", "\\(x\\)"),
            ("$$a \\\\ b$$", "\\[a \\\\ b\\]"),
            ("$\\{x\\}$", "\\(\\{x\\}\\)"),
            ("$\\hat{y}_i$ and $W_{q}$", "\\(\\hat{y}_i\\)</span> and <span class=\"math inline\">\\(W_{q}\\)"),
            ("$a*b$ and $c*d$", "\\(a*b\\)</span> and <span class=\"math inline\">\\(c*d\\)"),
            ("$a_1$ and $b_2$", "\\(a_1\\)</span> and <span class=\"math inline\">\\(b_2\\)"),
            ("$[x](y)$ and $~~z~~$", "\\([x](y)\\)</span> and <span class=\"math inline\">\\(~~z~~\\)"),
        ]
        for (source, html) in cases {
            let rendered = Lesson(path: "m.md", source: source + "\n").html
            #expect(rendered.contains(html), "\(source) → \(rendered)")
            #expect(!rendered.contains("<em>") && !rendered.contains("<del>") && !rendered.contains("<a "))
        }
    }

    @Test("TeX is HTML-escaped and never live") func testTeXIsEscaped() {
        let html = Lesson(path: "m.md", source: "$a<b$ and $<script>alert(1)</script>$ and $\"&\"$\n").html
        #expect(html.contains("\\(a&lt;b\\)"))
        #expect(html.contains("\\(&lt;script&gt;alert(1)&lt;/script&gt;\\)"))
        #expect(html.contains("\\(&quot;&amp;&quot;\\)"))
        #expect(!html.contains("<script"))
    }

    @Test("inline TeX is trimmed as pandoc trims it; display TeX is kept") func testTrimming() {
        #expect(tex("\\( x + 1 \\)\n") == ["x + 1"])
        #expect(tex("\\(a\\ \\)\n") == ["a\\ "])
        #expect(tex("\\[ x \\]\n") == [" x "])
    }

    @Test("a pipe escaped in a table cell is a pipe") func testPipeInTableCell() {
        let lesson = Lesson(path: "m.md", source: "| norm |\n|---|\n| $\\|x\\|$ |\n\nOutside $\\|y\\|$.\n")
        #expect(lesson.math.map(\.tex) == ["|x|", "\\|y\\|"])
        #expect(lesson.html.contains("<td><span class=\"math inline\">\\(|x|\\)</span></td>"))
    }

    @Test("GitHub edits rewrite backslash delimiters as dollars") func testGitHubEdits() {
        let source = "A \\( x \\), B \\[y\\], C $z$, D $$w$$.\n"
        let lesson = Lesson(path: "m.md", source: source)
        #expect(lesson.math.map(\.githubEdits.count) == [2, 2, 0, 0])
        let edits = lesson.math.flatMap(\.githubEdits).sorted { $0.range.lowerBound > $1.range.lowerBound }
        var bytes = Array(source.utf8)
        for edit in edits { bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8)) }
        #expect(String(decoding: bytes, as: UTF8.self) == "A $x$, B $$y$$, C $z$, D $$w$$.\n")
    }

    @Test("title and summary show math as its TeX") func testTitleAndSummary() {
        let lesson = Lesson(path: "m.md", source: "# Softmax of $z_i$ at \\(T\\)\n\nThe sum $\\sum_i p_i$ is\n$$1$$\n")
        #expect(lesson.title == "Softmax of z_i at T")
        #expect(lesson.summary == "The sum \\sum_i p_i is 1")
    }

    @Test("control bytes in the source are left alone") func testControlBytesInSource() {
        let source = "a \u{1}\u{2}\u{3}\u{4} $x$ \u{1F}\n"
        let lesson = Lesson(path: "m.md", source: source)
        #expect(lesson.math.map(\.tex) == ["x"])
        #expect(lesson.html == "<p>a \u{1}\u{2}\u{3}\u{4} <span class=\"math inline\">\\(x\\)</span> \u{1F}</p>\n")
    }

    @Test("many spans each come back in their place") func testManySpans() {
        let source = (0..<600).map { "$x_{\($0)}$" }.joined(separator: " ") + "\n"
        let lesson = Lesson(path: "m.md", source: source)
        #expect(lesson.math.map(\.tex) == (0..<600).map { "x_{\($0)}" })
        let expected = (0..<600).map { "<span class=\"math inline\">\\(x_{\($0)}\\)</span>" }.joined(separator: " ")
        #expect(lesson.html == "<p>\(expected)</p>\n")
        // Short spans carry fewer digits than it takes to name every span; their order tells them apart.
        let mixed = (0..<600).map { $0 % 3 == 0 ? "$x_{\($0)}$" : "$\($0 % 10)$" }
        #expect(Lesson(path: "m.md", source: mixed.joined(separator: " ") + "\n").math.map(\.tex)
            == (0..<600).map { $0 % 3 == 0 ? "x_{\($0)}" : "\($0 % 10)" })
    }
}
