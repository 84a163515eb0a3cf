extension Record {
    /// The name of the member that holds an enum case's name.
    static let caseMember = "case"

    /// An enum case as a record: `.causal` is an `AttentionMask` whose `case` member is "causal", then its payload.
    static func enumCase(_ type: String, _ name: String, payload: [Member] = []) -> Record {
        Record(typeName: type, members: [Member(caseMember, .string(name))] + payload)
    }

    /// The case's name if this record is an enum case (`causal` for `.causal`), else nil.
    public var caseName: String? {
        guard case let .string(name)? = members.first?.value, members.first?.name == Self.caseMember else { return nil }
        return name
    }

    /// The case as a value of the Swift enum `E` whose raw value is the case's name, if this record is one.
    func enumValue<E: RawRepresentable>(_: E.Type) -> E? where E.RawValue == String {
        caseName.flatMap(E.init(rawValue:))
    }
}
