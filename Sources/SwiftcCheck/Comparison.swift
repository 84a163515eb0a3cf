/// The values the interpreter showed beside the values the compiled program printed: equal kinds and paths, integers,
/// strings and booleans exactly, reals within 1e-12 relative (|a − b| ≤ 1e-12·max(|a|, |b|), equal infinities, NaN
/// with NaN), vectors, matrices and records leaf by leaf.
public struct Comparison: Sendable {
    /// The relative tolerance of reals.
    public static let tolerance = 1e-12

    /// The values compared (shown values and `#expect` outcomes).
    public private(set) var values = 0
    /// The leaves compared (every number of every vector and matrix).
    public private(set) var leaves = 0
    /// Each difference, located: `site: at path: interpreter X, swiftc Y`.
    public private(set) var mismatches: [String] = []
    /// The values that are a `Vector` in the interpreter and an `[Int]` of the same numbers in Swift: an untyped literal
    /// of integers (a listed deviation, until the interpreter reads such a literal as Swift does).
    public private(set) var integerLiterals: [String] = []

    /// Compares `expected` (the interpreter's) with `actual` (the program's) site by site: the values shown at one site
    /// (several when a statement runs more than once) must match in number and in order; the order across sites does
    /// not matter. Mismatches come in the order the interpreter showed its values.
    public init(expected: [ShownValue], actual: [ShownValue]) {
        let printed = Dictionary(grouping: actual, by: \.site)
        let shown = Dictionary(grouping: expected, by: \.site)
        for site in Self.sites(expected) {
            let want = shown[site] ?? [], got = printed[site] ?? []
            guard !got.isEmpty else {
                mismatches.append("\(site): swiftc printed no value here (the program stopped before, or never ran it); interpreter \(want[0].leaves.first?.display ?? "")")
                continue
            }
            if want.count != got.count {
                mismatches.append("\(site): the interpreter showed \(want.count) values here, swiftc printed \(got.count)")
            }
            for (one, other) in zip(want, got) {
                values += 1
                compare(one, other)
            }
        }
        for site in Self.sites(actual) where shown[site] == nil {
            mismatches.append("\(site): swiftc printed a value the interpreter did not show: \(printed[site]?[0].leaves.first?.display ?? "")")
        }
    }

    /// The distinct sites of `values`, in the order they first appear.
    private static func sites(_ values: [ShownValue]) -> [String] {
        var seen: Set<String> = []
        return values.map(\.site).filter { seen.insert($0).inserted }
    }

    /// Whether every value matched.
    public var passed: Bool { mismatches.isEmpty }

    /// Compares the leaves of one value.
    private mutating func compare(_ want: ShownValue, _ got: ShownValue) {
        if Self.isIntegerLiteral(want.leaves, got.leaves) {
            integerLiterals.append(want.site)
            leaves += want.leaves.count
            return
        }
        for index in 0..<max(want.leaves.count, got.leaves.count) {
            guard index < want.leaves.count, index < got.leaves.count else {
                mismatches.append("\(want.site): the values differ in size: interpreter \(want.leaves.count) leaves, swiftc \(got.leaves.count)")
                return
            }
            let (a, b) = (want.leaves[index], got.leaves[index])
            leaves += 1
            if !Self.equal(a, b) {
                mismatches.append("\(want.site): interpreter \(a.display), swiftc \(b.display)")
                return
            }
        }
    }

    /// Whether `vector` is an interpreter `Vector` and `list` a Swift `[Int]` of exactly the same numbers.
    static func isIntegerLiteral(_ vector: [Leaf], _ list: [Leaf]) -> Bool {
        guard vector.count == list.count, vector.first?.kind == "Vector", list.first?.kind == "List",
              vector.first?.text == list.first?.text else { return false }
        return zip(vector.dropFirst(), list.dropFirst()).allSatisfy { x, n in
            x.path == n.path && x.kind == "Double" && n.kind == "Int" && Double(x.text) == Double(n.text)
        }
    }

    /// Whether two leaves agree: same path and kind, and the same text (reals within the tolerance).
    public static func equal(_ a: Leaf, _ b: Leaf) -> Bool {
        guard a.path == b.path, a.kind == b.kind else { return false }
        guard a.isReal, let x = Double(a.text), let y = Double(b.text) else { return a.text == b.text }
        if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
        if x == y { return true }
        return abs(x - y) <= tolerance * max(abs(x), abs(y))
    }
}
