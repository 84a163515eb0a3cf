import Testing
@testable import SwiftcCheck

@Suite("swiftc-check: comparing the interpreter's values with the compiled program's")
struct ComparisonTests {
    static func value(_ site: String, _ leaves: [Leaf]) -> ShownValue { ShownValue(site: site, leaves: leaves) }

    @Test("reals within 1e-12 relative match; integers, strings and kinds must be equal")
    func testLeaves() {
        #expect(Comparison.equal(Leaf("", "Double", "1.0"), Leaf("", "Double", "1.0000000000005")))
        #expect(!Comparison.equal(Leaf("", "Double", "1.0"), Leaf("", "Double", "1.000000001")))
        #expect(Comparison.equal(Leaf("", "Double", "nan"), Leaf("", "Double", "nan")))
        #expect(Comparison.equal(Leaf("", "Double", "inf"), Leaf("", "Double", "inf")))
        #expect(!Comparison.equal(Leaf("", "Int", "3"), Leaf("", "Int", "4")))
        #expect(!Comparison.equal(Leaf("", "Int", "3"), Leaf("", "Double", "3.0")))
        #expect(!Comparison.equal(Leaf("", "String", "a"), Leaf("", "String", "b")))
        #expect(!Comparison.equal(Leaf("[0]", "Double", "1.0"), Leaf("[1]", "Double", "1.0")))
    }

    @Test("a mismatch names the site, the path and both values; a missing value is a mismatch")
    func testMismatches() {
        let want = [Self.value("a.md:3:1", [Leaf("", "Vector", "2"), Leaf("[0]", "Double", "0.5"), Leaf("[1]", "Double", "0.25")])]
        let same = Comparison(expected: want, actual: want)
        #expect(same.passed && same.values == 1 && same.leaves == 3)
        let altered = [Self.value("a.md:3:1", [Leaf("", "Vector", "2"), Leaf("[0]", "Double", "0.5"), Leaf("[1]", "Double", "0.26")])]
        let different = Comparison(expected: want, actual: altered)
        #expect(different.mismatches == ["a.md:3:1: interpreter [1] = 0.25 (Double), swiftc [1] = 0.26 (Double)"])
        #expect(!Comparison(expected: want, actual: []).passed)
        #expect(!Comparison(expected: [], actual: want).passed)
    }

    @Test("values are compared site by site: a statement shown in a loop must print as often, in order; sites may interleave")
    func testRepeatedSites() {
        let one = Self.value("l.md:2:5", [Leaf("", "Int", "1")]), two = Self.value("l.md:2:5", [Leaf("", "Int", "2")])
        let other = Self.value("l.md:3:5", [Leaf("", "expect", "true")])
        #expect(Comparison(expected: [one, two, other], actual: [one, other, two]).passed)
        #expect(!Comparison(expected: [one, two, other], actual: [two, one, other]).passed)
        let short = Comparison(expected: [one, two], actual: [one])
        #expect(short.mismatches == ["l.md:2:5: the interpreter showed 2 values here, swiftc printed 1"])
    }

    @Test("the program's output parses into values, a new value at each empty path, escapes undone")
    func testParsing() {
        let output = "x.md:1:1\t\tVector\t1\nx.md:1:1\t[0]\tDouble\t2.0\nnoise\nx.md:1:1\t\tString\ta\\tb\\\\\n"
        let values = ShownValue.parse(output: output)
        #expect(values.count == 2)
        #expect(values[0].leaves.count == 2)
        #expect(values[1].leaves == [Leaf("", "String", "a\tb\\")])
    }
}
