import SwiftSyntax

extension PatternSyntax {
    /// The names the pattern binds: `a` in `let a`, `a` and `b` in `let (a, b)`.
    /// Iterative, so that it is safe on patterns of any depth.
    var boundNames: [String] {
        var names: [String] = []
        var pending = [Syntax(self)]
        while let node = pending.popLast() {
            if let identifier = node.as(IdentifierPatternSyntax.self) {
                names.append(identifier.identifier.text)
            } else if !node.is(TokenSyntax.self) {
                pending += node.children(viewMode: .sourceAccurate).reversed()
            }
        }
        return names
    }
}
