extension WrittenNumber {
    /// What scanning for a written number at a position of a text found.
    public enum Scan: Sendable {
        /// A number, and the offset just after it.
        case number(WrittenNumber, end: Int)
        /// No number starts at the position.
        case notANumber
        /// A number whose value or tolerance does not fit a `Double`, and the offset just after it.
        case outOfRange(end: Int)
    }

    /// The longest written number starting at `start` in `bytes[start..<limit]` (UTF-8), never reading past `limit`.
    /// A `,` is a thousands separator only after a first group of 1–3 digits (not starting with 0) and before
    /// exactly three digits, so `[1,2,3]` reads as three numbers.
    public static func scan(_ bytes: [UInt8], from start: Int, to limit: Int) -> Scan {
        guard start >= 0, start < limit, limit <= bytes.count else { return .notANumber }
        func byte(_ i: Int) -> UInt8? { i < limit ? bytes[i] : nil }
        func isDigit(_ i: Int) -> Bool { byte(i).map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
        func minusLength(_ i: Int) -> Int {
            if byte(i) == UInt8(ascii: "-") { return 1 }
            if byte(i) == 0xE2, byte(i + 1) == 0x88, byte(i + 2) == 0x92 { return 3 }  // U+2212 MINUS SIGN
            return 0
        }
        func word(_ w: String, at i: Int) -> Bool {
            w.utf8.enumerated().allSatisfy { byte(i + $0.offset) == $0.element }
        }
        func text(to end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

        var i = start
        let minus = minusLength(i)
        let negative = minus > 0
        i += minus

        if word("inf", at: i) || (!negative && word("nan", at: i)) {
            let value: Double = byte(i) == UInt8(ascii: "n") ? .nan : (negative ? -.infinity : .infinity)
            let number = WrittenNumber(
                text: text(to: i + 3), value: value, tolerance: 0, unitExponent: 0, isExact: true,
                integerValue: nil, usesSeparators: false, format: WrittenNumberFormat(decimals: 0, groupsThousands: true)
            )
            return .number(number, end: i + 3)
        }

        let integerStart = i
        while isDigit(i) { i += 1 }
        var integerDigits = Array(bytes[integerStart..<i])
        guard !integerDigits.isEmpty else { return .notANumber }
        var usesSeparators = false
        if integerDigits.count <= 3, integerDigits.first != UInt8(ascii: "0") {
            while byte(i) == UInt8(ascii: ","), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                integerDigits += bytes[(i + 1)...(i + 3)]
                i += 4
                usesSeparators = true
            }
        }

        var fraction: ArraySlice<UInt8> = []
        if byte(i) == UInt8(ascii: "."), isDigit(i + 1) {
            let fractionStart = i + 1
            i = fractionStart
            while isDigit(i) { i += 1 }
            fraction = bytes[fractionStart..<i]
        }

        var exponent: ExponentNotation?
        if let letter = byte(i), letter == UInt8(ascii: "e") || letter == UInt8(ascii: "E") {
            var j = i + 1
            let plus = byte(j) == UInt8(ascii: "+")
            let exponentMinus = plus ? 0 : minusLength(j)
            j += plus ? 1 : exponentMinus
            if isDigit(j) {
                let digitsStart = j
                var n = 0
                while let b = byte(j), isDigit(j) {
                    n = min(n * 10 + Int(b - UInt8(ascii: "0")), 1_000_000)  // saturates: huge exponents are out of range
                    j += 1
                }
                let count = j - digitsStart
                exponent = ExponentNotation(
                    value: exponentMinus > 0 ? -n : n,
                    isUppercase: letter == UInt8(ascii: "E"),
                    showsPlusSign: plus,
                    minimumDigits: count > 1 && bytes[digitsStart] == UInt8(ascii: "0") ? min(count, 20) : 1,
                    isNormalized: integerDigits.count == 1 && integerDigits[0] != UInt8(ascii: "0")
                )
                i = j
            }
        }

        var suffix: MagnitudeSuffix?
        if let b = byte(i), let s = MagnitudeSuffix(rawValue: String(UnicodeScalar(b))) {
            suffix = s
            i += 1
        }
        let isPercent = byte(i) == UInt8(ascii: "%")
        if isPercent { i += 1 }

        let isExact = fraction.isEmpty && exponent == nil && suffix == nil && !isPercent
        let format = WrittenNumberFormat(
            decimals: fraction.count,
            isPercent: isPercent,
            suffix: suffix,
            groupsThousands: usesSeparators || (isExact && integerDigits.count <= 3),
            exponent: exponent
        )
        let unitExponent = (exponent?.value ?? 0) + format.scaleExponent - fraction.count
        let digits = String(decoding: integerDigits + fraction, as: UTF8.self)
        guard let magnitude = Double(digits + "e\(unitExponent)"), magnitude.isFinite else { return .outOfRange(end: i) }
        let tolerance = isExact ? 0 : (Double("5e\(unitExponent - 1)") ?? .infinity)
        guard tolerance.isFinite else { return .outOfRange(end: i) }
        let integerDigitsText = String(decoding: integerDigits, as: UTF8.self)
        let number = WrittenNumber(
            text: text(to: i),
            value: negative ? -magnitude : magnitude,
            tolerance: tolerance,
            unitExponent: unitExponent,
            isExact: isExact,
            integerValue: isExact ? Int((negative ? "-" : "") + integerDigitsText) : nil,
            usesSeparators: usesSeparators,
            format: format
        )
        return .number(number, end: i)
    }
}
