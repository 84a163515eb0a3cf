/// A lesson file parsed: its prose as HTML with placeholders where cells go, and its swift-compute cells.
public struct Lesson: Sendable {
    /// The display path as given (`lessons/01-softmax-temperature.md`).
    public let path: String
    /// The file name without directory and without `.md` (`01-softmax-temperature`).
    public let name: String
    /// The file's full text, unchanged.
    public let source: String
    /// The plain text of the first level-1 heading; `name` when there is none.
    public let title: String
    /// The plain text of the first top-level paragraph (soft breaks as spaces), if any.
    public let summary: String?
    /// Every fenced code block whose info string's first word is `swift-compute`, in document order.
    public let cells: [ComputeCell]
    /// The document rendered by cmark-gfm to HTML in safe mode, each cell replaced by its placeholder on a line of its own.
    public let html: String
    /// The problems found while parsing, in document order.
    public let diagnostics: [Diagnostic]

    /// Parses `source`; never fails and never traps, whatever the bytes.
    public init(path: String, source: String) {
        let parsed = MarkdownParser.parse(source, placeholder: Lesson.placeholder(for:))
        let lines = SourceLines(source)
        var cells: [ComputeCell] = []
        var diagnostics: [Diagnostic] = []
        for (index, block) in parsed.computeBlocks.enumerated() {
            let built = ComputeCell.build(index: index, block: block, lines: lines, nodeStartLines: parsed.nodeStartLines, path: path)
            cells.append(built.cell)
            diagnostics += built.diagnostics
        }
        let name = Lesson.name(ofPath: path)
        self.path = path
        self.name = name
        self.source = source
        self.title = parsed.title.flatMap { $0.isEmpty ? nil : $0 } ?? name
        self.summary = parsed.summary.flatMap { $0.isEmpty ? nil : $0 }
        self.cells = cells
        self.html = parsed.html
        self.diagnostics = diagnostics
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
}
