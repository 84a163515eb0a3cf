import SwiftSyntax

/// Finds every `// =>` in a cell's comments, from swift-syntax's trivia (a `"// =>"` in a string literal is none),
/// so that each one is either read as the result comment of an expression statement or reported with the reason
/// it cannot be.
public enum ResultCommentPlacement {
    /// The `// =>` of `code` that are not at one of the `read` offsets (the `//` of the result comments read after
    /// expression statements), each with the reason it is not a result comment and its UTF-8 offset.
    public static func unread(in code: String, read: Set<Int>) -> [ResultCommentProblem] {
        // Every `// =>` of the text, strings included, is at least as many as those in comments: when all of them
        // were read, there is nothing to parse the block again for.
        guard arrowCount(in: Array(code.utf8)) > read.count else { return [] }
        let tree = ParsedCell(code).tree
        var problems: [ResultCommentProblem] = []
        for token in tree.tokens(viewMode: .sourceAccurate) {
            var offset = token.position.utf8Offset
            for piece in token.leadingTrivia {
                problems += arrows(in: piece, at: offset).filter { !read.contains($0.offset) }.map { arrow in
                    ResultCommentProblem(reason: arrow.reason ?? reasonOnItsOwnLine(at: arrow.offset, in: tree), offset: arrow.offset)
                }
                offset += piece.sourceLength.utf8Length
            }
            offset = token.endPositionBeforeTrailingTrivia.utf8Offset
            for piece in token.trailingTrivia {
                problems += arrows(in: piece, at: offset).filter { !read.contains($0.offset) }.map { arrow in
                    ResultCommentProblem(reason: arrow.reason ?? reasonAfter(token, in: tree), offset: arrow.offset)
                }
                offset += piece.sourceLength.utf8Length
            }
        }
        return problems
    }

    /// How many times `//`, optional spaces and `=>` occur in `bytes`.
    private static func arrowCount(in bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "/") {
                let arrow = WrittenResult.skipSpaces(bytes, from: i + 2, to: bytes.count)
                if arrow + 1 < bytes.count, bytes[arrow] == UInt8(ascii: "="), bytes[arrow + 1] == UInt8(ascii: ">") { count += 1 }
            }
            i += 1
        }
        return count
    }

    /// Each `// =>` in a comment piece starting at `start`, with a reason when the comment itself rules it out
    /// (inside a block comment, or after the start of another line comment).
    private static func arrows(in piece: TriviaPiece, at start: Int) -> [(offset: Int, reason: String?)] {
        let text: String
        let isBlock: Bool
        switch piece {
        case let .lineComment(comment), let .docLineComment(comment): (text, isBlock) = (comment, false)
        case let .blockComment(comment), let .docBlockComment(comment): (text, isBlock) = (comment, true)
        default: return []
        }
        let bytes = Array(text.utf8)
        var found: [(Int, String?)] = []
        var i = 0
        while i + 1 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "/") else { continue }
            let arrow = WrittenResult.skipSpaces(bytes, from: i + 2, to: bytes.count)
            guard arrow + 1 < bytes.count, bytes[arrow] == UInt8(ascii: "="), bytes[arrow + 1] == UInt8(ascii: ">") else { continue }
            found.append((start + i, isBlock ? .insideBlockComment : (i > 0 ? .afterAnotherComment : nil)))
            i += 1
        }
        return found
    }

    /// Why a `// =>` on a line of its own is not read.
    private static func reasonOnItsOwnLine(at offset: Int, in tree: SourceFileSyntax) -> String {
        let inside = tree.statements.contains { item in
            item.positionAfterSkippingLeadingTrivia.utf8Offset < offset && offset < item.endPositionBeforeTrailingTrivia.utf8Offset
        }
        return inside ? .insideExpression : .onItsOwnLine
    }

    /// Why a `// =>` after `token`, on its line, is not read.
    private static func reasonAfter(_ token: TokenSyntax, in tree: SourceFileSyntax) -> String {
        let position = token.positionAfterSkippingLeadingTrivia.utf8Offset
        guard let item = tree.statements.first(where: {
            $0.positionAfterSkippingLeadingTrivia.utf8Offset <= position && position < $0.endPositionBeforeTrailingTrivia.utf8Offset
        }) else { return .onItsOwnLine }
        if token.endPositionBeforeTrailingTrivia != item.endPositionBeforeTrailingTrivia { return .insideExpression }
        if let binding = item.item.as(VariableDeclSyntax.self) {
            let names = binding.bindings.map { $0.pattern.trimmedDescription }
            return .afterBinding(binding.bindingSpecifier.text, name: names.first ?? "the name")
        }
        if item.item.is(MacroExpansionExprSyntax.self) || item.item.is(MacroExpansionDeclSyntax.self) {
            return .afterExpect
        }
        if let sequence = item.item.as(SequenceExprSyntax.self), sequence.elements.contains(where: { $0.is(AssignmentExprSyntax.self) }),
           let target = sequence.elements.first {
            return .afterAssignment(target.trimmedDescription)
        }
        return .notRightAfter
    }
}

private extension String {
    static let insideBlockComment = "a result comment inside a block comment is not read; "
        + "write the result comment after an expression statement, outside the block comment"
    static let afterAnotherComment = "a result comment after another comment is not read: the first '//' starts a comment "
        + "that runs to the end of the line; put the result comment first after the statement"
    static let onItsOwnLine = "a result comment on a line of its own is not read; "
        + "a result comment follows an expression statement on the same line"
    static let insideExpression = "a result comment in the middle of a multi-line expression is not read; "
        + "put the result comment after the expression's last line"
    static let afterExpect = "a result comment follows an expression statement; '#expect' shows no value, "
        + "it passes or fails by itself"
    static let notRightAfter = "this result comment is not read; write it right after an expression statement, on the same line"

    static func afterBinding(_ keyword: String, name: String) -> String {
        "a result comment follows an expression statement; '\(keyword)' shows no value: write '\(name)' on a line of its own"
    }

    static func afterAssignment(_ target: String) -> String {
        "a result comment follows an expression statement; an assignment shows no value: write '\(target)' on a line of its own"
    }
}
