import Foundation
import LessonDocument
import SwiftParser
import SwiftSyntax

/// The test lessons of `Fixtures/families/` (one per family of builtins, written by `scripts/family_lessons.py`
/// with NumPy's numbers), and what their code calls and names.
enum FamilyLessons {
    /// The folder of the family lessons, in the source tree.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/families")

    /// The lessons' file names (`01-numbers.md`, …), in order; the folder's README is not a lesson.
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".md") && $0.first?.isNumber == true }
        .sorted()

    /// The lesson `name`, parsed with the display path `lessons/name`.
    static func lesson(_ name: String) throws -> Lesson {
        Lesson(path: "lessons/" + name, source: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }

    /// Everything the code of every lesson calls, reads and applies.
    static func usage() throws -> Usage {
        let collector = Usage()
        for name in names {
            let lesson = try lesson(name)
            for code in lesson.cells.map(\.code) + lesson.inlineExpressions.map(\.expression) {
                collector.walk(Parser.parse(source: code))
            }
        }
        return collector
    }

    /// What code calls, reads and applies, found by walking its syntax tree.
    final class Usage: SyntaxVisitor {
        /// Each call's callee (`softmax`, or `.padding` for an implicit member) and its argument labels (`_` for none).
        private(set) var calls: [(name: String, labels: [String])] = []
        /// The names read after a dot: members (`weights`, `T`), presets and enum cases (`gpt3`, `causal`).
        private(set) var members: Set<String> = []
        /// The operators applied, infix and prefix (`+`, `⊙`, `≈`, `!`).
        private(set) var operators: Set<String> = []
        /// The numbers of indices in subscripts: 1 for `v[i]`, 2 for `m[i, j]`.
        private(set) var subscriptArities: Set<Int> = []

        init() { super.init(viewMode: .sourceAccurate) }

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            let labels = node.arguments.map { $0.label?.text ?? "_" }
            if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self) {
                calls.append((reference.baseName.text, labels))
            } else if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
                calls.append(("." + member.declName.baseName.text, labels))
            }
            return .visitChildren
        }

        override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
            members.insert(node.declName.baseName.text)
            return .visitChildren
        }

        override func visit(_ node: SubscriptCallExprSyntax) -> SyntaxVisitorContinueKind {
            subscriptArities.insert(node.arguments.count)
            return .visitChildren
        }

        override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
            switch token.tokenKind {
            case let .binaryOperator(text), let .prefixOperator(text): operators.insert(text)
            default: break
            }
            return .visitChildren
        }
    }
}
