import SwiftOperators
import SwiftParser

extension OperatorTable {
    /// Swift's standard operators plus swift-compute's own: `≈` (approximately equal, a comparison)
    /// and the Unicode minus `−`, which is accepted by the parser so that it can be diagnosed with a fix-it.
    static let compute: OperatorTable = {
        var table = OperatorTable.standardOperators
        let declarations = Parser.parse(source: """
            infix operator ≈ : ComparisonPrecedence
            infix operator − : AdditionPrecedence
            prefix operator −
            """)
        try? table.addSourceFile(declarations)
        return table
    }()
}
