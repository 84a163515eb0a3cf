/// A result as written after `// =>`: one number, a vector on one line, or a matrix written one row per line.
public enum WrittenResult: Sendable, Hashable {
    /// One number: `// => 0.802`.
    case number(LocatedNumber)
    /// A vector, or a single matrix row: `// => [0.665, 0.245, 0.090]` (`[]` when empty).
    case vector([LocatedNumber])
    /// Two or more rows of equal length, the first on the `// =>` line, the others on `//    [...]` lines.
    case matrix([[LocatedNumber]])
    /// A value written as Swift writes it and compared as text: a string (`"cat"`), `true` or `false`, a tuple
    /// (`(2, 0.500)`), `nil`, an array of strings, Bools or tuples, a dictionary; `range` is where the text is.
    case exact(String, range: Range<Int>)

    /// Every written number, row by row.
    public var numbers: [LocatedNumber] {
        switch self {
        case let .number(n): [n]
        case let .vector(ns): ns
        case let .matrix(rows): rows.flatMap { $0 }
        case .exact: []
        }
    }

    /// The written shape in words: `a number`, `a vector of 3 numbers`, `a 2×3 matrix`.
    public var shapeDescription: String {
        switch self {
        case .number: "a number"
        case let .vector(ns): "a vector of \(ns.count) number\(ns.count == 1 ? "" : "s")"
        case let .matrix(rows): "a \(rows.count)×\(rows.first?.count ?? 0) matrix"
        case let .exact(text, _): "the value \(text)"
        }
    }

    /// The decimals (in units of the value) of the first number that has some, to write a fresh result with.
    public var precision: Int? {
        numbers.lazy.compactMap(\.number.valuePrecision).first
    }
}
