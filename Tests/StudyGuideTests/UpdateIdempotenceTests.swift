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
