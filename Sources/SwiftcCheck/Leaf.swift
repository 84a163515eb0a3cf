/// One leaf of a value's canonical form, as ComputeKit's `CanonicalLeaf` prints it: its path in the value, its kind and
/// its exact text. The two sides are written apart (ComputeKit in the compiled program, `Value+Leaves` here) and meet in
/// this text format only.
public struct Leaf: Equatable, Sendable {
    /// Where in the value ("" for the value itself, `[1, 2]`, `.weights[0, 1]`).
    public var path: String
    /// `Int`, `Double`, `Bool`, `String`, `Percent`, `expect`, or a structure's type (`Vector`, `Matrix`, `Model`…).
    public var kind: String
    /// The value as text (a real in Swift's shortest round-trip form).
    public var text: String

    /// A leaf at `path`.
    public init(_ path: String, _ kind: String, _ text: String) {
        self.path = path
        self.kind = kind
        self.text = text
    }

    /// Whether this leaf holds a real, compared within a relative tolerance rather than exactly.
    public var isReal: Bool { kind == "Double" || kind == "Percent" }

    /// `.weights[0, 1] = 0.25 (Double)`, for messages.
    public var display: String {
        "\(path.isEmpty ? "value" : path) = \(text.isEmpty ? "" : text + " ")(\(kind))"
    }

    /// The site and leaf of one line of the program's output, `site⇥path⇥kind⇥text`; nil for any other line.
    public static func parse(line: Substring) -> (site: String, leaf: Leaf)? {
        let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4 else { return nil }
        return (String(fields[0]), Leaf(String(fields[1]), String(fields[2]), unescaped(fields[3])))
    }

    /// Text with ComputeKit's escapes `\\`, `\t`, `\n` undone.
    static func unescaped(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// One value shown by a statement (or one `#expect` outcome), with where the statement stands.
public struct ShownValue: Equatable, Sendable {
    /// `lessons/01-words-to-vectors.md:12:1`, or `docs/language.md:57` for a reference example.
    public var site: String
    /// The value's leaves, in order.
    public var leaves: [Leaf]

    /// A value shown at `site`.
    public init(site: String, leaves: [Leaf]) {
        self.site = site
        self.leaves = leaves
    }

    /// The values in a program's output, in order: a value starts at each leaf whose path is empty.
    public static func parse(output: String) -> [ShownValue] {
        var values: [ShownValue] = []
        for line in output.split(separator: "\n") {
            guard let (site, leaf) = Leaf.parse(line: line) else { continue }
            if leaf.path.isEmpty || values.last?.site != site {
                values.append(ShownValue(site: site, leaves: [leaf]))
            } else {
                values[values.count - 1].leaves.append(leaf)
            }
        }
        return values
    }
}
