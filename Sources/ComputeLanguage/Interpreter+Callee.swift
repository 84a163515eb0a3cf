import SwiftSyntax

extension Interpreter {
    /// What a call names: a builtin (`softmax`) or a member of a type (`.padding`, `AttentionMask.padding`).
    struct Callee {
        /// The name, as written before the parentheses (without the type or the dot).
        let name: String
        /// The overloads it may mean.
        let overloads: [Builtin]
        /// Whether arrays of `true` and `false` are accepted as 0/1 arguments (the members of `AttentionMask`).
        let takesFlags: Bool
    }

    /// The builtins a call's callee names: `softmax`, `Model`, or a type's member `.padding` or `AttentionMask.padding`.
    mutating func resolve(_ expression: ExprSyntax, expecting type: ValueType?) throws(Failure) -> Callee {
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.sourceText
            switch binding(of: name)?.binding {
            case let .value(value, _)?: throw error(.notAFunction(value.typeName), at: reference)
            case .failed?: throw .reported
            case nil: break
            }
            let overloads = BuiltinRegistry.named(name)
            guard !overloads.isEmpty else {
                throw error(.unknownName(name), at: reference, notes: NameSuggestion.notes(for: name, among: BuiltinRegistry.names))
            }
            return Callee(name: name, overloads: overloads, takesFlags: false)
        }
        guard let member = expression.as(MemberAccessExprSyntax.self) else {
            // `UnsafePointer<Int>(…)`: a generic type outside the sandbox is refused by its name.
            if let base = expression.as(GenericSpecializationExprSyntax.self)?.expression.as(DeclReferenceExprSyntax.self),
               NameSuggestion.outsideSandbox(base.baseName.text) != nil {
                let name = base.baseName.text
                throw error(.unknownName(name), at: base, notes: NameSuggestion.notes(for: name, among: []))
            }
            throw error(.unsupported("calls of anything but a builtin function"), at: expression)
        }
        let name = member.declName.baseName.sourceText
        let namespace: TypeNamespace
        if let base = member.base {
            guard let found = staticBase(base) else {
                _ = try evaluate(base)
                throw error(.unsupported("calls of anything but a builtin function"), at: expression)
            }
            namespace = found
        } else {
            guard let found = type?.namespace else { throw error(.noContextualBase(name), at: member) }
            namespace = found
        }
        let overloads = namespace.constructors(named: name)
        guard !overloads.isEmpty else {
            if namespace.constant(name) != nil { throw error(.notAFunction(namespace.name), at: member) }
            throw error(.noStaticMember(name, of: namespace.name), at: member.declName, notes: NameSuggestion.notes(for: name, among: namespace.memberNames))
        }
        return Callee(name: name, overloads: overloads, takesFlags: namespace.type == .mask)
    }

    /// The type of an argument whose type has members, such as a mask or a unit, so that `.causal` or `.bits`
    /// can be read there; nil for other arguments.
    static func contextType(label: String?, unlabelledIndex: Int, in overloads: [Builtin]) -> ValueType? {
        for builtin in overloads {
            let parameter = label == nil
                ? builtin.parameters.filter { $0.label == nil }.dropFirst(unlabelledIndex).first
                : builtin.parameters.first { $0.label == label }
            if let type = parameter?.type, type.namespace != nil { return type }
        }
        return nil
    }
}
