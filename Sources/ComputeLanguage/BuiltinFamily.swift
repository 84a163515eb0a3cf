/// A group of related builtins, as the language reference lists them: softmax and entropy, attention, models, …
public struct BuiltinFamily: Sendable {
    /// The family's heading, e.g. "Softmax and entropy".
    public let name: String
    /// What the family is for, in one line.
    public let summary: String
    /// Its builtins, in the order the reference lists them.
    public let builtins: [Builtin]

    /// A family named `name`.
    init(_ name: String, summary: String, builtins: [Builtin]) {
        self.name = name
        self.summary = summary
        self.builtins = builtins
    }
}
