import CCMarkGFM
import Foundation

/// The only code that touches cmark-gfm: parses a lesson, renders it to HTML and copies out Swift values.
enum MarkdownParser {
    /// The GFM extensions attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the core extensions exactly once per process (cmark-gfm's own guard is not thread-safe).
    private static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Serialises parses: attaching extensions writes cmark-gfm's global table of special inline characters.
    private static let lock = NSLock()

    /// A first, throwaway parse of `source`: the blocks whose content is inline text, in document order.
    static func inlineBlocks(of source: String) -> [InlineBlock] {
        var blocks: [InlineBlock] = []
        withDocument(source) { document, _ in
            guard let iterator = cmark_iter_new(document) else { return }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                      let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                let kind: InlineBlock.Kind? = type == CMARK_NODE_PARAGRAPH ? .paragraph : type == CMARK_NODE_HEADING ? .heading
                    : string(cmark_node_get_type_string(node)) == "table" ? .table : nil
                guard let kind else { continue }
                blocks.append(InlineBlock(kind: kind, startLine: Int(cmark_node_get_start_line(node)),
                                          startColumn: Int(cmark_node_get_start_column(node)), endLine: Int(cmark_node_get_end_line(node)),
                                          quoteDepth: ancestorCount(of: node, type: CMARK_NODE_BLOCK_QUOTE)))
            }
        }
        return blocks
    }

    /// Parses `source` and renders it; compute cells become custom blocks whose HTML is `placeholder(index)`, each
    /// `{swift}` code span a custom inline rendering what `inlinePlaceholders(result.inlineCodes)` gives at its position
    /// (unless nil), and every link's and image's destination and title go through `destination(url, isImage)` and `title`.
    static func parse(
        _ source: String, placeholder: (Int) -> String, inlinePlaceholders: ([ParsedMarkdown.InlineCode]) -> [String?] = { _ in [] },
        destination: (String, Bool) -> String = { url, _ in url }, title: (String) -> String = { $0 }
    ) -> ParsedMarkdown {
        var result = ParsedMarkdown(html: "", title: nil, summary: nil, computeBlocks: [], nodeStartLines: [])
        withDocument(source) { document, parser in
            let nodes = collect(from: document, into: &result, destination: destination, title: title)
            for (index, node) in nodes.compute.enumerated() {
                _ = replace(node, withRaw: placeholder(index), as: CMARK_NODE_CUSTOM_BLOCK)
            }
            let wrapped = zip(nodes.inline, inlinePlaceholders(result.inlineCodes)).compactMap { node, raw in
                raw.flatMap { replace(node, withRaw: $0, as: CMARK_NODE_CUSTOM_INLINE) ? $0 : nil }
            }
            if let rendered = cmark_render_html(document, study_cmark_options_default(), cmark_parser_get_syntax_extensions(parser)) {
                result.html = ParsedMarkdown.unwrappingEmphasis(around: wrapped, in: String(cString: rendered))
                cmark_get_default_mem_allocator()?.pointee.free?(rendered)
            }
        }
        return result
    }

    /// Parses `source` with the GFM extensions, hands the document and its parser to `body`, then frees both.
    private static func withDocument(_ source: String, _ body: (OpaquePointer, OpaquePointer) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        _ = registration
        guard let parser = cmark_parser_new(study_cmark_options_default()) else { return }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in extensionNames.compactMap({ cmark_find_syntax_extension($0) }) {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        var bytes = source
        bytes.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        body(document, parser)
    }

    /// Walks the tree once: records node start lines, the title, the summary, the headings, the compute code blocks and
    /// the `{swift}` code spans, and rewrites link destinations and titles.
    private static func collect(
        from document: OpaquePointer, into result: inout ParsedMarkdown,
        destination: (String, Bool) -> String, title: (String) -> String
    ) -> (compute: [OpaquePointer], inline: [OpaquePointer]) {
        var nodes: (compute: [OpaquePointer], inline: [OpaquePointer]) = ([], [])
        guard let iterator = cmark_iter_new(document) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let node = cmark_iter_get_node(iterator), node != document else { continue }
            result.nodeStartLines.insert(Int(cmark_node_get_start_line(node)))
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                let heading = ParsedMarkdown.HeadingFacts(
                    level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node),
                    slugText: plainText(of: node, breaks: "\n", skippingImages: true), line: Int(cmark_node_get_start_line(node)))
                result.headings.append(heading)
                if result.title == nil, heading.level == 1 { result.title = heading.text }
            } else if type == CMARK_NODE_PARAGRAPH, result.summary == nil, cmark_node_parent(node) == document {
                result.summary = plainText(of: node)
            } else if type == CMARK_NODE_CODE_BLOCK, let block = fencedBlock(node), FencedCodeBlock.isCompute(info: block.info) {
                result.computeBlocks.append(block)
                nodes.compute.append(node)
            } else if type == CMARK_NODE_CODE, case let literal = string(cmark_node_get_literal(node)),
                      InlineExpression.isMarked(literal.utf8) {
                result.inlineCodes.append(.init(literal: literal, line: Int(cmark_node_get_start_line(node)),
                                                column: Int(cmark_node_get_start_column(node)),
                                                isInImage: ancestorCount(of: node, type: CMARK_NODE_IMAGE) > 0))
                nodes.inline.append(node)
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = string(cmark_node_get_url(node))
                let newURL = destination(url, type == CMARK_NODE_IMAGE)
                if newURL != url { _ = cmark_node_set_url(node, newURL) }
                let oldTitle = string(cmark_node_get_title(node))
                let newTitle = title(oldTitle)
                if newTitle != oldTitle { _ = cmark_node_set_title(node, newTitle) }
            }
        }
        return nodes
    }

    /// The facts of a fenced code block, or nil for an indented one.
    private static func fencedBlock(_ node: OpaquePointer) -> FencedCodeBlock? {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return nil }
        return FencedCodeBlock(
            literal: string(cmark_node_get_literal(node)), info: string(cmark_node_get_fence_info(node)),
            fenceCharacter: UInt8(bitPattern: character), fenceLength: Int(length), startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)), endLine: Int(cmark_node_get_end_line(node)))
    }

    /// The literals of a node's text and code descendants with `breaks` for line breaks, trimmed; images' descriptions
    /// are left out when `skippingImages` (GitHub slugs a heading's text content, which an `<img>` does not add to).
    private static func plainText(of root: OpaquePointer, breaks: String = " ", skippingImages: Bool = false) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(root) else { return text }
        defer { cmark_iter_free(iterator) }
        var skipped: OpaquePointer?
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_EXIT {
                if node == skipped { skipped = nil }
                continue
            }
            guard skipped == nil else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: text += string(cmark_node_get_literal(node))
            case CMARK_NODE_CODE:
                let literal = string(cmark_node_get_literal(node))
                text += InlineExpression.isMarked(literal.utf8) ? InlineExpression.plainText(ofCode: literal) : literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += breaks
            case CMARK_NODE_IMAGE where skippingImages && cmark_node_first_child(node) != nil: skipped = node
            default: break
            }
        }
        return text.trimmingHorizontalSpace
    }

    /// Puts a custom block or inline of `type` rendering `raw` in place of `node` (custom nodes render raw even in safe
    /// mode); where the parent takes no custom inline (a table cell), inside an emphasis, and then returns true.
    private static func replace(_ node: OpaquePointer, withRaw raw: String, as type: cmark_node_type) -> Bool {
        guard let custom = cmark_node_new(type) else { return false }
        let wrapper = type == CMARK_NODE_CUSTOM_INLINE ? cmark_node_new(CMARK_NODE_EMPH) : nil
        let named = cmark_node_set_on_enter(custom, raw) != 0
        let replaced = named && cmark_node_replace(node, custom) != 0
        let wrapped = named && !replaced
            && wrapper.map { cmark_node_append_child($0, custom) != 0 && cmark_node_replace(node, $0) != 0 } == true
        if cmark_node_parent(custom) == nil { cmark_node_free(custom) }
        if let wrapper, !wrapped { cmark_node_free(wrapper) }
        if replaced || wrapped { cmark_node_free(node) }
        return wrapped
    }

    /// How many ancestors of `node` are of `type`.
    private static func ancestorCount(of node: OpaquePointer, type: cmark_node_type) -> Int {
        var count = 0
        var ancestor = cmark_node_parent(node)
        while let current = ancestor {
            if cmark_node_get_type(current) == type { count += 1 }
            ancestor = cmark_node_parent(current)
        }
        return count
    }

    /// A C string copied into Swift ("" for null; invalid UTF-8 repaired).
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension String {
    /// The string without the tabs, Unicode space separators (Zs) and zero-width spaces at its ends, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` trims them, looking only at the ends (Foundation bridged a 10 MB
    /// paragraph whole).
    var trimmingHorizontalSpace: String {
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) }) ?? first
        return String(scalars[first...last])
    }
}
