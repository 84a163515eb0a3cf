import Testing
@testable import ComputeLanguage

/// The written number `text`, which the test expects to parse.
private func written(_ text: String) throws -> WrittenNumber {
    try #require(WrittenNumber.parse(text), "\(text) should parse")
}

/// Whether two doubles agree to a relative 1e-12 (or both are zero).
private func close(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
}

@Suite("WrittenNumber")
struct WrittenNumberTests {
    @Test("values and tolerances from the written precision", arguments: [
        ("0.867", 0.867, 0.0005),
        ("33.098%", 0.33098, 0.000005),
        ("175B", 1.75e11, 0.5e9),
        ("6.0e-4", 6.0e-4, 0.05e-4),
        ("1.5K", 1500, 50),
        ("2M", 2e6, 0.5e6),
        ("3.25T", 3.25e12, 0.005e12),
        ("1E+05", 1e5, 0.5e5),
        ("-0.5", -0.5, 0.05),
        ("\u{2212}0.5", -0.5, 0.05),
        ("1,234.5", 1234.5, 0.05),
        ("12%", 0.12, 0.005),
        ("2.50e3K", 2.5e6, 0.005e6),
        ("7.25e\u{2212}2", 0.0725, 0.00005),
    ])
    func valueAndTolerance(text: String, value: Double, tolerance: Double) throws {
        let number = try written(text)
        #expect(close(number.value, value))
        #expect(close(number.tolerance, tolerance))
        #expect(!number.isExact)
        #expect(number.integerValue == nil)
        #expect(number.text == text)
    }

    @Test("integers written without decimals, suffix or exponent are exact", arguments: [
        ("124,439,808", 124_439_808),
        ("124439808", 124_439_808),
        ("-1,000", -1000),
        ("0", 0),
        ("-0", 0),
        ("42", 42),
        ("9,223,372,036,854,775,807", Int.max),
        ("\u{2212}9,223,372,036,854,775,808", Int.min),
    ])
    func exactIntegers(text: String, integer: Int) throws {
        let number = try written(text)
        #expect(number.isExact)
        #expect(number.tolerance == 0)
        #expect(number.integerValue == integer)
        #expect(number.value == Double(integer))
        #expect(number.format.isExactInteger)
    }

    @Test func formatFacts() throws {
        let percent = try written("33.098%")
        #expect(percent.decimals == 3 && percent.isPercent && percent.suffix == nil && !percent.usesSeparators)
        #expect(percent.unitExponent == -5)
        #expect(percent.valuePrecision == 5)
        let billions = try written("175B")
        #expect(billions.suffix == .billion && billions.decimals == 0 && billions.unitExponent == 9)
        #expect(billions.valuePrecision == nil)
        let grouped = try written("124,439,808")
        #expect(grouped.usesSeparators && grouped.format.groupsThousands)
        #expect(try written("1234").format.groupsThousands == false)
        #expect(try written("42").format.groupsThousands)
        let scientific = try written("6.0E+04")
        #expect(scientific.exponent == ExponentNotation(value: 4, isUppercase: true, showsPlusSign: true, minimumDigits: 2, isNormalized: true))
        #expect(try written("60e-5").exponent?.isNormalized == false)
        #expect(try written("6.0e-4").valuePrecision == 5)
        #expect(try written("0.867").valuePrecision == 3)
    }

    @Test func parsesStringsAndSubstrings() throws {
        #expect(WrittenNumber.parse("0.867")?.value == 0.867)
        let code = "x ≈ 0.867)"
        let literal = code.dropFirst(4).dropLast()
        #expect(WrittenNumber.parse(literal) == WrittenNumber.parse("0.867"))
    }

    @Test func nonFinite() throws {
        let inf = try written("inf")
        #expect(inf.value == .infinity && inf.matches(.infinity))
        #expect(!inf.matches(-.infinity) && !inf.matches(.greatestFiniteMagnitude) && !inf.matches(.nan))
        let negative = try written("-inf")
        #expect(negative.value == -.infinity && negative.matches(-.infinity) && !negative.matches(.infinity))
        let nan = try written("nan")
        #expect(nan.value.isNaN && nan.matches(.nan))
        #expect(!nan.matches(0) && !nan.matches(.infinity))
        #expect(!(try written("0.867")).matches(.nan))
        #expect(!(try written("0.867")).matches(.infinity))
        #expect(!(try written("1,000")).matches(.infinity))
    }

    @Test("rejects what is not one number", arguments: [
        "", " ", "-", "−", "--1", "+1", "1,23", "1,2345", "12,345,67", "1234,567", "0,123", "1.", ".5", "1e", "1e+",
        "1e-", "1 000", "1_000", "1e99999", "1e400", "1e999999999999999999999999", "0e400", "abc", "-nan", "nan%",
        "1%%", "1,234.5.6", "infinity", "inf ", " 1", "1KB", "1k", "∞", "٣", "１", "1,,000", ",100", "1.2.3", "1e2e3",
        String(repeating: "9", count: 10_000), "1" + String(repeating: "0", count: 400),
    ])
    func rejects(text: String) {
        #expect(WrittenNumber.parse(text) == nil)
    }

    @Test func longAndExtremeNumbers() throws {
        let long = try written("0." + String(repeating: "0", count: 9_999) + "1")
        #expect(long.value == 0 && long.decimals == 10_000 && long.tolerance == 0)
        #expect(long.matches(0) && !long.matches(1e-300))
        let digits = try written("1" + String(repeating: "0", count: 300))
        #expect(digits.value == 1e300 && digits.isExact && digits.integerValue == nil)
        #expect(try written("1e-999999999999999999").value == 0)
        #expect(try written("1.7976931348623157e308").value == .greatestFiniteMagnitude)
        #expect(try written("4.9e-324").value == .leastNonzeroMagnitude)
        let leadingZeros = try written(String(repeating: "0", count: 10_000) + "7")
        #expect(leadingZeros.integerValue == 7)
    }

    @Test("0.867 is ±0.0005, inclusive")
    func designDecimals() throws {
        let number = try written("0.867")
        #expect(number.matches(0.8665) && number.matches(0.8675) && number.matches(0.867))
        #expect(!number.matches(0.8676) && !number.matches(0.8664))
        #expect(!number.matches(0.8665 - 1e-10) && !number.matches(0.8675 + 1e-10))
        #expect(!number.matches(-0.867))
    }

    @Test("33.098% is 0.33098 ± 0.000005")
    func designPercent() throws {
        #expect(try written("33.098%").matches(0.330982))
        #expect(!(try written("33.098%")).matches(0.33096))
        #expect(!(try written("33.096%")).matches(0.33098))
        #expect(try written("33.098%").matches(0.330985) && !(try written("33.098%")).matches(0.3309851))
    }

    @Test("124,439,808 is exact")
    func designExactInteger() throws {
        let number = try written("124,439,808")
        #expect(number.matches(124_439_808))
        #expect(!number.matches(124_439_809) && !number.matches(124_439_808.4) && !number.matches(124_439_807.9999))
    }

    @Test("175B is ±0.5·10⁹, 6.0e-4 is ±0.05·10⁻⁴")
    func designSuffixAndExponent() throws {
        let billions = try written("175B")
        #expect(billions.matches(175e9) && billions.matches(174.5e9) && billions.matches(175.5e9) && billions.matches(174_600_000_000))
        #expect(!billions.matches(175.6e9) && !billions.matches(174.4e9))
        let scientific = try written("6.0e-4")
        #expect(scientific.matches(6.05e-4) && scientific.matches(5.95e-4) && scientific.matches(6.0e-4))
        #expect(!scientific.matches(6.06e-4) && !scientific.matches(5.94e-4))
    }

    @Test("a large number with decimals still matches at its boundary")
    func largeBoundary() throws {
        let number = try written("124439808.5")
        #expect(number.matches(124_439_808.45) && number.matches(124_439_808.55))
        #expect(!number.matches(124_439_808.44) && !number.matches(124_439_808.56))
    }

    @Test func negativeZero() throws {
        #expect(try written("0.000").matches(-0.0))
        #expect(try written("-0.000").matches(0))
        #expect(try written("0").matches(-0.0))
        #expect(try written("-0").matches(0))
        #expect(try written("0.000").matches(-0.0004))
        #expect(try written("0.000").rewritten(-0.0001) == "0.000")
        #expect(try written("0.0%").rewritten(-0.0001) == "0.0%")
        #expect(try written("1.0e0").rewritten(-0.0) == "0.0e0")
    }

    @Test("rewritten keeps the written format", arguments: [
        ("0.867", 0.8023, "0.802"),
        ("0.80", 0.8023, "0.80"),
        ("33.098%", 0.3309821, "33.098%"),
        ("33.1%", 0.5, "50.0%"),
        ("175B", 1.746e11, "175B"),
        ("175B", 1.234e12, "1234B"),
        ("1.5K", 2_449, "2.4K"),
        ("124,439,808", 1_234_567, "1,234,567"),
        ("1234", 56_789, "56789"),
        ("42", 1_234, "1,234"),
        ("-1,000", -2_000_000, "-2,000,000"),
        ("1,234.5", 9_876_543.21, "9,876,543.2"),
        ("6.0e-4", 6.34e-3, "6.3e-3"),
        ("6.0E-04", 1.26e-5, "1.3E-05"),
        ("9.9e-4", 9.96e-4, "1.0e-3"),
        ("1.5e+3", 2_500, "2.5e+3"),
        ("60e-5", 6.3e-4, "63e-5"),
        ("3", 3.5, "3.500"),
        ("3", 7, "7"),
        ("inf", 2, "2"),
        ("inf", 2.5, "2.500"),
        ("0.5", .infinity, "inf"),
        ("0.5", -.infinity, "-inf"),
        ("0.5", .nan, "nan"),
        ("50%", 1e307, nil),  // ×100 overflows: written plainly instead
        ("60e-5", 1e306, nil),
    ] as [(String, Double, String?)])
    func rewritten(text: String, computed: Double, expected: String?) throws {
        let number = try written(text)
        let rewritten = number.rewritten(computed)
        if let expected { #expect(rewritten == expected) }
        let reread = try #require(WrittenNumber.parse(rewritten), "\(rewritten) should parse")
        #expect(reread.matches(computed), "\(rewritten) should match \(computed)")
    }

    @Test func fallbackDecimals() throws {
        #expect(try written("3").rewritten(3.25, fallbackDecimals: 2) == "3.25")
        #expect(try written("3").rewritten(3.25, fallbackDecimals: 0) == "3.2")
    }

    @Test("anything rewritten in any written format reads back and matches")
    func rewrittenMatchesProperty() throws {
        let formats = try [
            "0.867", "33.098%", "175B", "124,439,808", "6.0e-4", "1.5K", "12", "1234", "2.50M", "7E+02", "0.0e0",
            "60e-5", "inf", "1,234.5", "-0.000", "1T", "5%", "1.0e-04", "0.1234567890123", "9.9E9B",
        ].map { try written($0) }
        var generator = WrittenValueGenerator(seed: 7)
        for _ in 0..<4_000 {
            let x = randomWrittenDouble(using: &generator)
            for format in formats {
                let text = format.rewritten(x)
                let reread = try #require(WrittenNumber.parse(text), "\(format.text) rewrote \(x) as unreadable \(text)")
                #expect(reread.matches(x), "\(format.text) rewrote \(x) as \(text), which does not match")
            }
        }
    }

    @Test("odd texts never trap, and what parses rewrites itself")
    func fuzz() {
        let alphabet = Array("0123456789,.-eE+KMBT% infa−_x")
        var generator = WrittenValueGenerator(seed: 11)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "0" })
            guard let number = WrittenNumber.parse(text) else { continue }
            #expect(number.text == text)
            #expect(number.matches(number.value))
            let reread = WrittenNumber.parse(number.rewritten(number.value))
            #expect(reread?.matches(number.value) == true, "\(text) rewritten as \(number.rewritten(number.value))")
        }
    }
}
