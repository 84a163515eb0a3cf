import SwiftSyntax

extension CodeBlockItemSyntax {
    /// The names a `let`/`var` statement would bind (those inside tuple patterns included); empty for other statements.
    var boundNames: [String] {
        item.as(VariableDeclSyntax.self)?.bindings.flatMap(\.pattern.boundNames) ?? []
    }
}
