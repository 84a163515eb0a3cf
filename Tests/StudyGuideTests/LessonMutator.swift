import Foundation
import TransformerCore

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
