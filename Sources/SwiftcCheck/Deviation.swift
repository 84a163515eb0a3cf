/// A statement that the interpreter and swiftc are known to read differently, left out of the compiled program with
/// its reason (the README lists them). Keep this list short: prefer migrating the lesson or giving ComputeKit an overload.
public struct Deviation: Sendable, Equatable {
    /// The statement's source text as written (for reference examples, the example).
    public var source: String
    /// Where it is, a prefix of its site (`docs/language.md`, `lessons/00-why-transformers.md:12`); "" anywhere.
    public var site: String
    /// Why swiftc reads it differently.
    public var reason: String

    /// A deviation of `source` at sites starting with `site`.
    public init(_ source: String, at site: String = "", _ reason: String) {
        self.source = source
        self.site = site
        self.reason = reason
    }

    /// Whether this deviation is the statement `source` at `site`.
    func matches(site: String, source: String) -> Bool {
        self.source == source && site.hasPrefix(self.site)
    }
}
