/// A value with named members, such as an attention result (`r.scores`, `r.weights`) or a model (`m.parameters`).
public struct Record: Sendable, Equatable {
    /// One named member.
    public struct Member: Sendable, Equatable {
        /// The member's name, as written after the dot.
        public let name: String
        /// Its value.
        public let value: Value

        /// A member named `name`.
        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// The type name shown in diagnostics (`AttentionResult`, `Model`).
    public let typeName: String
    /// The members, in the order they are listed.
    public let members: [Member]

    /// A record of type `typeName` with `members`.
    public init(typeName: String, members: [Member]) {
        self.typeName = typeName
        self.members = members
    }

    /// The member named `name`, if the record has one.
    public subscript(name: String) -> Value? {
        members.first { $0.name == name }?.value
    }
}
