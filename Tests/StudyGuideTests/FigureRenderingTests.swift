import ComputeLanguage
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LessonDocument
import Testing
import TransformerCore
@testable import StudyGuide

/// An SVG parsed with Foundation's XMLParser: whether it is well-formed, and its elements with their attributes and text.
private final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        let depth: Int
    }

    private(set) var elements: [Element] = []
    private(set) var error: String?
    private var open: [Int] = []

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() {
            error = parser.parserError.map { "\($0)" } ?? "not well-formed"
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, depth: open.count))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    var root: Element? { elements.first }

    /// The elements named `name` whose class list contains `className` (any when nil).
    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { element in
            element.name == name && (className.map { (element.attributes["class"] ?? "").split(separator: " ").contains(Substring($0)) } ?? true)
        }
    }
}

@Suite("Figures and tables: SVG, HTML and Markdown")
struct FigureRenderingTests {
    private static let tokens = ["The", "car", "is"]
    private static let weights = [[0.665, 0.245, 0.09], [0.2, 0.5, 0.3], [0.1, 0.1, 0.8]]

    private static func heatmap(rows: [String] = tokens, columns: [String] = tokens, title: String = "Weights") throws -> Figure {
        Figure(.heatmap(values: try Matrix(weights), rows: rows, columns: columns), title: title)
    }

    private static let bars = Figure(.bars(
        categories: ["a", "b", "c"],
        series: [.init(name: "T=0.5", values: [0.867, 0.117, 0.016]), .init(name: "T=2", values: [0.506, 0.307, 0.186])],
        xLabel: "token", yLabel: "probability"
    ), title: "")

    private static let lines = Figure(.lines(
        x: [0.5, 1, 2, 4], series: [.init(name: "", values: [0.5, 0.8, 1.0, 1.07])], xLabel: "T", yLabel: "entropy"
    ), title: "Entropy")

    private static func svg(_ figure: Figure, _ mode: FigureSVG.Mode = .file, precision: Int = 3) -> String {
        FigureSVG(figure: figure, id: "fig-cell-1-1", precision: precision).render(mode)
    }

    /// A lesson `01-x.md` of `code` in one cell, evaluated and rendered as a whole guide.
    private static func guide(_ code: String, label: String? = nil) -> RenderedGuide {
        let options = label.map { "//| label: \($0)\n" } ?? ""
        let lesson = Lesson(path: "lessons/01-x.md", source: "# X\n\n```swift-compute\n\(options)\(code)\n```\n")
        return GuideRenderer().render([LessonEvaluator.evaluate(lesson)], complete: true)
    }

    /// The inline `<svg>…</svg>` elements of a page.
    private static func inlineSVGs(_ html: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") + "</svg>" }
    }

    // MARK: SVG

    @Test("every figure is well-formed XML with role=img, a title and a description first", arguments: [FigureSVG.Mode.file, .inline])
    func testWellFormed(_ mode: FigureSVG.Mode) throws {
        for figure in [try Self.heatmap(), Self.bars, Self.lines] {
            let parsed = ParsedSVG(Self.svg(figure, mode))
            #expect(parsed.error == nil, "\(figure.kindName): \(parsed.error ?? "")")
            let root = try #require(parsed.root)
            #expect(root.name == "svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(root.attributes["aria-labelledby"] == "fig-cell-1-1-title fig-cell-1-1-desc")
            let children = parsed.elements.filter { $0.depth == 1 }
            #expect(children.prefix(2).map(\.name) == ["title", "desc"])
            #expect(children.first?.attributes["id"] == "fig-cell-1-1-title")
            #expect(children.dropFirst().first?.attributes["id"] == "fig-cell-1-1-desc")
            #expect(children.first?.text.isEmpty == false)
            #expect(children.dropFirst().first?.text.isEmpty == false)
            #expect(parsed.all("style").count == (mode == .file ? 1 : 0))
        }
    }

    @Test("a heatmap has one annotated cell per element, at the block's precision, row by row")
    func testHeatmapCells() throws {
        let parsed = ParsedSVG(Self.svg(try Self.heatmap(), precision: 2))
        let values = parsed.all("text", class: "fig-value").map(\.text)
        #expect(values == Self.weights.flatMap { $0 }.map { ValueFormatter.number($0, precision: 2) })
        #expect(values.first == "0.67")
        #expect(parsed.all("rect").filter { ($0.attributes["class"] ?? "").hasPrefix("fig-c") }.count == 9 + FigurePalette.steps)
        let labels = parsed.all("g", class: "fig-labels")
        #expect(labels.count == 1)
        let texts = parsed.all("text").map(\.text)
        #expect(texts.filter { $0 == "car" }.count == 2)
        let description = try #require(parsed.all("desc").first?.text)
        #expect(description.contains("3×3 matrix"))
        #expect(description.contains("Row car: 0.20, 0.50, 0.30."))
    }

    @Test("the lowest value gets the first step of the scale, the highest the last, and the ink contrasts with its cell")
    func testHeatmapScale() throws {
        let parsed = ParsedSVG(Self.svg(try Self.heatmap()))
        let cells = parsed.all("g", class: "fig-cells")
        #expect(cells.count == 1)
        // The cells come first, then the scale below them.
        let rects = Array(parsed.all("rect").filter { ($0.attributes["class"] ?? "").hasPrefix("fig-c") }.prefix(9))
        #expect(rects[6].attributes["class"] == "fig-c0")  // 0.1, the lowest
        #expect(rects[8].attributes["class"] == "fig-c8")  // 0.8, the highest
        #expect(rects[8].attributes["fill"] == FigurePalette.light.sequential[8])
        let inks = parsed.all("text", class: "fig-value")
        #expect(inks[8].attributes["fill"] == FigurePalette.light.lightInk)
        #expect(inks[6].attributes["fill"] == FigurePalette.light.darkInk)
        #expect(HeatmapSVG.step(1, low: 1, high: 1) == 4)
        #expect(HeatmapSVG.step(-.infinity, low: 0, high: 1) == nil)
    }

    @Test("every cell's text has a contrast of at least 4.5:1 in both themes, and series stand out from the background")
    func testContrast() {
        for theme in [FigurePalette.light, FigurePalette.dark] {
            for step in 0..<FigurePalette.steps {
                #expect(FigurePalette.contrast(theme.sequential[step], theme.ink(step)) >= 4.5, "\(theme.sequential[step])")
            }
            for colour in theme.series {
                #expect(FigurePalette.contrast(colour, theme.background) >= 3, "\(colour)")
            }
            #expect(FigurePalette.contrast(theme.text, theme.background) >= 7)
            #expect(FigurePalette.contrast(theme.muted, theme.background) >= 4.5)
        }
    }

    @Test("a figure file carries both themes; elements carry the light colours as fallbacks")
    func testThemes() throws {
        let svg = Self.svg(Self.bars)
        #expect(svg.contains("@media (prefers-color-scheme: dark)"))
        #expect(svg.contains("--fig-s0: \(FigurePalette.dark.series[0]);"))
        #expect(svg.contains("svg.figure .fig-f0 { fill: var(--fig-s0); }"))
        #expect(svg.contains("class=\"fig-f0\""))
        #expect(svg.contains("fill=\"\(FigurePalette.light.series[0])\""))
        #expect(!svg.contains("var(--fig-s0, "))
        let css = Stylesheet.css
        #expect(css.contains("--fig-seq-8: \(FigurePalette.dark.sequential[8]);"))
        for rule in FigurePalette.rules {
            #expect(css.contains(rule))
            #expect(svg.contains(rule))
        }
    }

    @Test("bars: one rect per value, a legend entry per series, ticks on the value axis")
    func testBars() {
        let parsed = ParsedSVG(Self.svg(Self.bars))
        #expect(parsed.error == nil)
        // Six bars, then a swatch per series in the legend.
        let bars = parsed.elements.filter { $0.name == "rect" && $0.depth == 2 }
        #expect(bars.count == 8)
        #expect(Set(bars.compactMap { $0.attributes["class"] }) == ["fig-f0", "fig-f1"])
        let tooltips = parsed.elements.filter { $0.name == "title" && $0.depth == 3 }.map(\.text)
        #expect(tooltips.count == 6)
        #expect(tooltips.first == "T=0.5, a: 0.867")
        let texts = parsed.all("text").map(\.text)
        #expect(texts.contains("T=0.5") && texts.contains("T=2"))
        #expect(texts.contains("0.0") && texts.contains("1.0"))
        #expect(["a", "b", "c", "token", "probability"].allSatisfy(texts.contains))
        #expect(parsed.all("desc").first?.text.contains("T=2: a 0.506, b 0.307, c 0.186.") == true)
    }

    @Test("lines: a polyline per series through every point, axes with ticks, markers with tooltips")
    func testLines() {
        let parsed = ParsedSVG(Self.svg(Self.lines))
        let polylines = parsed.all("polyline")
        #expect(polylines.count == 1)
        #expect(polylines.first?.attributes["points"]?.split(separator: " ").count == 4)
        #expect(parsed.all("circle").count == 4)
        let texts = parsed.all("text").map(\.text)
        #expect(["Entropy", "T", "entropy", "0.5", "2.0", "4.0", "1.0"].allSatisfy(texts.contains), "\(texts)")
        #expect(parsed.all("g", class: "fig-legend").isEmpty)
        #expect(parsed.all("desc").first?.text == "Line chart of 1 line, T from 0.5 to 4, entropy from 0.500 to 1.070. (0.5, 0.500), (1, 0.800), (2, 1.000), (4, 1.070).")
    }

    @Test("extreme but finite values draw without trapping: the widest range, subnormal and flat ones")
    func testExtremeValues() throws {
        let widest = (low: -Double.greatestFiniteMagnitude, high: Double.greatestFiniteMagnitude)
        #expect(HeatmapSVG.step(widest.high, low: widest.low, high: widest.high) == FigurePalette.steps - 1)
        #expect(HeatmapSVG.step(widest.low, low: widest.low, high: widest.high) == 0)
        #expect(HeatmapSVG.step(0, low: widest.low, high: widest.high) == FigurePalette.steps / 2)
        #expect(SVG.fraction(1e308, low: -1e308, high: 1e308) == 1)
        #expect(SVG.fraction(0.25, low: 0, high: 1) == 0.25)
        for (low, high) in [widest, (Double.leastNonzeroMagnitude, 2 * Double.leastNonzeroMagnitude), (1.7e308, 1.7e308), (-1e-150, -1e-150), (-.infinity, .nan)] {
            let ticks = SVG.Ticks(low: low, high: high, extend: true)
            #expect(ticks.values.allSatisfy(\.isFinite) && (2...12).contains(ticks.values.count), "\(low)…\(high): \(ticks.values)")
        }
        let figures = [
            Figure(.heatmap(values: try Matrix([[1e308, -1e308]]), rows: ["r"], columns: ["a", "b"]), title: ""),
            Figure(.bars(categories: ["a", "b"], series: [.init(name: "", values: [widest.high, widest.low])], xLabel: "", yLabel: ""), title: ""),
            Figure(.bars(categories: ["a", "b"], series: [.init(name: "", values: [Double.leastNonzeroMagnitude, 2 * Double.leastNonzeroMagnitude])], xLabel: "", yLabel: ""), title: ""),
            Figure(.lines(x: [widest.low, widest.high], series: [.init(name: "", values: [Double.leastNonzeroMagnitude, widest.high])], xLabel: "", yLabel: ""), title: ""),
        ]
        for figure in figures {
            let svg = Self.svg(figure)
            #expect(ParsedSVG(svg).error == nil)
            #expect(!svg.contains("nan") && !svg.contains("inf"))
        }
    }

    @Test("tick values are round and cover the data")
    func testTicks() {
        let ticks = SVG.Ticks(low: 0, high: 0.867, extend: true)
        #expect(ticks.values.map { ticks.label($0) } == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let big = SVG.Ticks(low: 0, high: 175_000_000_000, extend: true)
        #expect(big.label(big.values.last ?? 0) == "200,000,000,000")
        let flat = SVG.Ticks(low: 2, high: 2, extend: true)
        #expect(flat.values.first! <= 2 && flat.values.last! >= 2 && flat.values.count > 1)
        #expect(SVG.Ticks(low: -1, high: 1, extend: false).values == [-1, -0.5, 0, 0.5, 1])
    }

    @Test("labels are text, never markup: escaped, with control characters replaced, and still well-formed")
    func testEscaping() throws {
        let hostile = ["<script>alert(1)</script>", "\" onclick=\"alert(1)", "a & b\u{1}\u{FFFF}\nc"]
        let figure = try Self.heatmap(rows: hostile, columns: ["x", "<b>y</b>", "z'"], title: "<img src=x onerror=alert(1)>")
        for mode in [FigureSVG.Mode.file, .inline] {
            let svg = Self.svg(figure, mode)
            let parsed = ParsedSVG(svg)
            #expect(parsed.error == nil, "\(parsed.error ?? "")")
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<b>"))
            #expect(!svg.contains("<img"))
            #expect(!svg.contains("\" onclick"))
            #expect(parsed.all("script").isEmpty)
            #expect(parsed.elements.allSatisfy { $0.attributes["onclick"] == nil })
            let texts = parsed.all("text").map(\.text)
            #expect(texts.contains { $0.hasPrefix("<script>alert(1)") })
            #expect(texts.contains("<b>y</b>"))
            #expect(parsed.all("title").first?.text == "<img src=x onerror=alert(1)>")
        }
    }

    @Test("long labels are cut with … in the drawing and kept whole in the description")
    func testLongLabels() throws {
        let long = String(repeating: "token", count: 20)
        let parsed = ParsedSVG(Self.svg(try Self.heatmap(rows: [long, "b", "c"])))
        #expect(parsed.all("text").contains { $0.text.hasSuffix("…") && long.hasPrefix($0.text.dropLast()) })
        #expect(parsed.all("desc").first?.text.contains(long) == true)
    }

    // MARK: Pages and Markdown

    @Test("pages show figures as inline SVG with ids from the cell, the Markdown as files the guide contains")
    func testGuideFiles() throws {
        let guide = Self.guide(#"""
            let t = ["The", "car"]
            heatmap([[0.9, 0.1], [0.3, 0.7]], rows: t, columns: t, title: "Weights")
            bars([1, 2], categories: t)
            lines(y: [1, 2, 3])
            """#, label: "attn")
        let html = try #require(guide.files["01-x.html"])
        let markdown = try #require(guide.files["01-x.md"])
        let svgs = Self.inlineSVGs(html)
        #expect(svgs.count == 3)
        #expect(svgs.map { ParsedSVG($0).root?.attributes["id"] } == ["fig-attn-1", "fig-attn-2", "fig-attn-3"])
        for svg in svgs {
            #expect(ParsedSVG(svg).error == nil)
            #expect(!svg.contains("<style"))
        }
        #expect(markdown.contains("> ![Weights](figures/01-x-1.svg)"))
        let referenced = markdown.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
        #expect(referenced == ["figures/01-x-1.svg", "figures/01-x-2.svg", "figures/01-x-3.svg"])
        for path in referenced {
            let file = try #require(guide.files[path], "\(path) is referenced but not rendered")
            #expect(ParsedSVG(file).error == nil)
            #expect(file.contains("<style>"))
            #expect(file.hasSuffix("</svg>\n"))
        }
        #expect(guide.files[RenderedGuide.manifestName]?.contains("figures/01-x-2.svg\n") == true)
        #expect(Self.guide("heatmap([[1]])").files.keys.filter { $0.hasPrefix("figures/") } == ["figures/01-x-1.svg"])
        #expect(Self.guide("1 + 1").files.keys.allSatisfy { !$0.hasPrefix("figures/") })
    }

    @Test("figures are numbered through the lesson in document order, the same in two renders")
    func testNumberingAndDeterminism() throws {
        let source = "# X\n\n```swift-compute\nheatmap([[1, 2]])\n```\n\nText.\n\n```swift-compute\nbars([1, 2])\nlines(y: [1, 2])\n```\n"
        let render = { GuideRenderer().render([LessonEvaluator.evaluate(Lesson(path: "lessons/02-y.md", source: source))], complete: true) }
        let first = render()
        #expect(first.paths.filter { $0.hasPrefix("figures/") } == ["figures/02-y-1.svg", "figures/02-y-2.svg", "figures/02-y-3.svg"])
        #expect(first.files["figures/02-y-3.svg"]?.contains("class=\"figure lines\"") == true)
        #expect(first.files["02-y.md"]?.contains("figures/02-y-2.svg") == true)
        #expect(first == render())
    }

    @Test("a token label with markup never becomes live HTML in the page, the figure or the Markdown")
    func testHostileLabelsInGuide() throws {
        let guide = Self.guide(#"""
            let t = ["<script>alert(1)</script>", "<b onclick=\"alert(1)\">x</b>"]
            heatmap([[1, 2], [3, 4]], rows: t, columns: t)
            table([[1, 2], [3, 4]], rows: t, columns: t)
            t
            """#)
        let html = try #require(guide.files["01-x.html"])
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b onclick"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let svg = try #require(guide.files["figures/01-x-1.svg"])
        #expect(!svg.contains("<script"))
        // The code is echoed in a fenced block, where it is text; the results are the quoted lines.
        let markdown = try #require(guide.files["01-x.md"]).split(separator: "\n").filter { $0.hasPrefix(">") }.joined(separator: "\n")
        let unescaped = zip(" " + markdown, markdown).contains { $0 != "\\" && $1 == "<" }
        #expect(!unescaped, "a < that starts HTML in \(markdown)")
        #expect(markdown.contains(#"\<script\>alert(1)\</script\>"#))
    }

    @Test("a labelled table is an HTML table with row headers in pages and a GFM table in Markdown")
    func testTables() throws {
        let guide = Self.guide(#"""
            table([[0.665, 0.245], [0.2, 0.8]], rows: ["The", "a|b"], columns: ["The", "car"])
            table(columns: ["T", "H"], values: [[0.5, 1], [0.52, 0.83]])
            """#)
        let html = try #require(guide.files["01-x.html"])
        #expect(html.contains("<table class=\"labelled\">\n<thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"number\">The</th>"))
        #expect(html.contains("<tr><th scope=\"row\">The</th><td class=\"number\">0.665</td><td class=\"number\">0.245</td></tr>"))
        #expect(html.contains("<tr><td class=\"number\">0.500</td><td class=\"number\">0.520</td></tr>"))
        let markdown = try #require(guide.files["01-x.md"])
        #expect(markdown.contains("""
            > |  | The | car |
            > |---|--:|--:|
            > | **The** | 0.665 | 0.245 |
            > | **a\\|b** | 0.200 | 0.800 |
            """))
        #expect(markdown.contains("""
            > | T | H |
            > |--:|--:|
            > | 0.500 | 0.520 |
            """))
    }

    @Test("tables write integers exactly, reals at the precision and fractions as percentages")
    func testTableCells() {
        let table = Table(columns: ["name", "count", "share"], rows: [[.text("a"), .integer(124_439_808), .percent(0.33098)]])
        let layout = TableLayout(table, precision: 3)
        #expect(layout.rows == [["a", "124,439,808", "33.098%"]])
        #expect(layout.numeric == [false, true, true])
        #expect(layout.hasRowLabels)
    }

    @Test("a list of strings shows as cells under their indices")
    func testStrings() throws {
        let guide = Self.guide(#"["The", "car"]"#)
        #expect(guide.files["01-x.html"]?.contains("<table class=\"value strings\">\n<thead><tr><th>0</th><th>1</th></tr></thead>\n<tbody>\n<tr><td>The</td><td>car</td></tr>") == true)
        #expect(guide.files["01-x.md"]?.contains("> | 0 | 1 |\n> |:-:|:-:|\n> | The | car |") == true)
    }

    @Test("a record shows each member by name, with its value as a table or a number")
    func testRecord() throws {
        let record = Record(typeName: "AttentionResult", members: [
            .init("weights", .matrix(try Matrix([[0.5, 0.5], [0.25, 0.75]]))),
            .init("entropy", .real(0.6931)),
            .init("tokens", .strings(["<a>", "b"])),
        ])
        let html = ValueHTML.render(.record(record), precision: 2, id: "fig-x-1")
        #expect(html.hasPrefix("<dl class=\"record\">\n<dt><code>.weights</code></dt>\n<dd>\n<table class=\"value matrix\">"))
        #expect(html.contains("<dt><code>.entropy</code></dt>\n<dd>\n<div class=\"value scalar\">0.69</div>"))
        #expect(html.contains("<td>&lt;a&gt;</td>"))
        let lines = try #require(ValueMarkdown.lines(.record(record), heading: "`r`", precision: 2, figure: { _ in nil }))
        #expect(lines.first == "`r` → AttentionResult")
        #expect(lines.contains("`.entropy` → `0.69`"))
        #expect(lines.contains("| **0** | 0.50 | 0.50 |"))
        #expect(lines.contains("| \\<a\\> | b |"))
    }

    @Test("figure ids are derived from the cell's anchor and the output's position, and are safe")
    func testIDs() {
        #expect(FigureID.make(anchor: "cell-3", output: 0) == "fig-cell-3-1")
        #expect(FigureID.make(anchor: "my \"label\"<x>", output: 1) == "fig-my--label--x--2")
    }
}
