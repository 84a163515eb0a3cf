import Foundation
import TransformerCore

/// Stable, locale-independent text for numbers, vectors and matrices, the same on every machine.
public enum ValueFormatter {
    /// The most decimals ever written: enough for the exact decimal expansion of any `Double`.
    public static let maximumPrecision = 1_100

    /// `x` with `precision` decimals (clamped to 0…`maximumPrecision`), correctly rounded from its binary value;
    /// a zero written negative (`-0.000`) is written `0.000`, and non-finite values `inf`, `-inf`, `nan`.
    public static func number(_ x: Double, precision: Int) -> String {
        if let text = nonFinite(x) { return text }
        let decimals = Int32(min(max(precision, 0), maximumPrecision))
        if x.magnitude >= scientificThreshold { return scientific(x, decimals: decimals) }
        return withoutNegativeZero(String(format: "%.*f", decimals, x))
    }

    /// From this magnitude on, reals are written in scientific notation (`3.143e23`): past 2⁵³ their integer digits
    /// are not all significant, and 24 digits of them would say more than a Double knows.
    public static let scientificThreshold = 1e15

    /// `x` as `3.143e23`: `decimals` decimals in the mantissa (more near the largest Double, where rounding up would
    /// write a number past it), the exponent without `+` or leading zeros.
    static func scientific(_ x: Double, decimals: Int32) -> String {
        var places = decimals
        var text = String(format: "%.*e", places, x)
        while places < 17, let read = Double(text), !read.isFinite {
            places += 1
            text = String(format: "%.*e", places, x)
        }
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else { return text }
        return String(text[..<e]) + ExponentNotation(value: exponent).text(for: exponent)
    }

    /// `x` with the fewest digits that read back as the same `Double` (`485165195.40979034`, `9.357622968840175e-14`,
    /// `1.0`): what a note shows so that two values that differ can be told apart; `inf`, `-inf`, `nan` when not finite.
    public static func roundTrip(_ x: Double) -> String {
        nonFinite(x) ?? withoutNegativeZero(x.description)
    }

    /// `x` in scientific notation with `decimals` decimals in the mantissa (`9.358e-14`), for a value too small to
    /// show at a fixed number of decimals.
    public static func scientific(_ x: Double, decimals: Int) -> String {
        nonFinite(x) ?? withoutNegativeZero(scientific(x, decimals: Int32(min(max(decimals, 0), 17))))
    }

    /// Below this magnitude a value is taken for zero up to rounding (the mean of a normalised vector comes out as
    /// 5.55e-17, the deviation of an orthogonal matrix as 1.7e-15): a written zero matches it, and a new result
    /// comment writes it as zero rather than as the digits of its rounding error.
    public static let zeroResidue = 1e-14

    /// Whether `x` is nonzero, not a rounding residue (see `zeroResidue`), and smaller than half a unit of the
    /// `precision`-th decimal, so that it would be written as zero (`exp(-30)` at 3 decimals): such a single number
    /// is written in scientific notation instead (`9.358e-14`).
    public static func isTooSmall(_ x: Double, precision: Int) -> Bool {
        x.isFinite && x.magnitude >= zeroResidue && x.magnitude < 0.5 * scaled(1, byPowerOfTen: -min(max(precision, 0), 330))
    }

    /// `n` without decimals and with `,` between groups of three digits: `124,439,808`, `-1,000`, `0`.
    public static func integer(_ n: Int) -> String {
        (n < 0 ? "-" : "") + grouped(String(n.magnitude))
    }

    /// A vector on one line at `precision` decimals: `[0.665, 0.245, 0.090]`, or `[]` when empty.
    public static func vector(_ v: [Double], precision: Int) -> String {
        "[" + v.map { number($0, precision: precision) }.joined(separator: ", ") + "]"
    }

    /// A matrix's rows at `precision` decimals, one `[a, b]` text per row, numbers right-aligned to one width.
    public static func matrixRows(_ m: Matrix, precision: Int) -> [String] {
        alignedRows(m.rowArrays.map { row in row.map { number($0, precision: precision) } })
    }

    /// A matrix as its rows (see `matrixRows`) joined by newlines; `[]` when it has no rows.
    public static func matrix(_ m: Matrix, precision: Int) -> String {
        m.rows == 0 ? "[]" : matrixRows(m, precision: precision).joined(separator: "\n")
    }

    /// Rows of already written numbers as `[a, b]` texts, every number right-aligned to the widest one.
    public static func alignedRows(_ cells: [[String]]) -> [String] {
        let width = cells.lazy.flatMap { $0 }.map(\.count).max() ?? 0
        return cells.map { row in
            "[" + row.map { String(repeating: " ", count: width - $0.count) + $0 }.joined(separator: ", ") + "]"
        }
    }

    /// Any value as text: numbers and vectors as above, matrices as rows, `true`/`false`, strings as they are.
    public static func value(_ value: Value, precision: Int) -> String {
        switch value {
        case let .integer(n): integer(n)
        case let .real(x): number(x, precision: precision)
        case let .bool(b): b ? "true" : "false"
        case let .string(s): s
        case let .vector(v): vector(v, precision: precision)
        case let .matrix(m): matrix(m, precision: precision)
        case let .strings(list): list.joined(separator: ", ")
        case .record, .table, .figure: value.shortDescription
        case let .list(list):
            "[" + list.elements.map { element(of: $0, precision: precision) }.joined(separator: ", ") + "]"
        case let .tuple(elements):
            "(" + elements.map { element(of: $0, precision: precision) }.joined(separator: ", ") + ")"
        case let .optional(wrapped?, _): Self.value(wrapped, precision: precision)
        case let .dictionary(dictionary):
            dictionary.count == 0 ? "[:]" : "[" + zip(dictionary.keys, dictionary.values)
                .map { element(of: $0, precision: precision) + ": " + element(of: $1, precision: precision) }.joined(separator: ", ") + "]"
        case .range, .function, .optional(nil, _): value.swiftDescription
        }
    }

    /// An element of a collection: as `value(_:precision:)`, with strings quoted and integers without separators.
    static func element(of value: Value, precision: Int) -> String {
        switch value {
        case let .integer(n): String(n)
        case let .string(s): Value.quoted(s)
        default: Self.value(value, precision: precision)
        }
    }

    /// `inf`, `-inf` or `nan` for a non-finite `x`; nil for a finite one.
    static func nonFinite(_ x: Double) -> String? {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return nil
    }

    /// `text` without its `-` when every digit in it is zero (`-0.000` → `0.000`, `-0.0e+00` → `0.0e+00`).
    static func withoutNegativeZero(_ text: String) -> String {
        guard text.hasPrefix("-") else { return text }
        let mantissa = text.dropFirst().prefix { $0 != "e" && $0 != "E" }
        return mantissa.allSatisfy { $0 == "0" || $0 == "." || $0 == "," } ? String(text.dropFirst()) : text
    }

    /// A run of digits with `,` inserted between groups of three from the right: `1234567` → `1,234,567`.
    static func grouped(_ digits: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// Groups the integer digits of a written number (`-1234.5` → `-1,234.5`), leaving sign and decimals alone.
    static func groupingIntegerDigits(of text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let body = text.dropFirst(sign.count)
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        return sign + grouped(digits) + body.dropFirst(digits.count)
    }

    /// x·10ⁿ, correctly rounded when |n| ≤ 22 (one operation with an exact power of ten).
    static func scaled(_ x: Double, byPowerOfTen n: Int) -> Double {
        n >= 0 ? x * powerOfTen(n) : x / powerOfTen(-n)
    }

    /// 10ⁿ as the nearest `Double` (infinity or 0 beyond the range).
    static func powerOfTen(_ n: Int) -> Double {
        Double("1e\(n)") ?? (n > 0 ? .infinity : 0)
    }
}
