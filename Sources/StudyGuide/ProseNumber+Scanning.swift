import ComputeLanguage
import LessonDocument

extension ProseNumber {
    /// The numbers that read like results in the prose of `lesson` (`Lesson.proseRanges`), in document order.
    public static func numbers(in lesson: Lesson) -> [ProseNumber] {
        let lines = lesson.lines
        return lesson.proseRanges.flatMap { run in
            resultLikeNumbers(in: run, of: lines.bytes).map { range, value in
                ProseNumber(text: lines.text(range), range: range, location: lines.location(ofOffset: range.lowerBound), value: value)
            }
        }
    }

    /// The byte ranges in `run` of `bytes` of the numbers that read like results, left to right, with their values.
    ///
    /// A `-` or `−` is the number's sign unless a letter, digit, `_`, `)` or `]` comes before it (then it is a hyphen or
    /// a subtraction). A number is glued to a name, and skipped whole, when a letter or digit comes right before it, or a
    /// `-` or `_` that follows a letter; a number followed by `.` and a digit is a version (`1.2.3`), skipped to its end;
    /// a number after a reference word ("Table 2.1", "Eq. 3.2") names a part of a text and is skipped.
    ///
    /// The number itself is read by `WrittenNumber.scan`, the grammar of claims and result comments; it reads like a
    /// result when written with decimals, a percent sign, thousands separators or an exponent.
    static func resultLikeNumbers(in run: Range<Int>, of bytes: [UInt8]) -> [(range: Range<Int>, value: Double?)] {
        let run = max(run.lowerBound, 0)..<min(max(run.upperBound, 0), bytes.count)
        var found: [(range: Range<Int>, value: Double?)] = []
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
            guard let (end, number) = read(bytes, from: index, sign: sign, to: run.upperBound) else {
                index += 1
                continue
            }
            if startsVersion(at: end, in: bytes, limit: run.upperBound) {
                index = versionEnd(from: end, in: bytes, limit: run.upperBound)
                continue
            }
            if number.map(readsLikeResult) ?? true, !isGlued(at: index, in: bytes), !isReference(at: index, in: bytes) {
                found.append((index..<end, number?.value))
            }
            index = end
        }
        return found
    }

    /// The written number whose sign (`sign` bytes) starts at `start`, and the offset after it, its number nil when it
    /// does not fit a `Double` (`1e999`); nil when no number starts there. A leading point (`.5`, `−.25`), which
    /// `WrittenNumber` leaves to code, is read as if a `0` preceded it.
    private static func read(_ bytes: [UInt8], from start: Int, sign: Int, to limit: Int) -> (end: Int, number: WrittenNumber?)? {
        if bytes[start + sign] == UInt8(ascii: ".") {
            let padded = Array(bytes[start..<(start + sign)]) + [UInt8(ascii: "0")] + Array(bytes[(start + sign)..<limit])
            return read(padded, from: 0, sign: sign, to: padded.count).map { (start + $0.end - 1, $0.number) }
        }
        switch WrittenNumber.scan(bytes, from: start, to: limit) {
        case let .number(number, end): return (end, number)
        case let .outOfRange(end): return (end, nil)
        case .notANumber: return nil
        }
    }

    /// Whether a written number reads like a result rather than a count, a dimension, a year or a name (`12`, `2017`,
    /// `175B`): it has decimals, a percent sign, thousands separators or an exponent.
    private static func readsLikeResult(_ number: WrittenNumber) -> Bool {
        number.decimals > 0 || number.isPercent || number.usesSeparators || number.exponent != nil
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
        if isDigit(bytes[index]) { return true }
        return bytes[index] == UInt8(ascii: ".") && index + 1 < limit && isDigit(bytes[index + 1])
    }

    /// Whether `.` and a digit follow at `index`.
    private static func startsVersion(at index: Int, in bytes: [UInt8], limit: Int) -> Bool {
        index + 1 < limit && bytes[index] == UInt8(ascii: ".") && isDigit(bytes[index + 1])
    }

    /// The end of a run of digits and of dots followed by digits, from `index`.
    private static func versionEnd(from index: Int, in bytes: [UInt8], limit: Int) -> Int {
        var end = index
        while end < limit, isDigit(bytes[end]) || startsVersion(at: end, in: bytes, limit: limit) { end += 1 }
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

    /// Whether `byte` is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
