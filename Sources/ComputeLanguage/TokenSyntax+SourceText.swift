@_spi(RawSyntax) import SwiftSyntax

extension TokenSyntax {
    /// The token's text as written, read straight from the source: `text` first classifies the token's kind (a
    /// keyword look-up), which made a name's look-up inside a loop a third of an iteration's time in a debug build.
    var sourceText: String { String(syntaxText: rawText) }
}
