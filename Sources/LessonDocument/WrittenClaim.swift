/// What a claim writes after its `=>`, or a sourced number after its `{source: …}`: a number, an optional unit and an
/// optional source, `175B`, `2.5 GB`, `66% (source: GPT-3 paper, Table 2.1)`, as ranges of a code span's content.
///
/// The number is the text up to the first space or tab (read later as a `WrittenNumber`); the unit is the rest before
/// the source, and starts with a letter or a symbol such as `°` or `$` (never a digit, a sign, `%`, `×` or `=`, which
/// would read as part of the number). A unit is shown, never scaled: `2.5 GB` is compared as 2.5. The source is what
/// `(source: …)` holds, up to the `)` that ends the span, so it may hold parentheses of its own.
struct WrittenClaim: Sendable, Equatable {
    /// What opens a claim's source.
    static let sourceOpening = Array("(source:".utf8)

    /// The number as written (`175B`, `66%`).
    var number: Range<Int>
    /// The unit after the number (`GB`), if any.
    var unit: Range<Int>?
    /// The source's text inside `(source: …)`, trimmed, if any.
    var source: Range<Int>?
    /// Where `(source:` starts, if written.
    var sourceStart: Int?

    /// Reads `range` of `content` (trimmed); `allowsSource` is false after `{source: …}`, which already names one.
    /// `locate` gives the file location of a content offset; `after` names what the number follows, for the message
    /// when there is none. Returns nil with the diagnostics when the text has no such shape.
    static func read(
        _ range: Range<Int>, of content: [UInt8], allowsSource: Bool, after: String, path: String,
        locate: (Int) -> SourceLocation
    ) -> (claim: WrittenClaim?, diagnostics: [Diagnostic]) {
        let range = trimmed(range, in: content)
        var numberEnd = range.upperBound
        var source: Range<Int>?
        let sourceStart = firstIndex(of: sourceOpening, in: content, within: range)
        if let start = sourceStart {
            guard allowsSource else { return (nil, [.sourceNamedTwice(path: path, at: locate(start))]) }
            guard content[range.upperBound - 1] == UInt8(ascii: ")"), range.upperBound - 1 >= start + sourceOpening.count else {
                return (nil, [.unclosedSource(path: path, at: locate(start))])
            }
            let text = trimmed((start + sourceOpening.count)..<(range.upperBound - 1), in: content)
            guard !text.isEmpty else { return (nil, [.emptySource(path: path, at: locate(start))]) }
            source = text
            numberEnd = start
        }
        let written = trimmed(range.lowerBound..<numberEnd, in: content)
        guard !written.isEmpty else { return (nil, [.missingClaimNumber(after: after, path: path, at: locate(written.lowerBound))]) }
        let tokenEnd = content[written].firstIndex(where: Byte.isBlank) ?? written.upperBound
        let unit = trimmed(tokenEnd..<written.upperBound, in: content)
        if !unit.isEmpty, let problem = unitProblem(String(decoding: content[unit], as: UTF8.self), path: path, at: locate(unit.lowerBound)) {
            return (nil, [problem])
        }
        let claim = WrittenClaim(number: written.lowerBound..<tokenEnd, unit: unit.isEmpty ? nil : unit, source: source, sourceStart: sourceStart)
        return (claim, [])
    }

    /// The diagnostic for a unit that is none: one that starts like a number, with `%`, or holds parentheses.
    private static func unitProblem(_ unit: String, path: String, at location: SourceLocation) -> Diagnostic? {
        if unit.hasPrefix("%") { return .spacedPercent(path: path, at: location) }
        if unit.contains("(") || unit.contains(")") { return .parenthesisInUnit(unit, path: path, at: location) }
        guard let first = unit.unicodeScalars.first else { return nil }
        switch first.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .currencySymbol, .otherSymbol:
            return nil
        default:
            return .notAUnit(unit, path: path, at: location)
        }
    }

    /// `range` of `content` without spaces and tabs at either end.
    static func trimmed(_ range: Range<Int>, in content: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = max(range.upperBound, lower)
        while lower < upper, Byte.isBlank(content[lower]) { lower += 1 }
        while upper > lower, Byte.isBlank(content[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The first offset in `range` of `content` where `needle` starts.
    static func firstIndex(of needle: [UInt8], in content: [UInt8], within range: Range<Int>) -> Int? {
        guard range.count >= needle.count else { return nil }
        return (range.lowerBound...(range.upperBound - needle.count)).first { content[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

extension Diagnostic {
    /// A claim or sourced number with nothing where its number goes.
    static func missingClaimNumber(after: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "expected a number after '\(after)'", path: path, at: location)
    }

    /// `(source:` without the `)` that ends the span.
    static func unclosedSource(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "'(source:' is not closed; end the claim with ')'", path: path, at: location,
                   notes: [Note("a sourced claim reads `{swift} expr => 175B (source: GPT-3 paper, Table 2.1)`")])
    }

    /// `(source: )` or `{source: }` with nothing in it.
    static func emptySource(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "empty source; name where the number comes from", path: path, at: location,
                   notes: [Note("for example '(source: GPT-3 paper, Table 2.1)'")])
    }

    /// `{source: …} 175B (source: …)`.
    static func sourceNamedTwice(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "this number already names its source in '{source: …}'", path: path, at: location)
    }

    /// `66 %`: a percent sign after a space, which would read as a unit and not scale the number.
    static func spacedPercent(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "write '%' right after the number, without a space", path: path, at: location)
    }

    /// A unit with parentheses, such as a misspelt `(Source: …)`.
    static func parenthesisInUnit(_ unit: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "unexpected parenthesis in the unit '\(unit)'", path: path, at: location,
                   notes: [Note("a source is written '(source: …)', in lower case, at the end of the claim")])
    }

    /// Text after the number that does not start like a unit (`2.5 3`, `2.5 × 10⁹`).
    static func notAUnit(_ unit: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "'\(unit)' is not a unit: a unit starts with a letter or a symbol such as '°' or '$'", path: path, at: location,
                   notes: [Note("a claim is one number, then optionally its unit, which is shown and never scales the number")])
    }
}
