extension ProseNumber {
    /// The numbers that read like results in `ranges` of `lines`' bytes (each range within one line), in order.
    static func numbers(in ranges: [Range<Int>], lines: SourceLines) -> [ProseNumber] {
        ranges.flatMap { run in
            resultLikeRanges(in: run, of: lines.bytes).map { range in
                ProseNumber(text: lines.text(range), range: range, location: lines.location(ofOffset: range.lowerBound))
            }
        }
    }

    /// The byte ranges in `run` of `bytes` of the numbers that read like results, left to right.
    ///
    /// A `-` or `−` is the number's sign unless a letter, digit, `_`, `)` or `]` comes before it (then it is a hyphen or
    /// a subtraction). A number is glued to a name, and skipped whole, when a letter or digit comes right before it, or a
    /// `-` or `_` that follows a letter; a number followed by `.` and a digit is a version (`1.2.3`), skipped to its end;
    /// a number after a reference word ("Table 2.1", "Eq. 3.2") names a part of a text and is skipped.
    static func resultLikeRanges(in run: Range<Int>, of bytes: [UInt8]) -> [Range<Int>] {
        let run = max(run.lowerBound, 0)..<min(max(run.upperBound, 0), bytes.count)
        var found: [Range<Int>] = []
        var index = run.lowerBound
        while index < run.upperBound {
            let sign = minusLength(at: index, in: bytes, limit: run.upperBound)
            guard startsDigits(at: index + sign, in: bytes, limit: run.upperBound) else {
                index += 1
                continue
            }
            if sign > 0, let before = scalar(before: index, in: bytes)?.scalar, isWordEnd(before) {
                index += sign
                continue
            }
            let form = WrittenForm(bytes, from: index + sign, to: run.upperBound)
            if startsVersion(at: form.end, in: bytes, limit: run.upperBound) {
                index = versionEnd(from: form.end, in: bytes, limit: run.upperBound)
                continue
            }
            if form.readsLikeResult, !isGlued(at: index, in: bytes), !isReference(at: index, in: bytes) {
                found.append(index..<form.end)
            }
            index = form.end
        }
        return found
    }

    /// The length of a minus sign at `index`: 1 for `-`, 3 for `−` (U+2212), 0 for none.
    static func minusLength(at index: Int, in bytes: [UInt8], limit: Int) -> Int {
        guard index < limit else { return 0 }
        if bytes[index] == UInt8(ascii: "-") { return 1 }
        return index + 2 < limit && bytes[index] == 0xE2 && bytes[index + 1] == 0x88 && bytes[index + 2] == 0x92 ? 3 : 0
    }

    /// Whether the digits of a number start at `index`: a digit, or `.` and a digit.
    private static func startsDigits(at index: Int, in bytes: [UInt8], limit: Int) -> Bool {
        guard index < limit else { return false }
        if Byte.isDigit(bytes[index]) { return true }
        return bytes[index] == UInt8(ascii: ".") && index + 1 < limit && Byte.isDigit(bytes[index + 1])
    }

    /// Whether `.` and a digit follow at `index`.
    private static func startsVersion(at index: Int, in bytes: [UInt8], limit: Int) -> Bool {
        index + 1 < limit && bytes[index] == UInt8(ascii: ".") && Byte.isDigit(bytes[index + 1])
    }

    /// The end of a run of digits and of dots followed by digits, from `index`.
    private static func versionEnd(from index: Int, in bytes: [UInt8], limit: Int) -> Int {
        var end = index
        while end < limit, Byte.isDigit(bytes[end]) || startsVersion(at: end, in: bytes, limit: limit) { end += 1 }
        return end
    }

    /// Whether the number starting at `index` (its sign, if any) is glued to what comes before it.
    private static func isGlued(at index: Int, in bytes: [UInt8]) -> Bool {
        guard let (before, start) = scalar(before: index, in: bytes) else { return false }
        if before.properties.isAlphabetic || ("0"..."9").contains(before) { return true }
        guard before == "-" || before == "_" || before == "." else { return false }
        guard let earlier = scalar(before: start, in: bytes)?.scalar else { return false }
        return before == "." ? ("0"..."9").contains(earlier) : earlier.properties.isAlphabetic
    }

    /// Whether a `-` after `scalar` is a hyphen or a subtraction rather than a sign.
    private static func isWordEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_)]".unicodeScalars.contains(scalar)
    }

    /// The Unicode scalar that ends just before `index`, and where it starts (U+FFFD for invalid UTF-8); nil at the start.
    static func scalar(before index: Int, in bytes: [UInt8]) -> (scalar: Unicode.Scalar, start: Int)? {
        guard index > 0, index <= bytes.count else { return nil }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let scalar = String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars.last else { return nil }
        return (scalar, start)
    }
}
