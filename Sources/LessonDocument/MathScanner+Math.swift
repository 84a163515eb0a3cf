extension MathScanner {
    /// Inline math at `start` (`$…$` or `\(…\)`), read as pandoc's `mathInlineWith` reads it.
    ///
    /// After a `$` opener comes no white space; the content is at least one unit (a character, a backslash pair, a
    /// balanced brace group, a `%` comment up to its line end, or white space that, for dollars, is not followed by a
    /// `$`); the closer is the first one at a unit boundary, and no digit may follow it.
    mutating func inline(at start: Int, _ delimiter: MathSpan.Delimiter) -> Match? {
        let contentStart = start + delimiter.opening.utf8.count
        if delimiter == .dollar, byte(contentStart).map(Byte.isWhitespace) != false { return nil }
        guard let firstUnitEnd = inlineUnit(at: contentStart, isDollar: delimiter == .dollar),
              let contentEnd = closer(from: firstUnitEnd, delimiter) else { return nil }
        return Match(delimiter: delimiter, start: start, contentStart: contentStart, contentEnd: contentEnd,
                     end: contentEnd + delimiter.closing.utf8.count)
    }

    /// Display math at `start` (`$$…$$` or `\[…\]`), read as pandoc's `mathDisplayWith` reads it: any units up to the
    /// first closer at a unit boundary (no rule about white space or digits).
    mutating func display(at start: Int, _ delimiter: MathSpan.Delimiter) -> Match? {
        let contentStart = start + delimiter.opening.utf8.count
        guard let firstUnitEnd = displayUnit(at: contentStart),
              let contentEnd = closer(from: firstUnitEnd, delimiter) else { return nil }
        return Match(delimiter: delimiter, start: start, contentStart: contentStart, contentEnd: contentEnd,
                     end: contentEnd + delimiter.closing.utf8.count)
    }

    /// The offset of the first closer reached unit by unit from `start`, or nil when the units run out or an inline
    /// closer is followed by a digit.
    private mutating func closer(from start: Int, _ delimiter: MathSpan.Delimiter) -> Int? {
        let closing = Array(delimiter.closing.utf8)
        return walk(.closer(delimiter), from: start) { scanner, position in
            if scanner.has(closing, at: position) {
                let followedByDigit = scanner.byte(position + closing.count).map(Byte.isDigit) == true
                return followedByDigit && !delimiter.isDisplay ? .failed : .found(position)
            }
            let next = delimiter.isDisplay
                ? scanner.displayUnit(at: position)
                : scanner.inlineUnit(at: position, isDollar: delimiter == .dollar)
            return next.map { .next($0) } ?? .failed
        }
    }

    /// The end of the inline-math unit at `index`, or nil when none can be read there.
    private mutating func inlineUnit(at index: Int, isDollar: Bool) -> Int? {
        guard let current = byte(index) else { return nil }
        if current == Byte.percent, let end = commentEnd(at: index) { return end }
        if current == Byte.openBrace { return groupEnd(at: index) }
        if current == Byte.backslash { return byte(index + 1) == nil ? nil : index + 2 }
        guard Byte.isSpaceChar(current) else { return index + 1 }
        var end = index
        while let blank = byte(end), Byte.isBlank(blank) { end += 1 }
        if byte(end) == Byte.newline {
            end += 1
        } else if end == index {
            return nil
        }
        if isDollar, byte(end) == Byte.dollar { return nil }
        return end
    }

    /// The end of the display-math unit at `index`, or nil when none can be read there.
    private mutating func displayUnit(at index: Int) -> Int? {
        guard let current = byte(index) else { return nil }
        switch current {
        case Byte.percent: return commentEnd(at: index) ?? index + 1
        case Byte.openBrace: return groupEnd(at: index)
        case Byte.backslash: return byte(index + 1) == nil ? nil : index + 2
        default: return index + 1
        }
    }

    /// The end of a `%` comment at `index`, just past the line feed that ends it; nil on the last line (then `%` is a character).
    private func commentEnd(at index: Int) -> Int? {
        let lineFeed = lineFeeds[min(index + 1, text.count)]
        return lineFeed < text.count ? lineFeed + 1 : nil
    }

    /// The end of the brace group opening at `index`, just past its matching `}`; escaped braces and comments do not count.
    ///
    /// Groups met inside are remembered with it: each nested group ends where a scan from its own `{` would end it.
    private mutating func groupEnd(at index: Int) -> Int? {
        if memo[.group] == nil { memo[.group] = [Int](repeating: Self.unknown, count: text.count + 1) }
        if let remembered = memo[.group]?[index], remembered != Self.unknown { return remembered >= 0 ? remembered : nil }
        var open = [index]
        var position = index + 1
        while let current = byte(position), let innermost = open.last {
            switch current {
            case Byte.backslash:
                position += 2
            case Byte.percent:
                position = commentEnd(at: position) ?? position + 1
            case Byte.openBrace:
                let remembered = memo[.group]?[position] ?? Self.unknown
                if remembered == Self.unknown {
                    open.append(position)
                    position += 1
                } else if remembered >= 0 {
                    position = remembered
                } else {
                    position = text.count
                }
            case Byte.closeBrace:
                memo[.group]?[innermost] = position + 1
                open.removeLast()
                if open.isEmpty { return position + 1 }
                position += 1
            default:
                position += 1
            }
        }
        for unclosed in open { memo[.group]?[unclosed] = Self.none }
        return nil
    }
}
