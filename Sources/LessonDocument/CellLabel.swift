/// The rules for a cell's `//| label:`, which becomes the `id` of the cell's element in its page and so the fragment of
/// links to it (`05-causal-masking.html#scores`).
///
/// A label is an ASCII letter followed by ASCII letters, digits, `-` and `_` (valid in an HTML id and in a URL fragment
/// without escaping); it may not take the form of an id the page generates for something else (`cell-3`, `inline-2`,
/// `fig-…`); it is unique in the lesson and differs from every heading's anchor (GitHub's slug). A label that breaks a
/// rule is an error, and its cell keeps its generated `cell-N` id, so that the page still has unique ids. A heading
/// whose anchor is the generated id of an unlabelled cell or an inline value (`## Cell 2` is `cell-2`) is an error too.
public enum CellLabel {
    /// The grammar, as the error messages state it.
    static let grammar = "a letter, then letters, digits, '-' or '_'"
    /// The prefixes of ids the page generates: numbered cells and inline values, and figures (`fig-<anchor>-<n>`).
    static let generatedForms = ["cell-N", "inline-N", "fig-…"]

    /// Whether `label` is a letter followed by letters, digits, `-` and `_`, all ASCII.
    public static func isValid(_ label: String) -> Bool {
        let bytes = Array(label.utf8)
        guard let first = bytes.first, Byte.isLetter(first) else { return false }
        return bytes.allSatisfy { Byte.isLetter($0) || Byte.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// Whether `label` has the form of an id the page generates: `cell-` or `inline-` and digits, or `fig-` and anything.
    public static func isGeneratedForm(_ label: String) -> Bool {
        if label.hasPrefix("fig-") { return true }
        return ["cell-", "inline-"].contains { prefix in
            label.hasPrefix(prefix) && label.count > prefix.count && label.dropFirst(prefix.count).allSatisfy(\.isASCII) &&
                label.dropFirst(prefix.count).allSatisfy(\.isNumber)
        }
    }

    /// The diagnostic for a label that is no valid id or has a generated id's form, at its value; nil when it has neither.
    static func problem(with label: String, path: String, at location: SourceLocation) -> Diagnostic? {
        if !isValid(label) { return .invalidLabel(label, path: path, at: location) }
        if isGeneratedForm(label) { return .generatedFormLabel(label, path: path, at: location) }
        return nil
    }

    /// Checks the labels of `cells` against each other and against `headings`' anchors: a label used before, or equal
    /// to a heading's anchor, is an error at its value with a note at the first use, and is taken off its cell.
    static func checkUniqueness(of cells: inout [ComputeCell], headings: [Heading], lines: SourceLines, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstUse: [String: SourceLocation] = [:]
        let headingLines = Dictionary(headings.map { ($0.id, $0.line) }, uniquingKeysWith: { first, _ in first })
        for index in cells.indices {
            guard let label = cells[index].options.label else { continue }
            let location = valueLocation(of: label, keyAt: cells[index].optionKeys["label"], lines: lines)
            if let first = firstUse[label] {
                diagnostics.append(.repeatedLabel(label, path: path, at: location, first: first))
            } else if let line = headingLines[label] {
                diagnostics.append(.labelIsHeadingAnchor(label, path: path, at: location, heading: headingLocation(line: line, lines: lines)))
            } else {
                firstUse[label] = location
                continue
            }
            cells[index].options.label = nil
        }
        return diagnostics
    }

    /// Headings whose anchor is the generated id of an unlabelled cell (`cell-N`) or of an inline value (`inline-N`) of
    /// the lesson: errors at the heading, with a note at the cell or the inline value.
    static func headingClashes(headings: [Heading], cells: [ComputeCell], inlines: [InlineExpression], lines: SourceLines,
                               path: String) -> [Diagnostic] {
        headings.compactMap { heading in
            let at = headingLocation(line: heading.line, lines: lines)
            if let number = generatedNumber(heading.id, prefix: "cell-"), cells.indices.contains(number - 1),
               cells[number - 1].options.label == nil {
                return .headingAnchorIsGenerated(heading.id, what: "block \(number)", path: path, at: at,
                                                 other: cells[number - 1].openingFence, advice: "give this block a label, or reword the heading")
            }
            if let number = generatedNumber(heading.id, prefix: "inline-"), inlines.indices.contains(number - 1) {
                return .headingAnchorIsGenerated(heading.id, what: "inline value \(number)", path: path, at: at,
                                                 other: inlines[number - 1].expressionLocation, advice: "reword the heading")
            }
            return nil
        }
    }

    /// N of an id `prefix` + N, for digits N.
    private static func generatedNumber(_ id: String, prefix: String) -> Int? {
        guard id.hasPrefix(prefix), isGeneratedForm(id) else { return nil }
        return Int(id.dropFirst(prefix.count))
    }

    /// Where the label's text is written on its option line (after the key), else the key's location.
    private static func valueLocation(of label: String, keyAt key: SourceLocation?, lines: SourceLines) -> SourceLocation {
        guard let key, let line = lines.line(key.line) else { return key ?? SourceLocation(line: 1, column: 1) }
        let content = lines.content(of: line)
        let afterKey = content.dropFirst(key.column - 1 + "label".utf8.count)
        guard let found = afterKey.firstRange(of: Array(label.utf8)) else { return key }
        return SourceLocation(line: key.line, column: found.lowerBound - content.startIndex + 1)
    }

    /// The first non-blank column of a heading's line.
    private static func headingLocation(line number: Int, lines: SourceLines) -> SourceLocation {
        let indent = lines.line(number).map { lines.content(of: $0).prefix(while: Byte.isBlank).count } ?? 0
        return SourceLocation(line: number, column: indent + 1)
    }
}

extension Diagnostic {
    /// A label that is not a valid id: not a letter first, or a character other than letters, digits, `-` and `_`.
    static func invalidLabel(_ label: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "label '\(label)' is not a valid id: use \(CellLabel.grammar)", path: path, at: location)
    }

    /// A label of the form of an id the page gives to something else.
    static func generatedFormLabel(_ label: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "label '\(label)' has the form of an id the page generates; choose another", path: path, at: location,
                   notes: [Note("the page gives ids of the forms \(CellLabel.generatedForms.joined(separator: ", ")) to cells, inline values and figures")])
    }

    /// A label that an earlier cell of the lesson already has.
    static func repeatedLabel(_ label: String, path: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "label '\(label)' is already used in this lesson", path: path, at: location,
                   notes: [Note("'\(label)' is first used here", at: first)])
    }

    /// A heading whose anchor is the id the page gives an unlabelled block or an inline value.
    static func headingAnchorIsGenerated(_ id: String, what: String, path: String, at location: SourceLocation, other: SourceLocation,
                                         advice: String) -> Diagnostic {
        Diagnostic(.error, "this heading's anchor '\(id)' is also the id of \(what) of the page", path: path, at: location,
                   notes: [Note("\(what) is here; \(advice)", at: other)])
    }

    /// A label equal to a heading's anchor, which would give the page two elements with one id.
    static func labelIsHeadingAnchor(_ label: String, path: String, at location: SourceLocation, heading: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "label '\(label)' is the anchor of a heading", path: path, at: location,
                   notes: [Note("this heading's anchor is '\(label)'", at: heading)])
    }
}
