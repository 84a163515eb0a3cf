/// A TeX math span of a lesson, found with pandoc's rules before cmark-gfm sees the text, and rendered untouched.
public struct MathSpan: Sendable, Hashable {
    /// How a span is delimited in the source.
    public enum Delimiter: String, Sendable, Hashable, CaseIterable {
        /// `$…$`, inline math.
        case dollar
        /// `$$…$$`, display math.
        case doubleDollar
        /// `\(…\)`, inline math.
        case parenthesis
        /// `\[…\]`, display math.
        case bracket

        /// The opening delimiter as written in the source.
        public var opening: String {
            switch self {
            case .dollar: "$"
            case .doubleDollar: "$$"
            case .parenthesis: "\\("
            case .bracket: "\\["
            }
        }

        /// The closing delimiter as written in the source.
        public var closing: String {
            switch self {
            case .dollar: "$"
            case .doubleDollar: "$$"
            case .parenthesis: "\\)"
            case .bracket: "\\]"
            }
        }

        /// Whether the delimiter marks display math.
        public var isDisplay: Bool { self == .doubleDollar || self == .bracket }
    }

    /// A replacement of a byte range of the lesson source.
    public struct Edit: Sendable, Hashable {
        /// The UTF-8 byte range of the source that is replaced.
        public var range: Range<Int>
        /// The text that replaces it.
        public var replacement: String

        /// An edit replacing `range` by `replacement`.
        public init(range: Range<Int>, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    /// UTF-8 byte range in the lesson source of the whole span, delimiters included.
    public let range: Range<Int>
    /// UTF-8 byte range in the source between the delimiters (on later lines it includes the container prefixes).
    public let contentRange: Range<Int>
    /// The TeX: container prefixes removed and lines joined with `\n`; inline math trimmed as pandoc trims it, display math as written.
    public let tex: String
    /// How the span is delimited.
    public let delimiter: Delimiter
    /// The edits that write the span the way GitHub renders math (`\(x\)` as `$x$`, `\[x\]` as `$$x$$`); none for dollar spans.
    public let githubEdits: [Edit]

    /// A span with the given parts (normally found by `Lesson`).
    public init(range: Range<Int>, contentRange: Range<Int>, tex: String, delimiter: Delimiter, githubEdits: [Edit]) {
        self.range = range
        self.contentRange = contentRange
        self.tex = tex
        self.delimiter = delimiter
        self.githubEdits = githubEdits
    }

    /// Whether the span is display math (`$$…$$` or `\[…\]`).
    public var isDisplay: Bool { delimiter.isDisplay }

    /// The span as pandoc writes it in HTML, for KaTeX's auto-render: `<span class="math inline">\(…\)</span>` or
    /// `<span class="math display">\[…\]</span>`, the TeX HTML-escaped so that it reads as source where KaTeX is missing.
    public var html: String {
        let escaped = MathSpan.escapeHTML(tex)
        return isDisplay
            ? "<span class=\"math display\">\\[\(escaped)\\]</span>"
            : "<span class=\"math inline\">\\(\(escaped)\\)</span>"
    }

    /// The TeX as one line of plain text (for titles, summaries and headings): trimmed, line breaks as spaces.
    public var plainText: String {
        let trimmed = tex.utf8.split(whereSeparator: { $0 == UInt8(ascii: "\n") }).map { String(decoding: $0, as: UTF8.self) }
        return trimmed.joined(separator: " ").trimmingSpaces()
    }

    /// `text` with `&`, `<`, `>` and `"` escaped, for HTML text and attribute values.
    static func escapeHTML(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

private extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
