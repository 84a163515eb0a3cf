/// How a number in prose is written, read from its first digit (or its `.`): integer digits with optional `,`
/// thousands separators, decimals, an exponent, a magnitude suffix (`K`, `M`, `B`, `T`) and a percent sign, the
/// grammar of the written numbers that claims and result comments hold.
struct WrittenForm: Sendable, Equatable {
    /// The offset just past the number.
    var end: Int
    /// Whether digits follow a decimal point.
    var hasDecimals = false
    /// Whether `,` separates groups of three digits.
    var hasSeparators = false
    /// Whether an exponent (`e-3`, `E+05`, `e−3`) is written.
    var hasExponent = false
    /// Whether a percent sign ends the number.
    var isPercent = false

    /// Whether the form reads like a result rather than a count, a dimension, a year or a name: it has decimals, a
    /// percent sign, thousands separators or an exponent.
    var readsLikeResult: Bool {
        hasDecimals || hasSeparators || hasExponent || isPercent
    }

    /// Reads the number whose digits start at `start` in `bytes[start..<limit]`; a `,` separates thousands only after
    /// a first group of one to three digits (not starting with 0) and before exactly three, as in `WrittenNumber`.
    init(_ bytes: [UInt8], from start: Int, to limit: Int) {
        func isDigit(_ index: Int) -> Bool { index < limit && Byte.isDigit(bytes[index]) }
        func byte(_ index: Int) -> UInt8? { index < limit ? bytes[index] : nil }
        var index = start
        while isDigit(index) { index += 1 }
        let integerDigits = index - start
        if (1...3).contains(integerDigits), bytes[start] != UInt8(ascii: "0") {
            while byte(index) == UInt8(ascii: ","), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) {
                index += 4
                hasSeparators = true
            }
        }
        if byte(index) == UInt8(ascii: "."), isDigit(index + 1) {
            index += 1
            while isDigit(index) { index += 1 }
            hasDecimals = true
        }
        if let letter = byte(index), letter | 0x20 == UInt8(ascii: "e") {
            var digits = index + 1
            digits += byte(digits) == UInt8(ascii: "+") ? 1 : ProseNumber.minusLength(at: digits, in: bytes, limit: limit)
            if isDigit(digits) {
                while isDigit(digits) { digits += 1 }
                index = digits
                hasExponent = true
            }
        }
        if let suffix = byte(index), "KMBT".utf8.contains(suffix),
           byte(index + 1).map({ Byte.isLetter($0) || Byte.isDigit($0) }) != true {
            index += 1
        }
        if byte(index) == UInt8(ascii: "%") {
            index += 1
            isPercent = true
        }
        end = index
    }
}
