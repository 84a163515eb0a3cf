/// A type whose static members a block can name: `Model.gpt3`, `AttentionMask.causal`, or `.causal` where the
/// type of an argument says which type is meant (Swift's implicit member expressions).
struct TypeNamespace: Sendable {
    /// A static member that is a value, such as `.causal` or `Model.gpt3`.
    struct Constant: Sendable {
        /// The member's name, as written after the dot.
        let name: String
        /// What it stands for, in one line.
        let summary: String
        /// Its value.
        let value: Value
    }

    /// The type, whose raw value is the name written before the dot.
    let type: ValueType
    /// What the type is, in one line.
    let summary: String
    /// The members that are values.
    let constants: [Constant]
    /// The members that are called with arguments, such as `.padding(_:)`; their names are the members' names.
    let constructors: [Builtin]

    /// A namespace for `type` with its members.
    init(_ type: ValueType, summary: String, constants: [Constant], constructors: [Builtin] = []) {
        self.type = type
        self.summary = summary
        self.constants = constants
        self.constructors = constructors
    }

    /// The type's name, e.g. `AttentionMask`.
    var name: String { type.rawValue }

    /// The value of the constant member `name`, if there is one.
    func constant(_ name: String) -> Value? {
        constants.first { $0.name == name }?.value
    }

    /// The constructor members called `name`.
    func constructors(named name: String) -> [Builtin] {
        constructors.filter { $0.name == name }
    }

    /// Every member's name, for suggestions.
    var memberNames: [String] {
        constants.map(\.name) + constructors.map(\.name)
    }
}
