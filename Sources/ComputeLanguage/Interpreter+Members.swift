import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// `m.T`, `m.shape`, `v.count`, a record's members (`r.weights`), and a type's members (`Model.gpt3`).
    mutating func memberAccess(_ member: MemberAccessExprSyntax) throws(Failure) -> Value {
        let name = member.declName.baseName.sourceText
        guard let baseExpression = member.base else {
            throw error(.noContextualBase(name), at: member)
        }
        if let namespace = staticBase(baseExpression) {
            return try staticMember(name, of: namespace, at: member)
        }
        let base = try evaluate(baseExpression)
        if case let .matrix(m) = base, name == "T" {
            try charge(Value.matrix(m).footprint, at: member)
            return .matrix(m.transposed)
        }
        if let value = try collectionMember(name, of: base, at: member) { return value }
        if let value = base.member(name) { return value }
        throw error(.noMember(name, on: base.typeName), at: member.declName, notes: NameSuggestion.notes(for: name, among: base.memberNames))
    }

    /// The type named by `expression` when it is a type with members (`Model`) that no binding of the lesson hides.
    func staticBase(_ expression: ExprSyntax) -> TypeNamespace? {
        guard let reference = expression.as(DeclReferenceExprSyntax.self), binding(of: reference.baseName.sourceText) == nil else { return nil }
        return TypeNamespace.named(reference.baseName.sourceText)
    }

    /// The member `name` of a type: a value such as `Model.gpt3` or `.causal`; a member that takes arguments
    /// (`.padding`) must be called.
    mutating func staticMember(_ name: String, of namespace: TypeNamespace, at member: MemberAccessExprSyntax) throws(Failure) -> Value {
        if let value = namespace.constant(name) { return value }
        if let constructor = namespace.constructors(named: name).first {
            throw error(.memberNotCalled(name), at: member.declName, notes: [.init("for example: \(constructor.example)")])
        }
        throw error(
            .noStaticMember(name, of: namespace.name), at: member.declName,
            notes: NameSuggestion.notes(for: name, among: namespace.memberNames))
    }
}

extension String {
    /// swiftc's "cannot infer contextual base in reference to member 'causal'".
    static func noContextualBase(_ name: String) -> String { "cannot infer contextual base in reference to member '\(name)'" }

    /// swiftc's "type 'Model' has no member 'gpt4'".
    static func noStaticMember(_ name: String, of type: String) -> String { "type '\(type)' has no member '\(name)'" }
}

private extension String {
    static func memberNotCalled(_ name: String) -> String { "member '\(name)' must be called with arguments" }
}
