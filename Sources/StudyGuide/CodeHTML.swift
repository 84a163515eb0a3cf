import ComputeLanguage
import Foundation

/// Swift code as highlighted HTML: spans with `hl-` classes from swift-syntax's classifier, no JavaScript.
enum CodeHTML {
    /// `code` escaped, each classified run in a `<span class="hl-kind">`.
    static func highlighted(_ code: String) -> String {
        SyntaxHighlighter.runs(code).map { run in
            guard let kind = run.kind else { return HTML.escape(run.text) }
            return "<span class=\"hl-\(kind)\">\(HTML.escape(run.text))</span>"
        }.joined()
    }

    /// `html` with the content of every `<pre><code class="language-swift">` block (cmark-gfm's rendering of
    /// a ```swift fence) highlighted.
    static func highlightingSwiftBlocks(in html: String) -> String {
        let opening = "<pre><code class=\"language-swift\">"
        guard Array(html.utf8).firstOffset(of: Array(opening.utf8)) != nil else { return html }
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: opening), let end = rest[start.upperBound...].range(of: "</code></pre>") {
            result += rest[..<start.upperBound]
            result += highlighted(HTML.unescape(String(rest[start.upperBound..<end.lowerBound])))
            result += "</code></pre>"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
