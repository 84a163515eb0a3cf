import TransformerCore

extension TypeNamespace {
    /// Every type with static members, in the order the language reference lists them.
    static let all: [TypeNamespace] = [
        .int, .double, .model, .attentionMask, .informationUnit, .activation, .accounting, .parameterComponent, .precision,
        .normKind, .positionKind, .mlpKind,
    ]

    /// The type called `name`, if it has static members.
    static func named(_ name: String) -> TypeNamespace? {
        all.first { $0.name == name }
    }

    /// Every type name, for suggestions.
    static let names: [String] = all.map(\.name)

    /// A namespace of the cases of a Swift enum, each a record whose `case` member is its raw value.
    static func enumeration<E: CaseIterable & RawRepresentable>(
        _: E.Type, as type: ValueType, summary: String, cases: (E) -> String
    ) -> TypeNamespace where E.RawValue == String {
        TypeNamespace(type, summary: summary, constants: E.allCases.map { item in
            Constant(name: item.rawValue, summary: cases(item), value: .record(.enumCase(type.rawValue, item.rawValue)))
        })
    }
}

extension ValueType {
    /// The namespace of this type's static members, if it has any.
    var namespace: TypeNamespace? {
        TypeNamespace.named(rawValue)
    }
}
