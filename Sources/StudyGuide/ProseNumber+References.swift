extension ProseNumber {
    /// Words after which a number names a part of a text, not a result: "Table 2.1", "Section 3.4", "Eq. 1.5", "§ 2.3".
    static let referenceWords: Set<String> = [
        "table", "tables", "figure", "figures", "fig.", "figs.", "section", "sections", "sec.", "chapter", "chapters",
        "ch.", "appendix", "equation", "equations", "eq.", "eqs.", "§", "§§", "algorithm", "theorem", "lemma",
        "definition", "example", "exercise", "listing", "page", "pages", "p.", "pp.", "step", "lesson", "part", "version",
    ]

    /// Whether the number starting at `index` follows a reference word and spaces ("Table 2.1"), so that it names a
    /// table, a section or an equation rather than stating a result.
    static func isReference(at index: Int, in bytes: [UInt8]) -> Bool {
        var end = index
        var sawSpace = false
        while let (scalar, start) = scalar(before: end, in: bytes), scalar == " " || scalar == "\u{A0}" || scalar == "\t" {
            end = start
            sawSpace = true
        }
        guard sawSpace || (end > 0 && scalar(before: end, in: bytes)?.scalar == "§") else { return false }
        var start = end
        while let (scalar, scalarStart) = scalar(before: start, in: bytes),
              scalar.properties.isAlphabetic || scalar == "." || scalar == "§", end - scalarStart <= 16 {
            start = scalarStart
        }
        guard start < end else { return false }
        return referenceWords.contains(String(decoding: bytes[start..<end], as: UTF8.self).lowercased())
    }
}
