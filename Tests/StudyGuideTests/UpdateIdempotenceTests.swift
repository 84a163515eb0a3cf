import Foundation
import LessonDocument
@testable import StudyGuide
import Testing
import TransformerCore

/// `update` on mutated copies of the course: one update is enough, and it changes only result comments and claims.
@Suite("Update idempotence on mutated lessons")
struct UpdateIdempotenceTests {
    /// The repository's `lessons/` folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

    /// The course's lessons, name and text.
    static let lessons: [(name: String, text: String)] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted()
        .compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }

    /// How many mutants one run makes: enough to meet each kind of mutation many times, few enough for a debug build
    /// (about 0.1 s per evaluation of most lessons).
    static let mutantCount = 90

    /// Lessons that take seconds to evaluate in a debug build (08 samples Gaussian matrices of 4,096 columns): they
    /// get one mutant in twenty, so that the suite stays well under a minute.
    static let slowLessons: Set<String> = ["08-orthogonality.md"]

    /// The lesson mutant `index` starts from, chosen by `generator`.
    static func lesson(for index: Int, using generator: inout SplitMix64) -> (name: String, text: String) {
        let slow = lessons.filter { slowLessons.contains($0.name) }
        let fast = lessons.filter { !slowLessons.contains($0.name) }
        let pool = index % 20 == 19 && !slow.isEmpty ? slow : fast
        return pool[Int(generator.next() % UInt64(pool.count))]
    }

    @Test("a second update after the first changes nothing, and the first changes only result comments and claims")
    func testUpdateIsIdempotentOnMutants() {
        #expect(Self.lessons.count >= 10)
        var generator = SplitMix64(seed: 0x5EED_0010)
        var ran = 0
        var updated = 0
        var needingSecond: [String] = []
        var outsideGenerated: [String] = []
        for index in 0..<Self.mutantCount {
            let (name, original) = Self.lesson(for: index, using: &generator)
            var mutator = LessonMutator(text: original)
            let description = mutator.mutate(using: &generator)
            let mutant = mutator.text
            let label = "mutant \(index) of \(name): \(description)"
            let first = LessonEvaluator.evaluate(Lesson(path: "lessons/" + name, source: mutant))
            ran += 1
            guard !first.edits.isEmpty else { continue }
            updated += 1
            let once = mutant.applying(first.edits)
            let second = LessonEvaluator.evaluate(Lesson(path: "lessons/" + name, source: once))
            if once.applying(second.edits) != once {
                needingSecond.append(label)
            }
            if GeneratedSpans.removed(from: mutant) != GeneratedSpans.removed(from: once) {
                outsideGenerated.append(label)
            }
        }
        print("update idempotence: \(ran) mutants, \(updated) updated, \(needingSecond.count) needed a second update, "
            + "\(outsideGenerated.count) changed bytes outside result comments and claims")
        #expect(ran == Self.mutantCount)
        #expect(updated > Self.mutantCount / 4, "too few mutants needed an update to test anything")
        #expect(needingSecond.isEmpty, "\(needingSecond)")
        #expect(outsideGenerated.isEmpty, "\(outsideGenerated)")
    }

    @Test("the mutator is deterministic and makes each kind of mutation")
    func testMutatorCoversEveryKind() {
        var generator = SplitMix64(seed: 0x5EED_0010)
        var again = SplitMix64(seed: 0x5EED_0010)
        var kinds = Set<String>()
        for _ in 0..<200 {
            let source = Self.lessons[0].text
            var one = LessonMutator(text: source)
            var two = LessonMutator(text: source)
            let description = one.mutate(using: &generator)
            #expect(two.mutate(using: &again) == description)
            #expect(one.text == two.text)
            for kind in description.split(separator: ", ") { kinds.insert(String(kind.prefix { $0 != " " })) }
        }
        #expect(kinds.isSuperset(of: ["perturb", "delete", "duplicate", "swap", "crlf", "cr", "mixed", "blank", "strip", "input"]))
    }
}

/// The text of a lesson without what `update` may write: result comments (`// => …` and their `//    [...]`
/// continuation lines, with the spaces before them) and the written value of claims (`{swift} expr => …`).
/// Line endings are kept, so a changed ending shows as a difference.
enum GeneratedSpans {
    /// `text` with every generated span removed, line by line with each line's own ending.
    static func removed(from text: String) -> [String] {
        var lines: [String] = []
        var content = ""
        for character in withoutClaimValues(text) {
            guard character == "\n" || character == "\r\n" || character == "\r" else {
                content.append(character)
                continue
            }
            if let kept = stripped(content) { lines.append(kept + String(character).unicodeScalars.map { $0 == "\r" ? "␍" : "␊" }.joined()) }
            content = ""
        }
        if let kept = stripped(content), !content.isEmpty { lines.append(kept) }
        return lines
    }

    /// A line without its result comment, or nil for a continuation line (which only `update` writes).
    private static func stripped(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        if trimmed.hasPrefix("//"), trimmed.dropFirst(2).drop(while: { $0 == " " }).hasPrefix("[") { return nil }
        var kept = line
        while kept.last == " " || kept.last == "\t" { kept.removeLast() }
        var searchStart = kept.startIndex
        while let slashes = kept.range(of: "//", range: searchStart..<kept.endIndex) {
            if kept[slashes.upperBound...].drop(while: { $0 == " " }).hasPrefix("=>") {
                kept = String(kept[..<slashes.lowerBound])
                while kept.last == " " || kept.last == "\t" { kept.removeLast() }
                break
            }
            searchStart = slashes.upperBound
        }
        return kept
    }

    /// The text with the written part of each claim (`` `{swift} expr => 0.867` `` → `` `{swift} expr =>` ``) removed.
    private static func withoutClaimValues(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "`{swift}") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "`") else { break }
            let span = rest[..<close]
            if let arrow = span.range(of: "=>") { result += span[..<arrow.upperBound] } else { result += span }
            rest = rest[close...]
        }
        return result + rest
    }
}

/// Seeded mutations of a lesson's text: perturbed written values and inputs, emptied or removed result comments, deleted, duplicated and swapped lines, and
/// CRLF, lone CR or mixed line endings.
struct LessonMutator {
    /// The lines of the text with their own endings.
    private var lines: [(content: String, ending: String)]

    /// A mutator starting from `text`.
    init(text: String) {
        lines = []
        var content = ""
        var iterator = Array(text).makeIterator()
        while let character = iterator.next() {
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append((content, String(character)))
                content = ""
            } else {
                content.append(character)
            }
        }
        if !content.isEmpty { lines.append((content, "")) }
    }

    /// The mutated text.
    var text: String { lines.map { $0.content + $0.ending }.joined() }

    /// Applies one to three random mutations and describes them (`perturb 41, swap 17`).
    mutating func mutate(using generator: inout SplitMix64) -> String {
        var done: [String] = []
        let count = 1 + Int(generator.next() % 3)
        for _ in 0..<count {
            switch generator.next() % 11 {
            case 0, 1, 2: done.append(perturb(using: &generator))
            case 8: done.append(clearResult(using: &generator))
            case 9: done.append(perturbInput(using: &generator))
            case 3: done.append(delete(using: &generator))
            case 4: done.append(duplicate(using: &generator))
            case 5: done.append(swap(using: &generator))
            case 6, 7: done.append(changeEndings(using: &generator))
            default: done.append(perturb(using: &generator))
            }
        }
        return done.joined(separator: ", ")
    }

    /// Lines inside `swift-compute` blocks (most mutations aim there, so that mutants still evaluate).
    private var codeLines: [Int] {
        var inside = false
        var result: [Int] = []
        for (index, line) in lines.enumerated() {
            if line.content.hasPrefix("```") {
                inside = !inside && line.content.hasPrefix("```swift-compute")
            } else if inside {
                result.append(index)
            }
        }
        return result
    }

    /// A line to mutate: within a block three times in four, anywhere otherwise.
    private func someLine(using generator: inout SplitMix64) -> Int {
        let code = codeLines
        if !code.isEmpty, generator.next() % 4 != 0 { return code[Int(generator.next() % UInt64(code.count))] }
        return Int(generator.next() % UInt64(max(lines.count, 1)))
    }

    /// Changes one digit of a written result or claim (or of any line with a digit when there is none).
    private mutating func perturb(using generator: inout SplitMix64) -> String {
        let written = lines.indices.filter {
            let content = lines[$0].content
            return content.contains("=>") || content.trimmingCharacters(in: .whitespaces).hasPrefix("//    [")
        }
        guard !written.isEmpty else { return "perturb none" }
        let index = written[Int(generator.next() % UInt64(written.count))]
        var characters = Array(lines[index].content)
        let start = characters.firstIndex(of: ">") ?? 0
        let digits = characters.indices.filter { $0 > start && characters[$0].isASCII && characters[$0].isNumber }
        guard !digits.isEmpty else { return "perturb none" }
        let position = digits[Int(generator.next() % UInt64(digits.count))]
        let old = characters[position].wholeNumberValue ?? 0
        characters[position] = Character(String((old + 1 + Int(generator.next() % 9)) % 10))
        lines[index].content = String(characters)
        return "perturb \(index + 1)"
    }

    /// Changes one digit of a block's code before any comment (an input, a size, an index), so that values and
    /// shapes change under their written results.
    private mutating func perturbInput(using generator: inout SplitMix64) -> String {
        let code = codeLines.filter { !lines[$0].content.hasPrefix("//") }
        guard !code.isEmpty else { return "input none" }
        let index = code[Int(generator.next() % UInt64(code.count))]
        var characters = Array(lines[index].content)
        let end = lines[index].content.range(of: "//").map { lines[index].content.distance(from: lines[index].content.startIndex, to: $0.lowerBound) }
            ?? characters.count
        let digits = characters.indices.filter { $0 < end && characters[$0].isASCII && characters[$0].isNumber }
        guard !digits.isEmpty else { return "input none" }
        let position = digits[Int(generator.next() % UInt64(digits.count))]
        let old = characters[position].wholeNumberValue ?? 0
        characters[position] = Character(String((old + 1 + Int(generator.next() % 9)) % 10))
        lines[index].content = String(characters)
        return "input \(index + 1)"
    }

    /// Empties a result comment's value (`// =>`, a placeholder) or removes the `// => …` of a line altogether.
    private mutating func clearResult(using generator: inout SplitMix64) -> String {
        let written = lines.indices.filter { lines[$0].content.contains("// =>") }
        guard !written.isEmpty else { return "clear none" }
        let index = written[Int(generator.next() % UInt64(written.count))]
        let content = lines[index].content
        guard let arrow = content.range(of: "// =>") else { return "clear none" }
        let blank = generator.next() % 2 == 0
        lines[index].content = blank ? String(content[..<arrow.upperBound]) : String(content[..<arrow.lowerBound])
        return (blank ? "blank " : "strip ") + String(index + 1)
    }

    private mutating func delete(using generator: inout SplitMix64) -> String {
        guard lines.count > 1 else { return "delete none" }
        let index = someLine(using: &generator)
        lines.remove(at: index)
        return "delete \(index + 1)"
    }

    private mutating func duplicate(using generator: inout SplitMix64) -> String {
        guard !lines.isEmpty else { return "duplicate none" }
        let index = someLine(using: &generator)
        var copy = lines[index]
        if copy.ending.isEmpty { copy.ending = "\n" }
        lines.insert(copy, at: index)
        return "duplicate \(index + 1)"
    }

    private mutating func swap(using generator: inout SplitMix64) -> String {
        guard lines.count > 2 else { return "swap none" }
        let index = min(someLine(using: &generator), lines.count - 2)
        let (first, second) = (lines[index].content, lines[index + 1].content)
        lines[index].content = second
        lines[index + 1].content = first
        return "swap \(index + 1)"
    }

    /// Every line ending made CRLF or a lone CR, or each line's chosen at random among the three.
    private mutating func changeEndings(using generator: inout SplitMix64) -> String {
        let kind = generator.next() % 3
        for index in lines.indices where !lines[index].ending.isEmpty {
            switch kind {
            case 0: lines[index].ending = "\r\n"
            case 1: lines[index].ending = "\r"
            default: lines[index].ending = ["\n", "\r\n", "\r"][Int(generator.next() % 3)]
            }
        }
        return ["crlf", "cr", "mixed"][Int(kind)]
    }
}
