/// Read-only access to the reference's runnable examples, for `make swiftc-check`, which compiles each with swiftc.
extension LanguageReference {
    /// Every example of the reference, in the order it lists them: operators, members, the types' constructor
    /// members (`.padding(_:)`…), the builtins by family, then the statements (each a few statements on one line).
    public static var examples: [String] {
        operatorEntries.map(\.example) + memberEntries.map(\.example) + TypeNamespace.all.flatMap(\.constructors).map(\.example)
            + families.flatMap(\.builtins).map(\.example) + statementEntries.map(\.example)
    }
}
