extension MathScanner {
    /// The longest bare link destination stepped over; a longer one is read as text (its math comes back as written, since
    /// destinations are restored byte for byte), which bounds the work per `](`.
    static let destinationLimit = 512

    /// The end of the code span whose backtick run starts at `index`, or of the run alone when no run of the same length closes it.
    mutating func codeSpanEnd(at index: Int) -> Int {
        codeSpan(at: index)?.end ?? index + runLength(of: Byte.backtick, at: index)
    }

    /// The code span whose backtick run starts at `index`: closed by the next run of the same length, or nil.
    ///
    /// This is cmark-gfm's `scan_to_closing_backticks`, shortcut and all: once a search has run to the end of the text, an
    /// opener of a length whose last run seen (by any search) is not after it has no closer. That shortcut misses a
    /// closer when a later search has recorded an earlier run of the same length, and so must this scanner.
    mutating func codeSpan(at index: Int) -> CodeSpan? {
        let length = runLength(of: Byte.backtick, at: index)
        let contentStart = index + length
        guard length <= Self.maxBacktickRun else { return nil }
        if backtickSearchReachedEnd, lastBacktickRun[length] <= contentStart { return nil }
        var position = contentStart
        while position < text.count {
            guard text[position] == Byte.backtick else {
                position += 1
                continue
            }
            let run = runLength(of: Byte.backtick, at: position)
            if run <= Self.maxBacktickRun { lastBacktickRun[run] = position }
            if run == length { return CodeSpan(start: index, contentStart: contentStart, contentEnd: position, end: position + run) }
            position += run
        }
        backtickSearchReachedEnd = true
        return nil
    }

    /// The end of the raw HTML or autolink that starts at `index` (a `<`): a comment, processing instruction, declaration
    /// (an upper-case name, as in CommonMark 0.29), CDATA section, closing tag, autolink, or an opening tag with
    /// well-formed attributes; nil when it is none of these.
    mutating func htmlEnd(at index: Int) -> Int? {
        guard let next = byte(index + 1) else { return nil }
        switch next {
        case UInt8(ascii: "!"):
            if has(Array("<!--".utf8), at: index) { return commentEnd(at: index) }
            if has(Array("<![CDATA[".utf8), at: index) { return find(Array("]]>".utf8), from: index + 9).map { $0 + 3 } }
            var nameEnd = index + 2
            while let current = byte(nameEnd), current >= UInt8(ascii: "A"), current <= UInt8(ascii: "Z") { nameEnd += 1 }
            guard nameEnd > index + 2, byte(nameEnd).map(Byte.isWhitespace) == true else { return nil }
            return find(Array(">".utf8), from: nameEnd).map { $0 + 1 }
        case UInt8(ascii: "?"):
            return find(Array("?>".utf8), from: index + 2).map { $0 + 2 }
        case UInt8(ascii: "/"):
            guard byte(index + 2).map(Byte.isLetter) == true else { return nil }
            let end = skipWhitespace(from: nameEnd(from: index + 2))
            return byte(end) == UInt8(ascii: ">") ? end + 1 : nil
        default:
            guard Byte.isLetter(next) else { return nil }
            return autolinkEnd(at: index) ?? openTagEnd(at: index)
        }
    }

    /// The end of the HTML comment at `index` as cmark-gfm 0.29 reads one: `<!---->`, or `<!--`, text that does not start
    /// with `>` or `->`, holds no `--` and does not end with `-`, and `-->`; nil when there is none (then `<` is text).
    private func commentEnd(at index: Int) -> Int? {
        let dash = UInt8(ascii: "-")
        if has(Array("<!---->".utf8), at: index) { return index + 7 }
        var position = index + 4 + (byte(index + 4) == dash ? 1 : 0)
        guard let first = byte(position), first != dash, first != UInt8(ascii: ">") else { return nil }
        position += 1
        while position < text.count {
            if has(Array("-->".utf8), at: position) { return position + 3 }
            if text[position] == dash {
                guard let next = byte(position + 1), next != dash else { return nil }
                position += 1
            }
            position += 1
        }
        return nil
    }

    /// The end of a link's `(destination "title")` part opening at `index`, or nil when it does not parse as one.
    mutating func linkDestinationEnd(at index: Int) -> Int? {
        var position = skipWhitespace(from: index + 1)
        if byte(position) == UInt8(ascii: "<") {
            position += 1
            while let current = byte(position), current != UInt8(ascii: ">") {
                guard current != Byte.newline, current != UInt8(ascii: "<") else { return nil }
                position += current == Byte.backslash ? 2 : 1
            }
            guard byte(position) == UInt8(ascii: ">") else { return nil }
            position += 1
        } else {
            var depth = 0
            let limit = position + Self.destinationLimit
            while let current = byte(position), current > Byte.space {
                guard position < limit else { return nil }
                if current == Byte.backslash {
                    position += 2
                    continue
                }
                if current == UInt8(ascii: "(") { depth += 1 }
                if current == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                position += 1
            }
        }
        let afterDestination = position
        position = skipWhitespace(from: position)
        if position > afterDestination, let open = byte(position), "\"'(".utf8.contains(open) {
            let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open
            let end = walk(.title(close), from: position + 1) { scanner, offset in
                guard let current = scanner.byte(offset) else { return .failed }
                return current == close ? .found(offset) : .next(offset + (current == Byte.backslash ? 2 : 1))
            }
            guard let end else { return nil }
            position = skipWhitespace(from: end + 1)
        }
        return byte(position) == UInt8(ascii: ")") ? position + 1 : nil
    }

    /// The end of `<scheme:…>` or `<local@domain>` starting at `index`.
    private func autolinkEnd(at index: Int) -> Int? {
        var position = index + 1
        var sawColon = false
        var sawAt = false
        while let current = byte(position), current != UInt8(ascii: ">") {
            guard current > Byte.space, current != UInt8(ascii: "<") else { return nil }
            sawColon = sawColon || current == UInt8(ascii: ":")
            sawAt = sawAt || current == UInt8(ascii: "@")
            position += 1
        }
        return byte(position) == UInt8(ascii: ">") && (sawColon || sawAt) ? position + 1 : nil
    }

    /// The end of an opening tag starting at `index`: a name, attributes (`name`, `name=value`, quoted values), `/`? and `>`.
    private mutating func openTagEnd(at index: Int) -> Int? {
        var position = nameEnd(from: index + 1)
        while true {
            let afterSpace = skipWhitespace(from: position)
            guard let current = byte(afterSpace) else { return nil }
            if current == UInt8(ascii: ">") { return afterSpace + 1 }
            if current == UInt8(ascii: "/") { return byte(afterSpace + 1) == UInt8(ascii: ">") ? afterSpace + 2 : nil }
            guard afterSpace > position, Byte.isLetter(current) || "_:".utf8.contains(current) else { return nil }
            position = afterSpace + 1
            while let next = byte(position), Byte.isLetter(next) || Byte.isDigit(next) || "_.:-".utf8.contains(next) { position += 1 }
            let beforeEquals = skipWhitespace(from: position)
            guard byte(beforeEquals) == UInt8(ascii: "=") else { continue }
            position = skipWhitespace(from: beforeEquals + 1)
            guard let quote = byte(position) else { return nil }
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = find([quote], from: position + 1) else { return nil }
                position = close + 1
            } else {
                let start = position
                while let next = byte(position), next > Byte.space, !"\"'=<>`".utf8.contains(next) { position += 1 }
                guard position > start else { return nil }
            }
        }
    }

    /// The end of a tag name starting at `index`: letters, digits and hyphens.
    private func nameEnd(from index: Int) -> Int {
        var position = index
        while let current = byte(position), Byte.isLetter(current) || Byte.isDigit(current) || current == UInt8(ascii: "-") {
            position += 1
        }
        return position
    }

    /// The first offset from `index` that is not a space, tab or line feed.
    private func skipWhitespace(from index: Int) -> Int {
        var position = index
        while let current = byte(position), Byte.isSpaceChar(current) { position += 1 }
        return position
    }

    /// How many copies of `byte` run from `index`.
    private func runLength(of byte: UInt8, at index: Int) -> Int {
        var end = index
        while end < text.count, text[end] == byte { end += 1 }
        return end - index
    }
}
