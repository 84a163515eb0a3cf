import Testing
import Foundation
import TransformerCore
@testable import ComputeLanguage

@Suite("ValueFormatter")
struct ValueFormatterTests {
    @Test("fixed decimals", arguments: [
        (0.8023, 3, "0.802"),
        (0.09003, 3, "0.090"),
        (-0.0001, 3, "0.000"),
        (-0.0, 3, "0.000"),
        (-0.0, 0, "0"),
        (-0.4, 0, "0"),
        (-0.6, 0, "-1"),
        (2.4, 0, "2"),
        (1e21, 2, "1.00e21"),
        (999_999_999_999_999, 1, "999999999999999.0"),
        (-1e15, 3, "-1.000e15"),
        (2.5e-7, 3, "0.000"),
        (-12.5, 2, "-12.50"),
        (1.5, -3, "2"),
        (123_456_789.125, 1, "123456789.1"),
        (Double.infinity, 3, "inf"),
        (-Double.infinity, 3, "-inf"),
        (Double.nan, 3, "nan"),
    ])
    func number(x: Double, precision: Int, expected: String) {
        #expect(ValueFormatter.number(x, precision: precision) == expected)
    }

    @Test func precisionIsClamped() {
        let text = ValueFormatter.number(0.1, precision: .max)
        #expect(text.count == 2 + ValueFormatter.maximumPrecision)
        #expect(text.hasPrefix("0.1000000000000000055511151231257827"))
        #expect(ValueFormatter.number(0.1, precision: .min) == "0")
        #expect(ValueFormatter.number(.leastNonzeroMagnitude, precision: .max).hasPrefix("0.000"))
        #expect(ValueFormatter.number(-.greatestFiniteMagnitude, precision: 0) == "-1.79769e308")  // "-2e308" would read as -inf
    }

    @Test("integers with thousands separators", arguments: [
        (124_439_808, "124,439,808"),
        (-1_000, "-1,000"),
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1_000, "1,000"),
        (-999_999, "-999,999"),
        (Int.max, "9,223,372,036,854,775,807"),
        (Int.min, "-9,223,372,036,854,775,808"),
    ])
    func integer(n: Int, expected: String) {
        #expect(ValueFormatter.integer(n) == expected)
    }

    @Test func vectors() {
        #expect(ValueFormatter.vector([0.665, 0.245, 0.09], precision: 3) == "[0.665, 0.245, 0.090]")
        #expect(ValueFormatter.vector([], precision: 3) == "[]")
        #expect(ValueFormatter.vector([-0.0, .nan], precision: 1) == "[0.0, nan]")
    }

    @Test func matrices() throws {
        let m = try Matrix([[1, -2], [30, 4]])
        #expect(ValueFormatter.matrixRows(m, precision: 3) == ["[ 1.000, -2.000]", "[30.000,  4.000]"])
        #expect(ValueFormatter.matrix(m, precision: 1) == "[ 1.0, -2.0]\n[30.0,  4.0]")
        #expect(ValueFormatter.matrix(try Matrix([]), precision: 3) == "[]")
        #expect(ValueFormatter.matrix(try Matrix([[], []]), precision: 3) == "[]\n[]")
        #expect(ValueFormatter.alignedRows([["1", "-10"], ["100", "2"]]) == ["[  1, -10]", "[100,   2]"])
    }

    @Test func values() throws {
        #expect(ValueFormatter.value(.integer(1234), precision: 3) == "1,234")
        #expect(ValueFormatter.value(.real(1234), precision: 2) == "1234.00")
        #expect(ValueFormatter.value(.bool(true), precision: 3) == "true")
        #expect(ValueFormatter.value(.string("red"), precision: 3) == "red")
        #expect(ValueFormatter.value(.vector([1]), precision: 0) == "[1]")
        #expect(ValueFormatter.value(.matrix(try Matrix([[1, 2]])), precision: 1) == "[1.0, 2.0]")
    }

    @Test("written text is stable: the same input gives the same bytes")
    func stable() {
        var generator = WrittenValueGenerator(seed: 3)
        for _ in 0..<2_000 {
            let x = randomWrittenDouble(using: &generator)
            let precision = Int.random(in: 0...8, using: &generator)
            let text = ValueFormatter.number(x, precision: precision)
            #expect(text == ValueFormatter.number(x, precision: precision))
            #expect(!text.contains(where: { !"0123456789.-infae".contains($0) }))
            #expect(!text.hasPrefix("-") || text.contains(where: { "123456789".contains($0) }) || text == "-inf")
            if x.isFinite && x.magnitude >= ValueFormatter.scientificThreshold {
                // scientific: half a unit of the mantissa's last decimal, at x's own exponent
                let unit = pow(10, (log10(x.magnitude)).rounded(.down) - Double(precision))
                #expect(abs((Double(text) ?? .nan) - x) <= 0.5 * unit * (1 + 1e-9))
            } else if x.isFinite {
                #expect(abs((Double(text) ?? .nan) - x) <= 0.5 * pow10(-precision) * (1 + 1e-12) + 4 * abs(x).ulp)
            }
        }
    }

    @Test("notes give the shortest text that reads back as the same Double, integers without decimals")
    func roundTripText() {
        #expect(ValueFormatter.roundTrip(485_165_195.409_790_34) == "485165195.40979034")
        #expect(ValueFormatter.roundTrip(1.000_000_1) == "1.0000001")
        #expect(ValueFormatter.roundTrip(9.357622968840175e-14) == "9.357622968840175e-14")
        #expect(ValueFormatter.roundTrip(-0.0) == "0.0")
        #expect(ValueFormatter.roundTrip(-.infinity) == "-inf")
        for x in [0.1, 1.0 / 3, 4.85165e8, 1e-300, .greatestFiniteMagnitude] {
            #expect(Double(ValueFormatter.roundTrip(x)) == x)
        }
    }

    @Test("a value too small for the precision is detected, and written in scientific notation")
    func tooSmallValues() {
        #expect(ValueFormatter.isTooSmall(9.357622968840175e-14, precision: 3))
        #expect(ValueFormatter.isTooSmall(-0.0004, precision: 3))
        #expect(!ValueFormatter.isTooSmall(0.0005, precision: 3))
        #expect(!ValueFormatter.isTooSmall(0, precision: 3))
        #expect(!ValueFormatter.isTooSmall(5.551115123125783e-17, precision: 3), "a rounding residue is zero")
        #expect(ValueFormatter.isTooSmall(0.3, precision: 0))
        #expect(ValueFormatter.scientific(9.357622968840175e-14, decimals: 3) == "9.358e-14")
        #expect(ValueFormatter.scientific(-0.0004, decimals: 1) == "-4.0e-4")
        #expect(ValueFormatter.scientific(0.3, decimals: 0) == "3e-1")
    }
}

/// 10ⁿ for small n.
private func pow10(_ n: Int) -> Double {
    n >= 0 ? (0..<n).reduce(1) { r, _ in r * 10 } : 1 / pow10(-n)
}
