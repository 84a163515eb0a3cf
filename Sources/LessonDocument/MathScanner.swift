/// Finds TeX math in one block's inline text with pandoc's rules (`tex_math_dollars` and `tex_math_single_backslash`).
///
/// The text is read left to right, as pandoc's inline parser reads it: at `$`, `$$`, `\(` and `\[` math is tried first;
/// code spans, raw HTML, autolinks, bare URLs, link destinations and backslash escapes are stepped over whole, so that
/// nothing inside them is taken for math ("$5 and $10" stays prose, `\$` is a dollar). Every search that could be
/// repeated from many openers is remembered, so the work stays linear in the text, whatever the text.
struct MathScanner {
    /// One span found: its delimiter and its byte positions in the scanned text.
    struct Match: Sendable, Equatable {
        /// How the span is delimited.
        var delimiter: MathSpan.Delimiter
        /// Offset of the opening delimiter.
        var start: Int
        /// Offset just past the opening delimiter.
        var contentStart: Int
        /// Offset of the closing delimiter.
        var contentEnd: Int
        /// Offset just past the closing delimiter.
        var end: Int
    }

    /// One code span stepped over: the byte positions of its backtick runs and content in the scanned text.
    struct CodeSpan: Sendable, Equatable {
        /// Offset of the opening backtick run.
        var start: Int
        /// Offset just past the opening run.
        var contentStart: Int
        /// Offset of the closing run.
        var contentEnd: Int
        /// Offset just past the closing run.
        var end: Int
    }

    /// A remembered search result not yet known.
    static let unknown = -2
    /// A remembered search result: nothing found.
    static let none = -1

    /// The inline text: one block's lines, container prefixes removed, joined with `\n`.
    let text: [UInt8]
    /// For each offset, the offset of the first line feed at or after it (the text's length when there is none).
    let lineFeeds: [Int]
    /// Remembered searches, each an array over offsets (`unknown`, `none`, or the offset found), by search kind.
    var memo: [Search: [Int]] = [:]
    /// The last forward search for each byte sequence: where it started and what it found.
    var lastFind: [[UInt8]: (from: Int, found: Int?)] = [:]
    /// How many `[` (or `![`) openers no `]` has closed yet: cmark-gfm autolinks no bare URL while one is open.
    var openBrackets = 0
    /// The longest backtick run that opens a code span (cmark-gfm's `MAXBACKTICKS`).
    static let maxBacktickRun = 80
    /// For each run length, the offset of the last backtick run of that length a closer search passed (0 before any).
    var lastBacktickRun = [Int](repeating: 0, count: maxBacktickRun + 1)
    /// Whether a closer search has run to the end of the text.
    var backtickSearchReachedEnd = false

    /// A scanner over `text`.
    init(text: [UInt8]) {
        self.text = text
        var lineFeeds = [Int](repeating: text.count, count: text.count + 1)
        var next = text.count
        for index in stride(from: text.count - 1, through: 0, by: -1) {
            if text[index] == Byte.newline { next = index }
            lineFeeds[index] = next
        }
        self.lineFeeds = lineFeeds
    }

    /// Every math span of `text`, in order.
    static func matches(in text: [UInt8]) -> [Match] {
        scan(text).math
    }

    /// Every math span of `text`, every code span read outside math, and the prose: the runs of bytes read one at a time,
    /// outside math, code spans, raw HTML, autolinks, bare URLs, link destinations and backslash escapes; all in order.
    /// With `findingMath` false, no math is looked for (the code spans are then those of plain CommonMark).
    static func scan(_ text: [UInt8], findingMath: Bool = true) -> (math: [Match], codeSpans: [CodeSpan], prose: [Range<Int>]) {
        var scanner = MathScanner(text: text)
        var found: [Match] = []
        var codeSpans: [CodeSpan] = []
        var prose: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if findingMath, let match = scanner.math(at: index) {
                found.append(match)
                index = match.end
            } else if text[index] == Byte.backtick, let span = scanner.codeSpan(at: index) {
                codeSpans.append(span)
                index = span.end
            } else {
                let next = scanner.skip(at: index)
                if next == index + 1, let last = prose.last, last.upperBound == index {
                    prose[prose.count - 1] = last.lowerBound..<next
                } else if next == index + 1 {
                    prose.append(index..<next)
                }
                index = next
            }
        }
        return (found, codeSpans, prose)
    }

    /// The math span that starts at `index`, if one does.
    private mutating func math(at index: Int) -> Match? {
        switch text[index] {
        case Byte.dollar:
            if byte(index + 1) == Byte.dollar, let match = display(at: index, .doubleDollar) { return match }
            return inline(at: index, .dollar)
        case Byte.backslash:
            switch byte(index + 1) {
            case UInt8(ascii: "("): return inline(at: index, .parenthesis)
            case UInt8(ascii: "["): return display(at: index, .bracket)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Where reading goes on after what starts at `index`, which is not math: past a whole construct, or one byte.
    private mutating func skip(at index: Int) -> Int {
        switch text[index] {
        case Byte.backslash: return index + (byte(index + 1).map(Byte.isASCIIPunctuation) == true ? 2 : 1)
        case Byte.backtick: return codeSpanEnd(at: index)
        case UInt8(ascii: "<"): return htmlEnd(at: index) ?? index + 1
        case UInt8(ascii: "["):
            openBrackets += 1
            return index + 1
        case UInt8(ascii: "]"):
            openBrackets = max(openBrackets - 1, 0)
            guard byte(index + 1) == UInt8(ascii: "(") else { return index + 1 }
            return linkDestinationEnd(at: index + 1) ?? index + 1
        default: return bareURLEnd(at: index) ?? index + 1
        }
    }

    /// The byte at `index`, or nil past the end.
    func byte(_ index: Int) -> UInt8? {
        index >= 0 && index < text.count ? text[index] : nil
    }

    /// Whether `sequence` occurs at `index`.
    func has(_ sequence: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + sequence.count <= text.count else { return false }
        for (offset, expected) in sequence.enumerated() where text[index + offset] != expected { return false }
        return true
    }

    /// The offset of the first occurrence of `sequence` at or after `index` (searches move forward, so the last one is reused).
    mutating func find(_ sequence: [UInt8], from index: Int) -> Int? {
        if let last = lastFind[sequence], last.from <= index, last.found.map({ $0 >= index }) ?? true { return last.found }
        var position = max(index, 0)
        var found: Int?
        while position + sequence.count <= text.count {
            if has(sequence, at: position) {
                found = position
                break
            }
            position += 1
        }
        lastFind[sequence] = (index, found)
        return found
    }

    /// Follows `step` from `start` until it gives a result, remembering the result for every offset passed under `kind`.
    ///
    /// `step` returns `.found(offset)`, `.failed`, or `.next(offset)` to go on; a path that reaches an offset already
    /// passed takes that offset's result, so each offset is stepped from at most once per kind.
    mutating func walk(_ kind: Search, from start: Int, step: (inout MathScanner, Int) -> Step) -> Int? {
        if memo[kind] == nil { memo[kind] = [Int](repeating: Self.unknown, count: text.count + 2) }
        var visited: [Int] = []
        var position = start
        var result = Self.none
        while position >= 0, position <= text.count {
            let remembered = memo[kind]?[position] ?? Self.unknown
            if remembered != Self.unknown {
                result = remembered
                break
            }
            visited.append(position)
            switch step(&self, position) {
            case let .found(offset): result = offset
            case .failed: result = Self.none
            case let .next(offset):
                position = offset
                continue
            }
            break
        }
        for offset in visited { memo[kind]?[offset] = result }
        return result >= 0 ? result : nil
    }

    /// One step of a `walk`.
    enum Step {
        case found(Int), failed, next(Int)
    }

    /// The searches whose results are remembered.
    enum Search: Hashable {
        /// The closing delimiter of math, looked for from a unit boundary.
        case closer(MathSpan.Delimiter)
        /// The `}` that closes the brace group opening at an offset.
        case group
        /// The quote that closes a link title.
        case title(UInt8)
    }
}
