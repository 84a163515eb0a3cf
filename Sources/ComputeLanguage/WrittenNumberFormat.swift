import Foundation

/// How a number is written (decimals, percent, magnitude suffix, thousands separators, exponent), to write others alike.
public struct WrittenNumberFormat: Sendable, Hashable {
    /// Digits after the decimal point (of the mantissa, when an exponent is written).
    public var decimals: Int
    /// Whether the number is a percentage: the written number is the value × 100 (`33.098%` for 0.33098).
    public var isPercent: Bool
    /// The magnitude suffix (`K`, `M`, `B`, `T`), if any.
    public var suffix: MagnitudeSuffix?
    /// Whether integer digits are grouped by thousands with `,` (also for an integer too short to show either way).
    public var groupsThousands: Bool
    /// The scientific notation, if an exponent is written.
    public var exponent: ExponentNotation?

    /// A format from its facts; by default plain fixed decimals, as `ValueFormatter.number` writes them.
    public init(
        decimals: Int,
        isPercent: Bool = false,
        suffix: MagnitudeSuffix? = nil,
        groupsThousands: Bool = false,
        exponent: ExponentNotation? = nil
    ) {
        self.decimals = max(0, decimals)
        self.isPercent = isPercent
        self.suffix = suffix
        self.groupsThousands = groupsThousands
        self.exponent = exponent
    }

    /// Whether numbers in this format are exact integers: no decimals, percent, suffix or exponent.
    public var isExactInteger: Bool {
        decimals == 0 && !isPercent && suffix == nil && exponent == nil
    }

    /// The power of ten s the written digits are scaled by, exponent aside: s = suffix exponent − (2 if percent).
    public var scaleExponent: Int {
        (suffix?.exponent ?? 0) - (isPercent ? 2 : 0)
    }

    /// `x` written in this format, rounded to its last digit; `inf`, `-inf`, `nan` for non-finite values.
    /// Where that would not read back as a match for `x` (an exact-integer format and a non-integral `x`, or
    /// rounding beyond the range of `Double`), `x` is written plainly with `fallbackDecimals` (at least 1) instead.
    public func write(_ x: Double, fallbackDecimals: Int = 3) -> String {
        if let text = ValueFormatter.nonFinite(x) { return text }
        let fallback = ValueFormatter.number(x, precision: max(fallbackDecimals, 1))
        if isExactInteger {
            guard x.rounded(.towardZero) == x else { return fallback }
            let digits = ValueFormatter.number(x, precision: 0)
            return groupsThousands ? ValueFormatter.groupingIntegerDigits(of: digits) : digits
        }
        let scaled = ValueFormatter.scaled(x, byPowerOfTen: -scaleExponent)
        guard scaled.isFinite else { return fallback }
        var mantissa: String
        var exponentText = ""
        if let exponent, exponent.isNormalized {
            let decimals = Int32(min(decimals, ValueFormatter.maximumPrecision))
            let text = ValueFormatter.withoutNegativeZero(String(format: "%.*e", decimals, scaled))
            guard let e = text.firstIndex(of: "e"), let n = Int(text[text.index(after: e)...]) else { return fallback }
            mantissa = String(text[..<e])
            exponentText = exponent.text(for: n)
        } else if let exponent {
            let shifted = ValueFormatter.scaled(scaled, byPowerOfTen: -exponent.value)
            guard shifted.isFinite else { return fallback }
            mantissa = ValueFormatter.number(shifted, precision: decimals)
            exponentText = exponent.text(for: exponent.value)
        } else {
            mantissa = ValueFormatter.number(scaled, precision: decimals)
        }
        if groupsThousands { mantissa = ValueFormatter.groupingIntegerDigits(of: mantissa) }
        let text = mantissa + exponentText + (suffix?.rawValue ?? "") + (isPercent ? "%" : "")
        // Rounding up at the edge of the range (1.8e308) can leave a text that reads as no Double.
        guard let reread = WrittenNumber.parse(text), reread.matches(x) else { return fallback }
        return text
    }
}
