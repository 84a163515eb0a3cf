import Testing
import TransformerCore
@testable import ComputeLanguage

/// A deterministic SplitMix64 generator, so that property tests see the same cases on every run.
struct WrittenValueGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A double from everywhere: special values, integers, and magnitudes from 1e-12 to 1e15 of either sign.
func randomWrittenDouble(using generator: inout WrittenValueGenerator) -> Double {
    let specials: [Double] = [
        0, -0.0, 1, -1, 0.5, 0.8665, 0.0005, 1e300, -1e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, 124_439_808, 9.95, 0.9995, 999.5,
    ]
    switch Int.random(in: 0..<10, using: &generator) {
    case 0: return specials.randomElement(using: &generator) ?? 0
    case 1: return Double(Int.random(in: -2_000_000...2_000_000, using: &generator))
    default:
        let magnitude = Double.random(in: -12...15, using: &generator)
        let x = Double.random(in: 1..<10, using: &generator) * ValueFormatter.powerOfTen(Int(magnitude.rounded(.down)))
        return Bool.random(using: &generator) ? x : -x
    }
}

/// The comment after `statement` in `code`, which the test expects to find.
private func comment(in code: String, after statement: String) throws -> ResultComment {
    try #require(ResultComment.find(in: code, statementEnd: statement.utf8.count), "no result comment in \(code)")
}

/// The byte range of the first occurrence of `part` in `code`.
private func range(of part: String, in code: String) -> Range<Int>? {
    let bytes = Array(code.utf8), needle = Array(part.utf8)
    guard needle.count <= bytes.count else { return nil }
    for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
        return start..<(start + needle.count)
    }
    return nil
}

/// `code` with the byte ranges replaced by the texts (ranges must not overlap).
private func splice(_ code: String, _ edits: [(Range<Int>, String)]) -> String {
    var bytes = Array(code.utf8)
    for (range, text) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// The softmax of `z` at a temperature, computed here from its definition: softmax(z/T)ᵢ = e^{zᵢ/T} / Σⱼ e^{zⱼ/T}.
private func softmax(_ z: [Double], temperature: Double) -> [Double] {
    let e = z.map { exp($0 / temperature) }
    let total = e.reduce(0, +)
    return e.map { $0 / total }
}

/// eˣ by its series, so the test does not need Foundation (accurate for the small |x| used here).
private func exp(_ x: Double) -> Double {
    var term = 1.0, sum = 1.0
    for n in 1..<60 {
        term *= x / Double(n)
        sum += term
    }
    return sum
}

@Suite("ResultComment")
struct ResultCommentTests {
    @Test func findsANumber() throws {
        let code = "let p: Vector = [0.5, 0.5]\nentropy(p)  // => 0.802\nnext"
        let statement = "let p: Vector = [0.5, 0.5]\nentropy(p)"
        let found = try comment(in: code, after: statement)
        #expect(found.range == range(of: "// => 0.802", in: code))
        #expect(found.slashColumn == 13)
        #expect(found.problem == nil)
        guard case let .number(number) = found.written else {
            Issue.record("expected a number")
            return
        }
        #expect(number.number.text == "0.802" && number.range == range(of: "0.802", in: code))
    }

    @Test func findsAVectorAndTolerantSpacing() throws {
        let code = "softmax(z)//=>[0.665,0.245 ,  0.090 ]   "
        let found = try comment(in: code, after: "softmax(z)")
        #expect(found.range == 10..<code.utf8.count)
        guard case let .vector(numbers) = found.written else {
            Issue.record("expected a vector")
            return
        }
        #expect(numbers.map(\.number.text) == ["0.665", "0.245", "0.090"])
        #expect(numbers.map(\.range) == [15..<20, 21..<26, 30..<35])
    }

    @Test func findsAMatrixOnContinuationLines() throws {
        let code = "m * n  // => [1.000, 2.000]\n       //    [3.000, 4.000]\n       //    [5.000, 6.000]\nnext"
        let found = try comment(in: code, after: "m * n")
        let end = try #require(range(of: "\nnext", in: code)).lowerBound
        #expect(found.range == 7..<end)
        guard case let .matrix(rows) = found.written else {
            Issue.record("expected a matrix")
            return
        }
        #expect(rows.map { $0.map(\.number.value) } == [[1, 2], [3, 4], [5, 6]])
        #expect(found.compare(with: .matrix(try Matrix([[1, 2], [3, 4], [5, 6]]))) == .matches)
    }

    @Test func blockCommentsAndTheStatementsSemicolonAreSkipped() throws {
        let code = "p /* probability */ // => 0.9"
        let found = try comment(in: code, after: "p")
        #expect(found.range == 20..<code.utf8.count)
        #expect(found.written?.numbers.first?.number.text == "0.9")
        #expect(try comment(in: "p; /* a */ /* b */ // => 0.9", after: "p").range.lowerBound == 19)
        #expect(ResultComment.find(in: "p /* open // => 0.9", statementEnd: 1) == nil)
        #expect(ResultComment.find(in: "p /* a\n */ // => 0.9", statementEnd: 1) == nil)
        #expect(ResultComment.find(in: "p // note // => 0.9", statementEnd: 1) == nil)
    }

    @Test func continuationLinesMustBeAligned() throws {
        let code = "m  // => [1, 2]\n  //    [3, 4]"
        let found = try comment(in: code, after: "m")
        #expect(found.range == 3..<15)
        #expect(found.written?.numbers.count == 2)
        let note = "m  // => [1, 2]\n   //    note [3, 4]\n   // [5, 6]"
        let withNote = try comment(in: note, after: "m")
        #expect(withNote.range == 3..<15)
        let afterNumber = "x  // => 1\n   //    [3, 4]"
        let stale = try comment(in: afterNumber, after: "x")
        #expect(stale.range == 3..<afterNumber.utf8.count)
        #expect(stale.problem?.isRewritable == true)
        #expect(try comment(in: "x  // => 1\n  //    [3, 4]", after: "x").range == 3..<10)
    }

    @Test func multiLineStatementAndCRLF() throws {
        let code = "softmax(\n  z,\n  temperature: 0.5\n)   // => [0.867, 0.117, 0.016]\r\nnext"
        let statement = "softmax(\n  z,\n  temperature: 0.5\n)"
        let found = try comment(in: code, after: statement)
        #expect(found.slashColumn == 5)
        #expect(found.range == range(of: "// => [0.867, 0.117, 0.016]", in: code))
        #expect(found.compare(with: .vector(softmax([2, 1, 0], temperature: 0.5))) == .matches)
    }

    @Test("not a result comment", arguments: [
        ("x", 1), ("x // a note", 1), ("x /// => 1", 1), ("x // = > 1", 1), ("x /* => 1 */", 1), ("x\n// => 1", 1),
        ("x // => 1", -1), ("x // => 1", 100), ("", 0), ("x y // => 1", 1), ("x //", 1), ("x /", 1),
    ])
    func notAResultComment(code: String, end: Int) {
        #expect(ResultComment.find(in: code, statementEnd: end) == nil)
    }

    @Test("unreadable comments say why and where", arguments: [
        ("x // =>", "an empty '// =>' waits for 'study update' to write the value", 7),
        ("x // =>   ", "an empty '// =>' waits for 'study update' to write the value", 10),
        ("x // => [", "expected ']' to close the row", 9),
        ("x // => [1, 2", "expected ']' to close the row", 13),
        ("x // => [1,", "expected ']' to close the row", 11),
        ("x // => 1,23", "unexpected text after the number", 9),
        ("x // => --1", "expected a number or a vector after '=>'", 8),
        ("x // => [1 2]", "expected ',' or ']' after a number", 11),
        ("x // => [1, , 2]", "expected a number", 12),
        ("x // => [[1, 2]]", "expected a number", 9),
        ("x // => [1, 2] (rounded)", "unexpected text after the row", 14),
        ("x // => 0.802 (rounded)", "unexpected text after the number", 13),
        ("x // => 1e99999", "number out of range", 8),
        ("x // => [1, 1e400]", "number out of range", 12),
        ("x // => [1, 2]\n  //    [3]", "row 2 has 1 number where the first row has 2", 23),
        ("x // => [1, 2]\n  //    [3, 4", "expected ']' to close the row", 28),
        ("x // => cat", "expected a number or a vector after '=>'", 8),
    ])
    func problems(code: String, reason: String, offset: Int) throws {
        let found = try comment(in: code, after: "x")
        #expect(found.written == nil)
        #expect(found.problem?.reason == reason)
        #expect(found.problem?.offset == offset)
        #expect(found.problem?.isPlaceholder == (found.problem?.reason.hasPrefix("an empty") == true))
        #expect(found.range == 2..<code.utf8.count)
        if case let .shapeMismatch(_, replacement) = found.compare(with: .real(0.5)) {
            #expect(replacement == "// => 0.500")
        } else {
            Issue.record("an unreadable comment should compare as a shape mismatch")
        }
    }

    @Test("the DESIGN example: temperatures")
    func designTemperatures() throws {
        let code = """
            softmax(z, temperature: 1)      // => [0.665, 0.245, 0.090]
            softmax(z, temperature: 0.5)    // => [0.867, 0.117, 0.016]
            """
        let first = try comment(in: code, after: "softmax(z, temperature: 1)")
        #expect(first.compare(with: .vector(softmax([2, 1, 0], temperature: 1))) == .matches)
        let secondStatement = "softmax(z, temperature: 1)      // => [0.665, 0.245, 0.090]\nsoftmax(z, temperature: 0.5)"
        let second = try comment(in: code, after: secondStatement)
        #expect(second.compare(with: .vector(softmax([2, 1, 0], temperature: 0.5))) == .matches)
        #expect(second.compare(with: .vector(softmax([2, 1, 0], temperature: 1))) != .matches)
    }

    @Test func oneWrongNumberIsReplacedInPlace() throws {
        let code = "softmax(z)  // => [0.665, 0.254, 0.09]"
        let found = try comment(in: code, after: "softmax(z)")
        let value = Value.vector(softmax([2, 1, 0], temperature: 1))
        guard case let .mismatches(mismatches) = found.compare(with: value) else {
            Issue.record("expected a mismatch")
            return
        }
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.range == range(of: "0.254", in: code))
        #expect(mismatches.first?.written == "0.254")
        #expect(mismatches.first?.replacement == "0.245")
        #expect(abs((mismatches.first?.computed ?? 0) - 0.244728) < 1e-6)
        let updated = splice(code, mismatches.map { ($0.range, $0.replacement) })
        #expect(updated == "softmax(z)  // => [0.665, 0.245, 0.09]")
        #expect(try comment(in: updated, after: "softmax(z)").compare(with: value) == .matches)
    }

    @Test("the written precision is kept, and fewer digits than the default are fine")
    func precisionKept() throws {
        let code = "entropy(p)  // => 0.81"
        let found = try comment(in: code, after: "entropy(p)")
        #expect(found.compare(with: .real(0.8023)) == .mismatches([
            NumberMismatch(range: 18..<22, written: "0.81", computed: 0.8023, replacement: "0.80"),
        ]))
        #expect(try comment(in: "e  // => 0.8", after: "e").compare(with: .real(0.8023)) == .matches)
        #expect(try comment(in: "e  // => 33.098%", after: "e").compare(with: .real(0.330982)) == .matches)
        #expect(try comment(in: "e  // => 33.096%", after: "e").compare(with: .real(0.33098)) == .mismatches([
            NumberMismatch(range: 9..<16, written: "33.096%", computed: 0.33098, replacement: "33.098%"),
        ]))
    }

    @Test func integersCompareExactly() throws {
        let grouped = try comment(in: "n  // => 124,439,808", after: "n")
        #expect(grouped.compare(with: .integer(124_439_808)) == .matches)
        #expect(grouped.compare(with: .real(124_439_808)) == .matches)
        #expect(grouped.compare(with: .real(124_439_808.2)) != .matches)
        #expect(grouped.compare(with: .integer(124_439_809)) == .mismatches([
            NumberMismatch(range: 9..<20, written: "124,439,808", computed: 124_439_809, replacement: "124,439,809", exactText: "124439809"),
        ]))
        #expect(try comment(in: "n  // => 124439808", after: "n").compare(with: .integer(124_439_808)) == .matches)
        #expect(try comment(in: "n  // => 9,223,372,036,854,775,807", after: "n").compare(with: .integer(.max)) == .matches)
        #expect(try comment(in: "n  // => 9,223,372,036,854,775,806", after: "n").compare(with: .integer(.max)) != .matches)
        #expect(try comment(in: "n  // => 99,223,372,036,854,775,807", after: "n").compare(with: .integer(.max)) != .matches)
        #expect(try comment(in: "n  // => inf", after: "n").compare(with: .integer(3)) == .mismatches([
            NumberMismatch(range: 9..<12, written: "inf", computed: 3, replacement: "3", exactText: "3"),
        ]))
        let billions = try comment(in: "n  // => 175B", after: "n")
        #expect(billions.compare(with: .integer(174_600_000_000)) == .matches)
        #expect(billions.compare(with: .integer(176_000_000_000)) == .mismatches([
            NumberMismatch(range: 9..<13, written: "175B", computed: 176e9, replacement: "176B"),
        ]))
        #expect(try comment(in: "x  // => 6.0e-4", after: "x").compare(with: .real(6.04e-4)) == .matches)
    }

    @Test func precisionZeroComparesWholeNumbersAtAHalf() throws {
        let whole = try comment(in: "x  // => 3", after: "x")
        #expect(whole.compare(with: .real(2.5), defaultPrecision: 0) == .matches)
        #expect(whole.compare(with: .real(3.5), defaultPrecision: 0) == .matches)
        #expect(whole.compare(with: .real(3.6), defaultPrecision: 0) == .mismatches([
            NumberMismatch(range: 9..<10, written: "3", computed: 3.6, replacement: "4"),
        ]))
        #expect(whole.compare(with: .real(2.5), defaultPrecision: 3) != .matches)
        #expect(whole.compare(with: .integer(3), defaultPrecision: 0) == .matches)
        #expect(whole.compare(with: .integer(4), defaultPrecision: 0) != .matches)
    }

    @Test func aWrittenZeroDoesNotHideASmallScalar() throws {
        let zero = try comment(in: "x  // => 0.000", after: "x")
        #expect(zero.compare(with: .real(9.357622968840175e-14)) == .mismatches([
            NumberMismatch(range: 9..<14, written: "0.000", computed: 9.357622968840175e-14, replacement: "9.358e-14"),
        ]))
        #expect(zero.compare(with: .real(5.551115123125783e-17)) == .matches)
        #expect(zero.compare(with: .real(0)) == .matches)
        let row = try comment(in: "x  // => [0.000, 1.000]", after: "x")
        #expect(row.compare(with: .vector([2e-9, 1])) == .matches)
        let scientific = try comment(in: "x  // => 9.358e-14", after: "x")
        #expect(scientific.compare(with: .real(9.357622968840175e-14)) == .matches)
    }

    @Test func negativeZeroMatches() throws {
        #expect(try comment(in: "x  // => 0.000", after: "x").compare(with: .real(-0.0)) == .matches)
        #expect(try comment(in: "x  // => [0.000, -0.000]", after: "x").compare(with: .vector([-0.0, 0.0])) == .matches)
        #expect(ResultComment.text(for: .real(-0.0), precision: 3, slashColumn: 1) == "// => 0.000")
        #expect(ResultComment.text(for: .real(-0.0001), precision: 3, slashColumn: 1) == "// => -1.000e-4")
        #expect(ResultComment.text(for: .real(-5.5e-17), precision: 3, slashColumn: 1) == "// => 0.000")
    }

    @Test func shapeMismatches() throws {
        let number = try comment(in: "v  // => 0.5", after: "v")
        #expect(number.compare(with: .vector([0.7, 0.2, 0.1])) == .shapeMismatch(
            expected: "a vector of 3 numbers", replacement: "// => [0.7, 0.2, 0.1]"
        ))
        let vector = try comment(in: "v  // => [0.25, 0.5]", after: "v")
        #expect(vector.compare(with: .vector([0.5])) == .shapeMismatch(expected: "a vector of 1 number", replacement: "// => [0.50]"))
        #expect(vector.compare(with: .real(2)) == .shapeMismatch(expected: "a number", replacement: "// => 2.00"))
        #expect(vector.compare(with: .matrix(try Matrix([[1, 2], [3, 4]]))) == .shapeMismatch(
            expected: "a 2×2 matrix", replacement: "// => [1.00, 2.00]\n   //    [3.00, 4.00]"
        ))
        #expect(vector.compare(with: .bool(true)) == .shapeMismatch(expected: "no result comment, as a Bool has none", replacement: ""))
        #expect(vector.compare(with: .string("red")) == .shapeMismatch(expected: "no result comment, as a String has none", replacement: ""))
        #expect(vector.compare(with: .figure(Figure(.bars(categories: [], series: [], xLabel: "", yLabel: ""), title: "t"))) == .shapeMismatch(
            expected: "no result comment, as a Figure has none", replacement: ""))
        let integer = try comment(in: "v  // => 12", after: "v")
        #expect(integer.compare(with: .vector([0.5])) == .shapeMismatch(expected: "a vector of 1 number", replacement: "// => [0.500]"))
        #expect(integer.compare(with: .vector([0.5]), defaultPrecision: 2) == .shapeMismatch(
            expected: "a vector of 1 number", replacement: "// => [0.50]"
        ))
        let percent = try comment(in: "v  // => 33.1%", after: "v")
        #expect(percent.compare(with: .vector([0.5])) == .shapeMismatch(expected: "a vector of 1 number", replacement: "// => [0.500]"))
        let matrix = try comment(in: "m  // => [1, 2]\n   //    [3, 4]", after: "m")
        #expect(matrix.compare(with: .vector([1, 2])) == .shapeMismatch(expected: "a vector of 2 numbers", replacement: "// => [1.000, 2.000]"))
        #expect(matrix.compare(with: .matrix(try Matrix([[1, 2, 3], [4, 5, 6]]))) != .matches)
    }

    @Test func rowsAndEmptyMatrices() throws {
        let row = try comment(in: "m  // => [1.000, 2.000]", after: "m")
        #expect(row.compare(with: .matrix(try Matrix([[1, 2]]))) == .matches)
        #expect(row.compare(with: .matrix(try Matrix([[1], [2]]))) != .matches)
        let empty = try comment(in: "m  // => []", after: "m")
        #expect(empty.compare(with: .vector([])) == .matches)
        #expect(empty.compare(with: .matrix(try Matrix([]))) == .matches)
        #expect(empty.compare(with: .vector([1])) != .matches)
        let columns = try comment(in: "m  // => []\n   //    []", after: "m")
        #expect(columns.compare(with: .matrix(try Matrix([[], []]))) == .matches)
    }

    @Test("isWritten agrees with text(for:): a comment is inserted for numbers, vectors, matrices and arrays of numbers")
    func writtenKinds() throws {
        let values: [Value] = [.integer(1), .real(0.5), .vector([1]), .matrix(try Matrix([[1]])), .bool(true), .string("s"), .strings(["a"])]
        for value in values {
            #expect(ResultComment.isWritten(for: value) == (ResultComment.text(for: value, precision: 3, slashColumn: 1) != nil))
        }
        #expect(values.filter(ResultComment.isWritten(for:)).count == 4)
        #expect(!ResultComment.isWritten(for: .range(IntegerRange(lower: 0, upper: 3, closed: false)!)))
    }

    @Test func newCommentText() throws {
        #expect(ResultComment.text(for: .real(0.8023), precision: 3, slashColumn: 13) == "// => 0.802")
        #expect(ResultComment.text(for: .integer(124_439_808), precision: 3, slashColumn: 13) == "// => 124,439,808")
        #expect(ResultComment.text(for: .vector([0.665, 0.245, 0.09]), precision: 3, slashColumn: 1) == "// => [0.665, 0.245, 0.090]")
        #expect(ResultComment.text(for: .vector([]), precision: 3, slashColumn: 1) == "// => []")
        #expect(ResultComment.text(for: .matrix(try Matrix([[1, 2], [3, 4]])), precision: 3, slashColumn: 5)
            == "// => [1.000, 2.000]\n    //    [3.000, 4.000]")
        #expect(ResultComment.text(for: .matrix(try Matrix([[1, -2], [30, 4]])), precision: 1, slashColumn: 1)
            == "// => [ 1.0, -2.0]\n//    [30.0,  4.0]")
        #expect(ResultComment.text(for: .matrix(try Matrix([])), precision: 3, slashColumn: 1) == "// => []")
        #expect(ResultComment.text(for: .real(2.5), precision: 0, slashColumn: 1) == "// => 2")
        #expect(ResultComment.text(for: .real(2.7), precision: 0, slashColumn: 1) == "// => 3")
        #expect(ResultComment.text(for: .real(3), precision: 0, slashColumn: 1) == "// => 3")
        #expect(ResultComment.text(for: .real(.nan), precision: 3, slashColumn: 1) == "// => nan")
        #expect(ResultComment.text(for: .bool(true), precision: 3, slashColumn: 1) == nil)
        #expect(ResultComment.text(for: .string("x"), precision: 3, slashColumn: 1) == nil)
        #expect(ResultComment.text(for: .matrix(try Matrix([[1], [2]])), precision: 0, slashColumn: .max) != nil)
        #expect(ResultComment.text(for: .matrix(try Matrix([[1], [2]])), precision: 0, slashColumn: .min) == "// => [1]\n//    [2]")
    }

    @Test("round trip: a new comment reads back and matches its value")
    func roundTrip() throws {
        var generator = WrittenValueGenerator(seed: 42)
        for _ in 0..<3_000 {
            let value = randomValue(using: &generator)
            let precision = Int.random(in: 0...6, using: &generator)
            let statement = String(repeating: "x", count: Int.random(in: 1...9, using: &generator))
                + String(repeating: " ", count: Int.random(in: 0...4, using: &generator))
            let column = statement.utf8.count + 1
            let text = try #require(ResultComment.text(for: value, precision: precision, slashColumn: column))
            let code = "let a = 1\n" + statement + text + "\nnext // => 1"
            let start = "let a = 1\n".utf8.count + statement.utf8.count
            let found = try #require(ResultComment.find(in: code, statementEnd: start))
            #expect(found.range == start..<(start + text.utf8.count), "range of \(text)")
            #expect(found.problem == nil, "\(text): \(found.problem?.reason ?? "")")
            #expect(found.compare(with: value, defaultPrecision: precision) == .matches, "\(text) for \(value)")
        }
    }

    @Test("update then check: applying the replacements leaves a comment that matches")
    func updateThenCheck() throws {
        var generator = WrittenValueGenerator(seed: 5)
        for _ in 0..<3_000 {
            let old = randomValue(using: &generator)
            let new = Bool.random(using: &generator) ? randomValue(using: &generator) : perturbed(old, using: &generator)
            let precision = Int.random(in: 0...5, using: &generator)
            let text = try #require(ResultComment.text(for: old, precision: precision, slashColumn: 4))
            let code = "ab " + text + "\nrest"
            let found = try comment(in: code, after: "ab")
            let updated: String
            switch found.compare(with: new) {
            case .matches:
                continue
            case let .mismatches(mismatches):
                updated = splice(code, mismatches.map { ($0.range, $0.replacement) })
            case let .shapeMismatch(_, replacement):
                updated = splice(code, [(found.range, replacement)])
            }
            let reread = try comment(in: updated, after: "ab")
            #expect(reread.compare(with: new) == .matches, "\(updated) for \(new)")
            #expect(updated.hasSuffix("\nrest"))
        }
    }

    @Test("odd comments never trap")
    func fuzz() {
        let fixed = [
            "", "//", "// =>", "// => [", "// => ]", "// => 1,23", "// => --1", "// => 1e999999999999999999999",
            "// => [" + String(repeating: ",", count: 1_000), "// => " + String(repeating: "9", count: 10_000),
            "// => 0." + String(repeating: "3", count: 10_000), "// => [1]\n//    [", "// => −1\n", "\n\n// =>\n",
            "// => [1, 2]\n//    [3, 4]\n//    [5", "// => é", "// =>\r\n//    [1]",
        ]
        let alphabet = Array("/=> [],.0123456789-eE%KB\n\r\t−éinf")
        var generator = WrittenValueGenerator(seed: 99)
        var codes = fixed
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...30, using: &generator)
            codes.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "/" }))
        }
        for code in codes {
            for end in -1...(code.utf8.count + 1) {
                guard let found = ResultComment.find(in: code, statementEnd: end) else { continue }
                #expect(found.range.lowerBound >= end && found.range.upperBound <= code.utf8.count)
                #expect((found.written == nil) == (found.problem != nil))
                if let problem = found.problem {
                    #expect(problem.reason == problem.reason.lowercased() && !problem.reason.hasSuffix("."))
                    #expect(problem.offset >= found.range.lowerBound && problem.offset <= found.range.upperBound)
                }
                for number in found.written?.numbers ?? [] {
                    #expect(number.range.lowerBound >= found.range.lowerBound && number.range.upperBound <= found.range.upperBound)
                }
                _ = found.compare(with: .real(0.5))
                _ = found.compare(with: .vector([1, 2]))
                _ = found.compare(with: .integer(.min))
            }
        }
    }
}

/// A random value of any kind a result comment holds.
private func randomValue(using generator: inout WrittenValueGenerator) -> Value {
    switch Int.random(in: 0..<5, using: &generator) {
    case 0:
        return .integer(Bool.random(using: &generator) ? Int.random(in: -5_000_000...5_000_000, using: &generator) : .random(in: .min ... .max, using: &generator))
    case 1:
        return .real(randomWrittenDouble(using: &generator))
    case 2:
        return .vector((0..<Int.random(in: 0...5, using: &generator)).map { _ in randomWrittenDouble(using: &generator) })
    default:
        let rows = Int.random(in: 0...4, using: &generator), columns = Int.random(in: 0...4, using: &generator)
        let elements = (0..<(rows * columns)).map { _ in randomWrittenDouble(using: &generator) }
        return (try? Matrix(rows: rows, columns: columns, elements: elements)).map(Value.matrix) ?? .vector([])
    }
}

/// The same kind of value with its numbers slightly changed, or left alone, at random.
private func perturbed(_ value: Value, using generator: inout WrittenValueGenerator) -> Value {
    func nudge(_ x: Double) -> Double {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: x
        case 1: x * (1 + Double.random(in: -1e-3...1e-3, using: &generator))
        default: x + Double.random(in: -1...1, using: &generator)
        }
    }
    switch value {
    case let .integer(n): return .integer(n &+ Int.random(in: -2...2, using: &generator))
    case let .real(x): return .real(nudge(x))
    case let .vector(v): return .vector(v.map(nudge))
    case let .matrix(m): return (try? Matrix(rows: m.rows, columns: m.columns, elements: m.elements.map(nudge))).map(Value.matrix) ?? value
    default: return value
    }
}
