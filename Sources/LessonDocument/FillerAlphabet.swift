/// The control bytes that stand in for math while cmark-gfm parses, chosen among those the source does not contain.
///
/// cmark-gfm treats these bytes as ordinary text (neither white space nor punctuation, never escaped in HTML), so a span
/// replaced by them byte for byte keeps every offset of the source and comes out of the renderer verbatim. A span's
/// filler is `start`, the digits of its index, `pad` bytes, and `end` as its last byte.
struct FillerAlphabet: Sendable {
    /// The bytes that may be used: C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
    static let candidates: [UInt8] = Array(0x01...0x08) + Array(0x0E...0x1F)

    /// The first byte of a span's filler.
    let start: UInt8
    /// The last byte of a span's filler.
    let end: UInt8
    /// The byte that fills the rest.
    let pad: UInt8
    /// The digits that encode a span's index, least significant first.
    let digits: [UInt8]
    /// The value of each byte as a digit, or -1.
    private let digitValues: [Int]

    /// The alphabet of candidates absent from `source`, or nil when fewer than four are.
    init?(avoiding source: [UInt8]) {
        var present = [Bool](repeating: false, count: 256)
        for byte in source { present[Int(byte)] = true }
        let free = Self.candidates.filter { !present[Int($0)] }
        guard free.count >= 4 else { return nil }
        start = free[0]
        end = free[1]
        pad = free[2]
        digits = Array(free[3...])
        var values = [Int](repeating: -1, count: 256)
        for (value, digit) in digits.enumerated() { values[Int(digit)] = value }
        digitValues = values
    }

    /// The value of `byte` as a digit, or nil when it is not one.
    func digitValue(_ byte: UInt8) -> Int? {
        let value = digitValues[Int(byte)]
        return value >= 0 ? value : nil
    }

    /// Whether `byte` belongs to the alphabet.
    func contains(_ byte: UInt8) -> Bool {
        byte == start || byte == end || byte == pad || digitValues[Int(byte)] >= 0
    }

    /// How many digits it takes to write every index below `count`.
    func digitCount(for count: Int) -> Int {
        guard digits.count > 1 else { return 0 }
        var needed = 1
        var capacity = digits.count
        while capacity < count, needed < 8 {
            needed += 1
            capacity = capacity.multipliedReportingOverflow(by: digits.count).partialValue
        }
        return needed
    }

    /// The first `count` digits of `value`, least significant first.
    func encode(_ value: Int, count: Int) -> [UInt8] {
        var remaining = value
        return (0..<max(count, 0)).map { _ in
            let digit = digits[remaining % digits.count]
            remaining /= digits.count
            return digit
        }
    }

    /// The value of `encoded` digits, least significant first, and the modulus it is exact under.
    func decode(_ encoded: [Int]) -> (value: Int, modulus: Int) {
        var value = 0
        var scale = 1
        for digit in encoded {
            value += digit * scale
            scale = scale.multipliedReportingOverflow(by: digits.count).partialValue
        }
        return (value, scale)
    }
}
