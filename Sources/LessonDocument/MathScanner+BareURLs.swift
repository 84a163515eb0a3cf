extension MathScanner {
    /// The end of the bare URL that cmark-gfm's autolink extension links at `index`, or nil when it links none there.
    ///
    /// This follows the extension's `www_match` and `url_match` (0.29.0.gfm.6), byte for byte where it matters: no link
    /// while a `[` is open; `www.` (lower case) after white space, `*`, `_`, `~` or `(`; `http://`, `https://` or
    /// `ftp://` (any case) after anything but an ASCII letter and before an ASCII letter or digit; the domain checked as
    /// its `check_domain` does; the link run to white space or `<`, then trimmed as its `autolink_delim` trims.
    func bareURLEnd(at index: Int) -> Int? {
        guard openBrackets == 0, let first = byte(index), "whHfF".utf8.contains(first) else { return nil }
        let previous = byte(index - 1)
        if has(Array("www.".utf8), at: index) {
            if let previous, !Byte.isWhitespace(previous), !"*_~(".utf8.contains(previous) { return nil }
            let domain = domainLength(from: index, allowingShort: false)
            return domain == 0 ? nil : linkEnd(from: index, domainEnd: index + domain)
        }
        guard previous.map(Byte.isLetter) != true else { return nil }
        let lowered = text[index..<min(index + 8, text.count)].map { Byte.isLetter($0) ? $0 | 0x20 : $0 }
        guard let scheme = ["http://", "https://", "ftp://"].map({ Array($0.utf8) }).first(where: { lowered.starts(with: $0) }),
              let afterScheme = byte(index + scheme.count), Byte.isLetter(afterScheme) || Byte.isDigit(afterScheme) else { return nil }
        let colon = index + scheme.count - 3
        let domain = domainLength(from: colon + 3, allowingShort: true)
        return domain == 0 ? nil : linkEnd(from: colon, domainEnd: colon + 3 + domain)
    }

    /// `check_domain`: how many bytes from `start` (the first is not looked at) make a domain, or 0 when the last two
    /// labels hold an underscore, or (unless `allowingShort`) there is no dot. Its last byte before the text's end is never read.
    private func domainLength(from start: Int, allowingShort: Bool) -> Int {
        let size = text.count - start
        var index = 1
        var dots = 0
        var underscoresBefore = 0
        var underscores = 0
        while index < size - 1 {
            let current = text[start + index]
            if current == UInt8(ascii: "_") {
                underscores += 1
            } else if current == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if !isHostCharacter(at: start + index), current != UInt8(ascii: "-") {
                break
            }
            index += 1
        }
        guard underscoresBefore == 0, underscores == 0 else { return 0 }
        return allowingShort || dots > 0 ? index : 0
    }

    /// `is_valid_hostchar`: the character starting at `index` is neither white space nor punctuation (a byte inside a
    /// multi-byte character starts none, so it is not one).
    private func isHostCharacter(at index: Int) -> Bool {
        let lead = text[index]
        if lead < 0x80 { return !Byte.isASCIIPunctuation(lead) && !Byte.isWhitespace(lead) }
        guard lead >= 0xC0, let scalar = String(decoding: text[index..<min(index + 4, text.count)], as: UTF8.self).unicodeScalars.first,
              scalar != "\u{FFFD}" else { return false }
        let punctuation: Set<Unicode.GeneralCategory> = [
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation,
        ]
        return !punctuation.contains(scalar.properties.generalCategory) && scalar.properties.generalCategory != .spaceSeparator
    }

    /// The end of a link whose match starts at `start` and whose domain ends at `domainEnd`: run on to white space or `<`,
    /// then trimmed as `autolink_delim` trims (trailing `?!.,:*_~'"`, an entity-like `&name;`, unbalanced `)`); nil when
    /// nothing is left.
    private func linkEnd(from start: Int, domainEnd: Int) -> Int? {
        var end = min(domainEnd, text.count)
        while let current = byte(end), !Byte.isWhitespace(current), current != UInt8(ascii: "<") { end += 1 }
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var entityStart = end - 2
                while entityStart > start, Byte.isLetter(text[entityStart]) { entityStart -= 1 }
                end = entityStart >= start && entityStart < end - 2 && text[entityStart] == UInt8(ascii: "&") ? entityStart : end - 1
            } else if last == UInt8(ascii: ")") {
                let opening = text[start..<end].filter { $0 == UInt8(ascii: "(") }.count
                let closing = text[start..<end].filter { $0 == UInt8(ascii: ")") }.count
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        return end > start ? end : nil
    }
}
