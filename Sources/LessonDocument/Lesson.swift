/// A lesson file parsed: its prose as HTML with placeholders where cells go, its swift-compute cells, math and headings.
public struct Lesson: Sendable {
    /// The display path as given (`lessons/01-softmax-temperature.md`).
    public let path: String
    /// The file name without directory and without `.md` (`01-softmax-temperature`).
    public let name: String
    /// The file's full text, unchanged.
    public let source: String
    /// The plain text of the first level-1 heading (math as its TeX, without delimiters); `name` when there is none.
    public let title: String
    /// The plain text of the first top-level paragraph (soft breaks as spaces, math as its TeX), if any.
    public let summary: String?
    /// Every fenced code block whose info string's first word is `swift-compute`, in document order.
    public let cells: [ComputeCell]
    /// The document rendered by cmark-gfm to HTML in safe mode, each cell replaced by its placeholder on a line of its own,
    /// math as `<span class="math inline|display">` holding `\(…\)` or `\[…\]`, headings with `id`s, links to lessons'
    /// Markdown files pointing to their pages.
    public let html: String
    /// The problems found while parsing, in document order.
    public let diagnostics: [Diagnostic]
    /// The math spans rendered as math in `html`, in source order.
    public let math: [MathSpan]
    /// The headings, in document order, with the ids `html` gives them.
    public let headings: [Heading]

    /// Parses `source`; never fails and never traps, whatever the bytes.
    public init(path: String, source: String) {
        let lines = SourceLines(source)
        let protection = MathProtection(source: source, lines: lines, blocks: MarkdownParser.inlineBlocks(of: source))
        let parsed = MarkdownParser.parse(
            protection.protectedSource, placeholder: Lesson.placeholder(for:),
            destination: { url, isImage in
                let restored = protection.restoringSource(url)
                return isImage ? restored : LessonLink.htmlDestination(for: restored) ?? restored
            },
            title: protection.restoringSource
        )
        var cells: [ComputeCell] = []
        var diagnostics: [Diagnostic] = []
        for (index, block) in parsed.computeBlocks.enumerated() {
            let built = ComputeCell.build(index: index, block: block, lines: lines, nodeStartLines: parsed.nodeStartLines, path: path)
            cells.append(built.cell)
            diagnostics += built.diagnostics
        }
        let name = Lesson.name(ofPath: path)
        let (html, restored) = protection.restoringHTML(parsed.html)
        let headings = Lesson.headings(parsed.headings, protection: protection)
        self.path = path
        self.name = name
        self.source = source
        self.title = parsed.title.map(protection.restoringPlainText).flatMap { $0.isEmpty ? nil : $0 } ?? name
        self.summary = parsed.summary.map(protection.restoringPlainText).flatMap { $0.isEmpty ? nil : $0 }
        self.cells = cells
        self.html = HeadingAnchors.inject(headings.map(\.id), into: html)
        self.diagnostics = diagnostics
        self.math = protection.spans.indices.filter(restored.contains).map { protection.spans[$0] }
        self.headings = headings
    }

    /// The HTML comment that stands for cell `index` in `html` (`<!--study-cell:3-->`); safe mode keeps authors from writing it.
    public static func placeholder(for index: Int) -> String {
        "<!--study-cell:\(index)-->"
    }

    /// The last path component without a trailing `.md`.
    static func name(ofPath path: String) -> String {
        let file = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        return file.hasSuffix(".md") && file.count > 3 ? String(file.dropLast(3)) : file
    }

    /// The headings with their math restored and GitHub's unique slugs as ids, in document order.
    private static func headings(_ facts: [ParsedMarkdown.HeadingFacts], protection: MathProtection) -> [Heading] {
        var slugger = HeadingSlugger()
        return facts.map { fact in
            Heading(level: fact.level, text: protection.restoringPlainText(fact.text),
                    id: slugger.uniqueSlug(for: protection.restoringPlainText(fact.slugText)), line: fact.line)
        }
    }
}
