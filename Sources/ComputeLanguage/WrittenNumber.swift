/// A number as an author typed it (`0.867`, `33.098%`, `175B`, `124,439,808`, `6.0e-4`), the value it denotes
/// and the tolerance its written precision implies.
public struct WrittenNumber: Sendable, Hashable {
    /// The text as written.
    public let text: String
    /// The number denoted: d·10ⁿ·10^s for written digits d, exponent n and scale s (suffix, ÷100 for percent).
    public let value: Double
    /// Half a unit of the last written digit, scaled like the value: ½·10^`unitExponent`; 0 when `isExact`.
    public let tolerance: Double
    /// The power of ten u of one unit of the last written digit: u = n + s − k for k decimals (`0.867` → −3).
    public let unitExponent: Int
    /// Whether the number must be matched exactly: an integer without decimals, suffix, exponent or percent, or inf/nan.
    public let isExact: Bool
    /// The value as an `Int`, when written as an exact integer that fits one.
    public let integerValue: Int?
    /// Whether `,` thousands separators are written.
    public let usesSeparators: Bool
    /// How the number is written, to write another number the same way.
    public let format: WrittenNumberFormat

    /// Digits written after the decimal point (of the mantissa, when an exponent is written).
    public var decimals: Int { format.decimals }
    /// Whether the number is written as a percentage (the value × 100).
    public var isPercent: Bool { format.isPercent }
    /// The written magnitude suffix (`K`, `M`, `B`, `T`), if any.
    public var suffix: MagnitudeSuffix? { format.suffix }
    /// The written exponent notation, if any.
    public var exponent: ExponentNotation? { format.exponent }

    /// The decimals, in units of the value, that the last written digit stands for (−u), when positive:
    /// `0.867` → 3, `33.098%` → 5, `6.0e-4` → 5; nil for `175B` or an integer.
    public var valuePrecision: Int? {
        guard value.isFinite, !isExact, unitExponent < 0 else { return nil }
        return min(-unitExponent, ValueFormatter.maximumPrecision)
    }

    /// Parses a whole text as one written number; nil unless all of it is a number whose value and tolerance are finite.
    /// Grammar: `-`/`−`? (`inf` | digits with optional `,` groups of three, `.` decimals, `e`±n, `K`/`M`/`B`/`T`, `%`);
    /// `nan` alone.
    public static func parse(_ text: Substring) -> WrittenNumber? {
        let bytes = Array(text.utf8)
        guard case let .number(number, end) = scan(bytes, from: 0, to: bytes.count), end == bytes.count else { return nil }
        return number
    }

    /// Parses a whole text as one written number (see `parse(_: Substring)`).
    public static func parse(_ text: String) -> WrittenNumber? {
        parse(text[...])
    }

    /// Whether a computed value matches: |computed − value| ≤ tolerance (inclusive, with a relative slack of 1e-12
    /// plus 4 ulps for binary rounding); exact numbers must be equal; inf matches only itself, nan only nan.
    public func matches(_ computed: Double) -> Bool {
        if value.isNaN { return computed.isNaN }
        if value.isInfinite || isExact { return computed == value }
        guard computed.isFinite else { return false }
        let difference = abs(computed - value)
        let magnitude = max(abs(computed), abs(value))
        return difference <= tolerance * (1 + 1e-12) + 4 * magnitude.ulp
    }

    /// The computed value written the way this number is written (same decimals, %, suffix, separators, exponent).
    /// Where that cannot match (an integer written for a non-integral value), plainly with `fallbackDecimals`.
    public func rewritten(_ computed: Double, fallbackDecimals: Int = 3) -> String {
        format.write(computed, fallbackDecimals: fallbackDecimals)
    }

    /// Two written numbers are equal when their texts are: everything else follows from the text.
    public static func == (lhs: WrittenNumber, rhs: WrittenNumber) -> Bool {
        lhs.text == rhs.text
    }

    /// Hashes the text, which determines everything else.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// A written number from its parts, as the scanner finds them.
    init(
        text: String, value: Double, tolerance: Double, unitExponent: Int, isExact: Bool,
        integerValue: Int?, usesSeparators: Bool, format: WrittenNumberFormat
    ) {
        self.text = text
        self.value = value
        self.tolerance = tolerance
        self.unitExponent = unitExponent
        self.isExact = isExact
        self.integerValue = integerValue
        self.usesSeparators = usesSeparators
        self.format = format
    }
}
