import SwiftIDEUtils
import SwiftSyntax

/// Splits Swift code into runs classified by swift-syntax's classifier, for highlighting without JavaScript.
public enum SyntaxHighlighter {
    /// A stretch of code and what kind of token it is (nil for plain text such as spaces).
    public struct Run: Equatable, Sendable {
        /// A run of `text` of `kind`.
        public init(text: String, kind: String?) {
            self.text = text
            self.kind = kind
        }

        /// The code of the run.
        public var text: String
        /// The kind: `keyword`, `type`, `number`, `string`, `comment`, `label`, `operator`, `attribute`, or nil.
        public var kind: String?
    }

    /// The runs of `code`, which concatenate back to `code`. Code that swift-compute refuses to parse
    /// (nested too deeply to parse safely) comes back as one plain run.
    public static func runs(_ code: String) -> [Run] {
        let parsed = ParsedCell(code)
        guard parsed.rejections.isEmpty else { return [Run(text: code, kind: nil)] }
        let bytes = Array(code.utf8)
        var runs: [Run] = []
        var cursor = 0
        for range in parsed.tree.classifications {
            let start = min(max(range.range.lowerBound.utf8Offset, cursor), bytes.count)
            let end = min(max(range.range.upperBound.utf8Offset, start), bytes.count)
            if start > cursor { runs.append(Run(text: text(bytes[cursor..<start]), kind: nil)) }
            if end > start { runs.append(Run(text: text(bytes[start..<end]), kind: kind(of: range.kind))) }
            cursor = end
        }
        if cursor < bytes.count { runs.append(Run(text: text(bytes[cursor...]), kind: nil)) }
        return merged(runs)
    }

    private static func kind(of classification: SyntaxClassification) -> String? {
        switch classification {
        case .keyword, .ifConfigDirective: "keyword"
        case .type: "type"
        case .integerLiteral, .floatLiteral: "number"
        case .stringLiteral, .regexLiteral: "string"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "comment"
        case .argumentLabel: "label"
        case .operator: "operator"
        case .attribute: "attribute"
        default: nil
        }
    }

    /// Adjacent runs of the same kind joined.
    private static func merged(_ runs: [Run]) -> [Run] {
        var result: [Run] = []
        for run in runs {
            if let last = result.last, last.kind == run.kind {
                result[result.count - 1].text += run.text
            } else {
                result.append(run)
            }
        }
        return result
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
