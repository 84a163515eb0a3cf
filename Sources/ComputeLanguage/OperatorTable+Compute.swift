import SwiftOperators
import SwiftParser

extension OperatorTable {
    /// Swift's standard operators plus swift-compute's own: `≈` (approximately equal, a comparison), `⊙` (the
    /// element-wise product, as tight as `*`), and the Unicode minus `−` and MATLAB's `.*`, which are accepted by
    /// the parser so that they can be diagnosed with a fix-it.
    static let compute: OperatorTable = {
        var table = OperatorTable.standardOperators
        let declarations = Parser.parse(source: """
            infix operator ≈ : ComparisonPrecedence
            infix operator ⊙ : MultiplicationPrecedence
            infix operator .* : MultiplicationPrecedence
            infix operator − : AdditionPrecedence
            prefix operator −
            """)
        try? table.addSourceFile(declarations)
        return table
    }()
}
