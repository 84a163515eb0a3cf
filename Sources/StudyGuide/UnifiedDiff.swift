/// A line diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with three lines of context),
/// as `check --diff` prints what `update` or `build` would change.
public enum UnifiedDiff {
    /// One line of an edit script.
    private enum Line: Equatable {
        case same(Substring)
        case removed(Substring)
        case added(Substring)
    }

    /// The diff turning `old` into `new`, or "" when they are equal.
    public static func diff(_ old: String, _ new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let script = editScript(lines(old), lines(new))
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard let change = script[index...].firstIndex(where: { if case .same = $0 { false } else { true } }) else { break }
            let start = max(index, change - context)
            var end = change
            var quiet = 0
            while end < script.count, quiet <= 2 * context {
                if case .same = script[end] { quiet += 1 } else { quiet = 0 }
                end += 1
            }
            end = min(script.count, end - max(0, quiet - context))
            output += hunk(script, start..<end)
            index = end
        }
        return output
    }

    private static func hunk(_ script: [Line], _ range: Range<Int>) -> String {
        var oldStart = 1
        var newStart = 1
        for line in script[..<range.lowerBound] {
            switch line {
            case .same: oldStart += 1; newStart += 1
            case .removed: oldStart += 1
            case .added: newStart += 1
            }
        }
        var oldCount = 0
        var newCount = 0
        var body = ""
        for line in script[range] {
            switch line {
            case let .same(text): oldCount += 1; newCount += 1; body += " \(text)\n"
            case let .removed(text): oldCount += 1; body += "-\(text)\n"
            case let .added(text): newCount += 1; body += "+\(text)\n"
            }
        }
        let oldHead = oldCount == 0 ? oldStart - 1 : oldStart
        let newHead = newCount == 0 ? newStart - 1 : newStart
        return "@@ -\(oldHead),\(oldCount) +\(newHead),\(newCount) @@\n" + body
    }

    private static func lines(_ text: String) -> [Substring] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The edit script of a longest common subsequence: the common prefix and suffix are trimmed first,
    /// so that the quadratic table only covers the changed middle.
    private static func editScript(_ a: [Substring], _ b: [Substring]) -> [Line] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        var middle: [Line] = []
        if x.count * y.count > 4_000_000 {
            middle = x.map(Line.removed) + y.map(Line.added)
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < x.count || j < y.count {
                if i < x.count, j < y.count, x[i] == y[j] {
                    middle.append(.same(x[i])); i += 1; j += 1
                } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                    middle.append(.removed(x[i])); i += 1
                } else {
                    middle.append(.added(y[j])); j += 1
                }
            }
        }
        return a[..<prefix].map(Line.same) + middle + a[(a.count - suffix)...].map(Line.same)
    }
}
