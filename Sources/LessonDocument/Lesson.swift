/// A lesson file parsed: its prose as HTML with placeholders where cells go, its swift-compute cells, math and headings.
public struct Lesson: Sendable {
    /// The display path as given (`lessons/01-softmax-temperature.md`).
    public let path: String
    /// The file name without directory and without `.md` (`01-softmax-temperature`).
    public let name: String
    /// The file's full text, unchanged (for a file that is not UTF-8, with U+FFFD for each invalid sequence).
    public let source: String
    /// Whether the file's bytes are UTF-8; when not, `source` differs from them, its diagnostics locate each line's first
    /// invalid sequence, and `update` must never write it.
    public let isUTF8: Bool
    /// The file's lines, split once: every location and every quoted line of the lesson's diagnostics comes from them.
    public let lines: SourceLines
    /// The front matter's `title`, else the plain text of the first level-1 heading (math as its TeX, without delimiters;
    /// an inline expression as its written number or its code); `name` when there is neither.
    public let title: String
    /// The front matter's `summary`, else the plain text of the first top-level paragraph (soft breaks as spaces, math as
    /// its TeX), if any.
    public let summary: String?
    /// Every fenced code block whose info string's first word is `swift-compute`, in document order.
    public let cells: [ComputeCell]
    /// The document rendered by cmark-gfm to HTML in safe mode, each cell replaced by its placeholder on a line of its own,
    /// each inline expression's code span by its inline placeholder, the front matter left out, math as
    /// `<span class="math inline|display">` holding `\(…\)` or `\[…\]`, headings with `id`s, links to lessons' Markdown
    /// files pointing to their pages.
    public let html: String
    /// The problems found while parsing, in document order.
    public let diagnostics: [Diagnostic]
    /// The math spans rendered as math in `html`, in source order.
    public let math: [MathSpan]
    /// The headings, in document order, with the ids `html` gives them.
    public let headings: [Heading]
    /// The inline `{swift}` expressions and claims in prose and table cells, in document order.
    public let inlineExpressions: [InlineExpression]
    /// The YAML front matter (all fields nil when there is none).
    public let frontMatter: FrontMatter
    /// The UTF-8 byte ranges of the prose of paragraphs, headings and table cells (in lists and quotes too), each within
    /// one line: outside code spans, math, raw HTML, autolinks, bare URLs and link destinations (`check --strict` reads
    /// the numbers in them).
    public let proseRanges: [Range<Int>]

    /// The UTF-8 byte range of the front matter block, its `---` lines and the blank lines after it included: what a
    /// page that leaves the front matter out omits (nil when there is none).
    public let frontMatterRange: Range<Int>?

    /// Parses `source`; never fails and never traps, whatever the bytes.
    public init(path: String, source: String) {
        self.init(path: path, source: source, encodingProblems: [])
    }

    /// Parses a file's bytes: as `init(path:source:)` when they are UTF-8, else with each invalid sequence read as U+FFFD
    /// and an error at the first one of each line (its line and byte column in the file).
    public init(path: String, bytes: [UInt8]) {
        if let source = String(validating: bytes, as: UTF8.self) {
            self.init(path: path, source: source)
        } else {
            let problems = InvalidUTF8.diagnostics(in: bytes, lines: SourceLines(bytes: bytes), path: path)
            self.init(path: path, source: String(decoding: bytes, as: UTF8.self), encodingProblems: problems)
        }
    }

    /// Parses `source`, whose file had the encoding problems given (none when it is UTF-8).
    private init(path: String, source: String, encodingProblems: [Diagnostic]) {
        let original = SourceLines(source)
        let front = FrontMatter.read(from: original, path: path)
        let text = front.block.map { String(decoding: $0.blanking(original.bytes), as: UTF8.self) } ?? source
        let lines = front.block == nil ? original : SourceLines(text)
        let protection = MathProtection(source: text, lines: lines, blocks: MarkdownParser.inlineBlocks(of: text))
        var matching: InlineMatching?
        let parsed = MarkdownParser.parse(
            protection.protectedSource, placeholder: Lesson.placeholder(for:),
            inlinePlaceholders: { codes in
                let found = InlineMatching(spans: protection.inlineCodeSpans, codes: codes, lines: lines, path: path,
                                           placeholder: Lesson.inlinePlaceholder(for:))
                matching = found
                return found.placeholders
            },
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
        let inline = matching ?? InlineMatching(spans: protection.inlineCodeSpans, codes: [], lines: lines, path: path,
                                                placeholder: Lesson.inlinePlaceholder(for:))
        let name = Lesson.name(ofPath: path)
        let (html, restored) = protection.restoringHTML(parsed.html)
        let headings = Lesson.headings(parsed.headings, protection: protection)
        diagnostics += CellLabel.checkUniqueness(of: &cells, headings: headings, lines: lines, path: path)
        diagnostics += CellLabel.headingClashes(headings: headings, cells: cells, inlines: inline.expressions, lines: lines, path: path)
        let nonEmpty = { (text: String) in text.isEmpty ? nil : text }
        self.path = path
        self.name = name
        self.source = source
        self.isUTF8 = encodingProblems.isEmpty
        self.lines = original
        self.title = front.frontMatter.title.flatMap(nonEmpty) ?? parsed.title.map(protection.restoringPlainText).flatMap(nonEmpty) ?? name
        self.summary = front.frontMatter.summary.flatMap(nonEmpty) ?? parsed.summary.map(protection.restoringPlainText).flatMap(nonEmpty)
        self.cells = cells
        self.html = HeadingAnchors.inject(headings.map(\.id), into: html)
        self.diagnostics = encodingProblems + front.diagnostics + Lesson.inDocumentOrder(diagnostics + inline.diagnostics)
        self.math = protection.spans.indices.filter(restored.contains).map { protection.spans[$0] }
        self.headings = headings
        self.inlineExpressions = inline.expressions
        self.frontMatter = front.frontMatter
        self.frontMatterRange = front.block.map { block in
            var end = block.range.upperBound
            var number = block.closingLine + 1
            while let line = original.line(number), original.content(of: line).allSatisfy(Byte.isBlank) {
                end = line.end
                number += 1
            }
            return block.range.lowerBound..<end
        }
        self.proseRanges = protection.proseRanges
    }

    /// The HTML comment that stands for cell `index` in `html` (`<!--study-cell:3-->`); safe mode keeps authors from writing it.
    public static func placeholder(for index: Int) -> String {
        "<!--study-cell:\(index)-->"
    }

    /// The HTML comment that stands for inline expression `index` in `html` (`<!--study-inline:3-->`); safe mode keeps
    /// authors from writing it.
    public static func inlinePlaceholder(for index: Int) -> String {
        "<!--study-inline:\(index)-->"
    }

    /// `diagnostics` sorted by location, those at the same location kept in the order given.
    private static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
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
