import SwiftSyntax

/// The numbers an author typed as literals in swift-compute code: the inputs of a lesson's computations.
public enum NumericLiterals {
    /// The value of every integer and floating-point literal in `code`, without the sign (a `-` before a literal is an
    /// operator in Swift), in order; literals that do not fit a `Double` or an `Int` are left out. Comments, result
    /// comments included, hold none. Never traps: the code is parsed as a cell is, so nesting is bounded.
    public static func magnitudes(in code: String) -> [Double] {
        ParsedCell(code).tree.tokens(viewMode: .sourceAccurate).compactMap { token in
            switch token.tokenKind {
            case let .integerLiteral(text): integer(text)
            case let .floatLiteral(text): float(text)
            default: nil
            }
        }
    }

    /// An integer literal's value: `1_000`, `0x1F`, `0o17`, `0b101`.
    static func integer(_ text: String) -> Double? {
        let digits = text.replacingOccurrences(of: "_", with: "")
        let radix = ["0x": 16, "0o": 8, "0b": 2][String(digits.prefix(2))]
        return Int(radix == nil ? digits[...] : digits.dropFirst(2), radix: radix ?? 10).map(Double.init)
    }

    /// A floating-point literal's value (`0.5`, `1e-3`, `0x1p-2`), when finite.
    static func float(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: "_", with: "")).flatMap { $0.isFinite ? $0 : nil }
    }
}
