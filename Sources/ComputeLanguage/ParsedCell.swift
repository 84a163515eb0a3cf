import SwiftParser
import SwiftSyntax

/// A cell's code parsed by swift-syntax, made safe for swift-syntax's recursive passes and for the interpreter.
///
/// swift-syntax's lookahead takes time exponential in the number of directly nested `[`, and its visitors,
/// its operator folding and the interpreter recurse once per level of the tree, so code nested deeply enough
/// would hang or overflow the stack. Such code is rejected before those passes run: too deeply nested `[ ]`
/// are blanked before parsing, and statements nested too deeply are blanked and the rest parsed again.
/// Blanking replaces bytes by spaces and keeps line breaks, so every position stays that of the written code.
struct ParsedCell {
    /// A statement refused before evaluation, with the error to report at a UTF-8 offset of the code.
    struct Rejection {
        /// Where the error points.
        let offset: Int
        /// The error's message.
        let message: String
    }

    /// The most levels of `[ ]` one statement may nest (values themselves nest two: a matrix).
    static let maximumBracketDepth = 8
    /// The most levels of syntax one statement may nest, counting each operator of a chain such as
    /// `a + b + c` as a level, since folding nests them.
    static let maximumSyntaxDepth = 300

    /// The tree to evaluate; its statements are shallow enough for recursive passes.
    private(set) var tree: SourceFileSyntax
    /// The statements refused, with their errors.
    private(set) var rejections: [Rejection] = []
    /// The byte ranges of statements still in `tree` that must not be evaluated.
    private(set) var skipped: [Range<Int>] = []
    /// Names bound by statements blanked out of `tree`, to be marked failed.
    private(set) var failedNames: [String] = []

    /// The longest block parsed, in UTF-8 bytes: parsing takes time in proportion to the length (about a second for
    /// 100 KB in a debug build), and a lesson's inputs larger than this are better made by builtins.
    static let maximumCodeBytes = 65_536

    /// Parses `code`, refusing statements nested too deeply, and a whole block longer than `maximumCodeBytes`.
    init(_ code: String) {
        var bytes = Array(code.utf8)
        guard bytes.count <= Self.maximumCodeBytes else {
            tree = Parser.parse(source: "")
            rejections = [Rejection(offset: 0, message: .tooLong(bytes.count, Self.maximumCodeBytes))]
            failedNames = Self.declaredNames(in: code)
            return
        }
        let excess = Self.excessBrackets(in: bytes)
        for offset in excess { bytes[offset] = UInt8(ascii: " ") }
        tree = excess.isEmpty ? Parser.parse(source: code) : Self.parse(bytes)
        refuseBlankedBrackets(excess)
        // Blanking removes statements, so a second round finds nothing new; the bound is a safeguard.
        for _ in 0..<3 {
            let deep = deepStatements()
            guard !deep.isEmpty else { return }
            for (item, firstOffset) in deep {
                failedNames += item.boundNames
                rejections.append(Rejection(offset: firstOffset, message: .tooDeep(Self.maximumSyntaxDepth)))
                for offset in item.position.utf8Offset..<item.endPosition.utf8Offset where !Self.isLineBreak(bytes[offset]) {
                    bytes[offset] = UInt8(ascii: " ")
                }
            }
            tree = Self.parse(bytes)
        }
        bytes = bytes.map { Self.isLineBreak($0) ? $0 : UInt8(ascii: " ") }
        tree = Self.parse(bytes)
    }

    /// The names a refused block appears to bind (`let x`, `var y` at the start of a line), so that their later uses
    /// do not cascade into errors.
    private static func declaredNames(in code: String) -> [String] {
        code.split(whereSeparator: \.isNewline).compactMap { line in
            let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard words.count >= 2, words[0] == "let" || words[0] == "var" else { return nil }
            let name = words[1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            return name.isEmpty ? nil : String(name)
        }
    }

    /// Parses code in which some bytes were blanked; whole characters at a time were, so it is still valid UTF-8.
    private static func parse(_ bytes: [UInt8]) -> SourceFileSyntax {
        Parser.parse(source: String(decoding: bytes, as: UTF8.self))
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The offsets of every `[` nested deeper than the limit and of the `]` closing it.
    ///
    /// Counted over the whole text, strings included, so that no tokenizer of ours can disagree with
    /// swift-syntax's about where code is; only lines that start with `//` are skipped, since whatever
    /// such a line is part of (a comment, a multi-line string), it is never code.
    private static func excessBrackets(in bytes: [UInt8]) -> [Int] {
        var depth = 0
        var excess: [Int] = []
        var offset = 0
        var atLineStart = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if atLineStart, byte == UInt8(ascii: "/"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "/") {
                while offset < bytes.count, !isLineBreak(bytes[offset]) { offset += 1 }
                continue
            }
            if byte == UInt8(ascii: "[") {
                depth += 1
                if depth > maximumBracketDepth { excess.append(offset) }
            } else if byte == UInt8(ascii: "]"), depth > 0 {
                if depth > maximumBracketDepth { excess.append(offset) }
                depth -= 1
            }
            atLineStart = isLineBreak(byte) || (atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")))
            offset += 1
        }
        return excess
    }

    /// Refuses each statement holding a blanked bracket, with an error at the first one.
    private mutating func refuseBlankedBrackets(_ excess: [Int]) {
        guard let first = excess.first else { return }
        var reported = false
        for item in tree.statements {
            let range = item.position.utf8Offset..<item.endPosition.utf8Offset
            guard let offset = excess.first(where: range.contains) else { continue }
            rejections.append(Rejection(offset: offset, message: .tooManyBrackets(Self.maximumBracketDepth)))
            skipped.append(range)
            reported = true
        }
        if !reported {
            rejections.append(Rejection(offset: first, message: .tooManyBrackets(Self.maximumBracketDepth)))
        }
    }

    /// The statements nested deeper than the limit, each with the offset of its first token.
    private func deepStatements() -> [(CodeBlockItemSyntax, Int)] {
        tree.statements.compactMap { item in
            Self.depthExceedsLimit(Syntax(item)).map { (item, $0) }
        }
    }

    /// The offset of the first token of `root` if the tree under it is nested deeper than the limit, else nil.
    /// Iterative, so that it is safe on trees of any depth.
    private static func depthExceedsLimit(_ root: Syntax) -> Int? {
        var pending: [(node: Syntax, depth: Int)] = [(root, 1)]
        var firstOffset: Int?
        var tooDeep = false
        while let (node, depth) = pending.popLast() {
            if let token = node.as(TokenSyntax.self) {
                if firstOffset == nil, token.presence == .present {
                    firstOffset = token.positionAfterSkippingLeadingTrivia.utf8Offset
                }
                if tooDeep, firstOffset != nil { break }
                continue
            }
            var level = depth
            if let sequence = node.as(SequenceExprSyntax.self) {
                level += sequence.elements.count / 2
            }
            if level > maximumSyntaxDepth {
                tooDeep = true
                if firstOffset != nil { break }
            }
            // Pushed in reverse, so that children are visited in source order and the first token comes first.
            pending += node.children(viewMode: .sourceAccurate).reversed().map { ($0, level + 1) }
        }
        return tooDeep ? (firstOffset ?? root.position.utf8Offset) : nil
    }
}

private extension String {
    static func tooManyBrackets(_ limit: Int) -> String {
        "brackets nested more than \(limit) levels deep are not supported in swift-compute"
    }

    static func tooLong(_ length: Int, _ limit: Int) -> String {
        "this block is \(ValueFormatter.integer(length)) bytes long, more than the \(ValueFormatter.integer(limit)) swift-compute reads; "
            + "split it, or make large inputs "
            + "with builtins such as gaussian(rows:columns:seed:)"
    }

    static func tooDeep(_ limit: Int) -> String {
        "this statement nests more than \(limit) levels deep; try breaking up the expression into distinct sub-expressions"
    }
}
