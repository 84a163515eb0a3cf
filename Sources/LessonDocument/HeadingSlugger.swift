/// GitHub's heading anchors, computed as github-slugger computes them, with duplicates numbered in document order.
///
/// A slug is the heading's text in lower case, with every character removed that is not a letter, a mark, a decimal or
/// letter number, a connector (`_`), a hyphen or a space, and each space turned into a hyphen: `Softmax & T°` becomes
/// `softmax--t`, `😄 emoji` becomes `-emoji`. A repeated slug gets `-1`, `-2`, … (never one already taken).
/// GitHub gives an empty slug to a heading with nothing left; an HTML id may not be empty, so that one is `section`.
struct HeadingSlugger: Sendable {
    /// The slug used when nothing of a heading's text is left.
    static let emptySlugReplacement = "section"

    /// How often each base slug has been numbered, for every slug given out so far.
    private var occurrences: [String: Int] = [:]

    /// The slug of `text` on its own, without numbering.
    static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "-" {
                slug.append("-")
            } else if isKept(scalar) {
                slug.append(scalar)
            }
        }
        return String(slug)
    }

    /// The next unique slug for a heading with `text`, in document order.
    mutating func uniqueSlug(for text: String) -> String {
        let base = Self.slug(text).isEmpty ? Self.emptySlugReplacement : Self.slug(text)
        var result = base
        while occurrences[result] != nil {
            let count = (occurrences[base] ?? 0) + 1
            occurrences[base] = count
            result = "\(base)-\(count)"
        }
        occurrences[result] = 0
        return result
    }

    /// Whether a character stays in a slug: letters, marks, decimal and letter numbers, connector punctuation.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
