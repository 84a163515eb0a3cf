import ComputeLanguage
import LessonDocument

/// `check --strict`: the numbers typed in a lesson's prose that neither a claim nor an inline expression ties to a
/// computation, as warnings at the numbers.
public enum UntiedNumbers {
    /// One warning for each of `lesson`'s prose numbers (see `ProseNumber`) whose value is not, up to its sign, the
    /// value of a numeric literal of its cells or inline expressions (an input the author typed, such as `0.5` in
    /// `softmax(z, temperature: 0.5)`) or of a number written with its source (a sourced number or a sourced claim's,
    /// which the author took from outside); `0.50` and `0.5` are the same value, and `50%` is 0.5. Sourced numbers are
    /// code spans, never prose, so they are not flagged themselves.
    public static func diagnostics(for lesson: Lesson) -> [Diagnostic] {
        let numbers = ProseNumber.numbers(in: lesson)
        guard !numbers.isEmpty else { return [] }
        let code = lesson.cells.map(\.code) + lesson.inlineExpressions.map(\.expression)
        let sourced = lesson.inlineExpressions.filter { $0.source != nil }.compactMap { $0.written.flatMap(WrittenNumber.parse)?.value }
        let inputs = (code.flatMap(NumericLiterals.magnitudes(in:)) + sourced.map(abs)).sorted()
        return numbers.filter { number in
            guard let value = number.value else { return true }
            return !contains(inputs, magnitude: abs(value))
        }.map { .numberNotTied($0.text, path: lesson.path, at: $0.location) }
    }

    /// Whether sorted `values` hold `magnitude`, up to a relative 1e-12 (both sides are decimals read to the nearest double).
    static func contains(_ values: [Double], magnitude: Double) -> Bool {
        let slack = 1e-12 * magnitude
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < magnitude - slack { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] <= magnitude + slack
    }
}

extension Diagnostic {
    /// A number typed in prose that no claim or inline expression ties to a computation (`check --strict`).
    static func numberNotTied(_ text: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, "number not tied to a computation: \(text)", path: path, at: location,
                   notes: [.init("write it as a claim, `{swift} expr => \(text)`, to have it computed and checked")])
    }
}
