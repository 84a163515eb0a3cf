#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One leaf of a value's canonical form: where it stands in the value, what it is, and its exact text.
///
/// A value is written as its leaves, one per line: a vector is its count, then each element at `[i]`; a matrix its shape,
/// then each element at `[i, j]`; a record its type, then each member at `.name`; an enum case its type and case. Reals
/// are written in Swift's shortest round-trip form, so `Double(text)` gives the same bits back.
public struct CanonicalLeaf: Equatable, Sendable {
    /// Where in the value: "" for the value itself, `[1, 2]`, `.weights[0, 1]`, `.heads[1].scores`.
    public let path: String
    /// What the leaf is: `Int`, `Double`, `Bool`, `String`, or a structure's type (`Vector`, `Matrix`, `AttentionResult`…).
    public let kind: String
    /// Its value as text (a count, a shape, a case name, or "").
    public let text: String

    /// A leaf at `path`.
    public init(_ path: String, _ kind: String, _ text: String) {
        self.path = path
        self.kind = kind
        self.text = text
    }

    /// The leaf as one tab-separated line after `site`; tabs, newlines and backslashes in text are escaped.
    public func line(site: String) -> String {
        [site, path, kind, Self.escaped(text)].joined(separator: "\t")
    }

    /// `text` with `\`, tab and newline escaped as `\\`, `\t`, `\n`.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\t", "\\t").replacingOccurrences("\n", "\\n")
    }
}

/// A value that can write its canonical form, for comparison with the interpreter's.
public protocol CanonicalValue {
    /// Appends this value's leaves at `path` to `leaves`.
    func canonical(_ path: String, into leaves: inout [CanonicalLeaf])
}

extension CanonicalValue {
    /// The value's leaves.
    public var canonicalLeaves: [CanonicalLeaf] {
        var leaves: [CanonicalLeaf] = []
        canonical("", into: &leaves)
        return leaves
    }
}

/// What the program that `make swiftc-check` generates prints: each shown value and each expectation, with its site.
public enum CanonicalOutput {
    /// Prints the leaves of `value`, shown by the statement at `site` (`lesson.md:line:column`), and returns it.
    @discardableResult
    public static func show<T: CanonicalValue>(_ site: String, _ value: T) -> T {
        for leaf in value.canonicalLeaves { print(leaf.line(site: site)) }
        // Flushed at once, so that a later stop (a broken requirement) leaves every value before it in the output.
        fflush(nil)
        return value
    }

    /// Prints the outcome of the `#expect` at `site` as a `Bool` leaf of kind `expect`.
    public static func expect(_ site: String, _ condition: Bool) {
        print(CanonicalLeaf("", "expect", String(condition)).line(site: site))
        fflush(nil)
    }
}

extension String {
    /// The string with every `target` replaced by `replacement` (the standard library alone, no Foundation).
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
