import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// `=` or one of `+= -= *= /=` when `infix` is an assignment, else nil.
    static func assignmentOperator(_ infix: InfixOperatorExprSyntax) -> String? {
        if infix.operator.is(AssignmentExprSyntax.self) { return "=" }
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.sourceText else { return nil }
        return ["+=", "-=", "*=", "/="].contains(op) ? op : nil
    }

    /// `target = value` or `target op= value`, where the target is a `var` (`x`), an element (`v[i]`, `m[i, j]`,
    /// `xs[i]`), a dictionary entry (`d[k]`, `d[k, default: 0]`) or a tuple's member (`t.0`). The new value keeps the
    /// variable's type, as in Swift.
    mutating func assign(_ infix: InfixOperatorExprSyntax, operator op: String) throws(Failure) {
        if infix.leftOperand.is(DiscardAssignmentExprSyntax.self), op == "=" {
            _ = try evaluate(infix.rightOperand)
            return
        }
        if let tuple = infix.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1, op == "=" {
            // `(a, b) = (b, a)`: the right side is evaluated whole, then each part assigned.
            let value = try evaluate(infix.rightOperand)
            guard case let .tuple(parts) = value, parts.count == tuple.elements.count else {
                throw error(.cannotAssign(value.typeName, to: "a tuple of \(tuple.elements.count) elements"), at: infix.rightOperand)
            }
            for (element, part) in zip(tuple.elements, parts) {
                try update(element.expression) { interpreter, slot throws(Failure) in
                    guard let old = slot else { slot = part; return }
                    guard let converted = Self.coerce(part, to: old.typeName) else {
                        throw interpreter.error(.cannotAssign(part.typeName, to: old.typeName), at: element.expression)
                    }
                    slot = converted
                }
            }
            return
        }
        try update(infix.leftOperand) { interpreter, slot throws(Failure) in
            if op != "=", case .optional? = slot { throw interpreter.error(.optionalCompound(op), at: infix.leftOperand) }
            let value: Value
            if op == "=" {
                let expected = slot.flatMap { ValueType(annotation: $0.typeName) }
                value = try interpreter.evaluate(infix.rightOperand, expecting: expected)
            } else {
                guard let current = slot else { throw interpreter.error(.optionalCompound(op), at: infix.leftOperand) }
                let rhs = try interpreter.evaluate(infix.rightOperand)
                value = try interpreter.combine(String(op.dropLast()), current, rhs, infix)
            }
            guard let old = slot else {
                if case .optional(nil, "_") = value { return }
                slot = value
                return
            }
            // A target keeps its type (an `Int` still converts to `Double`); `d[k] = nil` removes an entry.
            guard let converted = Self.coerce(value, to: old.typeName) else {
                throw interpreter.error(.cannotAssign(value.typeName, to: old.typeName), at: infix.rightOperand)
            }
            slot = converted
        }
    }

    /// `op` (`+`, `-`, `*`, `/`) applied to two values, arrays concatenating under `+` as in Swift.
    mutating func combine(_ op: String, _ lhs: Value, _ rhs: Value, _ infix: InfixOperatorExprSyntax) throws(Failure) -> Value {
        if op == "+", let joined = try concatenate(lhs, rhs, at: infix) { return joined }
        return try binary(op, lhs, rhs, infix)
    }

    /// `a + b` of two Swift arrays (a list, or a list and an array literal), nil when neither is a list.
    mutating func concatenate(_ lhs: Value, _ rhs: Value, at node: some SyntaxProtocol) throws(Failure) -> Value? {
        let joined: Value
        switch (lhs, rhs) {
        case let (.list(a), .vector(v)) where a.elementType == "Int" || a.elementType == "Double":
            // An array literal of numbers (a `Vector` in swift-compute) added to an array of numbers.
            let isInt = a.elementType == "Int"
            guard !isInt || v.allSatisfy({ $0 == $0.rounded() && abs($0) < 9e15 }) else {
                throw error(.binaryOperands("+", lhs.typeName, rhs.typeName), at: node)
            }
            joined = .list(ValueList(a.elements + v.map { isInt ? .integer(Int($0)) : .real($0) }, of: a.elementType))
        case let (.list(a), _):
            guard case let .list(b)? = Self.coerce(rhs, to: lhs.typeName) else {
                throw error(.binaryOperands("+", lhs.typeName, rhs.typeName), at: node)
            }
            joined = .list(ValueList(a.elements + b.elements, of: a.elementType))
        case let (_, .list(b)):
            guard case let .list(a)? = Self.coerce(lhs, to: rhs.typeName) else {
                throw error(.binaryOperands("+", lhs.typeName, rhs.typeName), at: node)
            }
            joined = .list(ValueList(a.elements + b.elements, of: b.elementType))
        case let (.strings(a), .strings(b)):
            joined = .strings(a + b)
        default:
            return nil
        }
        try charge(joined.footprint, at: node)
        try checkSize(of: joined, at: node)
        return joined
    }

    /// Replaces the value at `target` by what `compute` makes of the current one (`slot`, nil for a dictionary key that
    /// is absent; set to nil to remove the entry).
    ///
    /// A whole variable (`x = …`) is replaced only if the new value fits the lesson's memory budget, else it keeps its
    /// value. A part of one (`m[i, j] = …`, `xs.append(…)`) is changed in place: the variable's value is taken out of
    /// its binding while it changes, so that the only reference is this one and a large matrix is not copied; if the
    /// changed value no longer fits the budget, the variable is left failed (its later uses stay quiet).
    mutating func update(
        _ target: ExprSyntax, inPlace: Bool = false, _ compute: (inout Interpreter, inout Value?) throws(Failure) -> Void
    ) throws(Failure) {
        if let reference = target.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.sourceText
            let site = try mutableSite(of: name, at: reference)
            guard inPlace else {
                var slot = binding(of: name).flatMap { if case let .value(value, _) = $0.binding { value } else { nil } }
                try compute(&self, &slot)
                try store(slot ?? .void, in: name, at: site, node: reference)
                return
            }
            var slot = take(name, at: site)
            do {
                try compute(&self, &slot)
            } catch {
                put(slot ?? .void, in: name, at: site)
                throw error
            }
            let value = slot ?? .void
            let live = Builtin.Cost.sum(environment.liveElements, localLiveElements, value.footprint)
            guard live <= limits.maxLiveElements else {
                throw error(.localMemoryLimit(name, live: live, limit: limits.maxLiveElements), at: reference)
            }
            put(value, in: name, at: site)
            return
        }
        if let access = target.as(SubscriptCallExprSyntax.self) {
            try update(access.calledExpression, inPlace: true) { interpreter, base throws(Failure) in
                guard base != nil else { throw interpreter.error(.optionalCompound("="), at: access.calledExpression) }
                try interpreter.assignElement(of: &base!, access, compute)
            }
            return
        }
        if let member = target.as(MemberAccessExprSyntax.self), let base = member.base,
           let index = Int(member.declName.baseName.sourceText) {
            try update(base, inPlace: true) { interpreter, value throws(Failure) in
                guard case var .tuple(parts)? = value, parts.indices.contains(index) else {
                    throw interpreter.error(.noMember(member.declName.baseName.sourceText, on: value?.typeName ?? "nil"), at: member.declName)
                }
                var part: Value? = parts[index]
                try compute(&interpreter, &part)
                parts[index] = part ?? .void
                value = .tuple(parts)
            }
            return
        }
        throw error(.unsupported("assignments to anything but a variable, an element or a tuple member"), at: target)
    }

    /// Where the `var` named `name` is bound, with swiftc's errors for a constant, an unknown or a captured name.
    private mutating func mutableSite(of name: String, at reference: DeclReferenceExprSyntax) throws(Failure) -> NameSite {
        guard let (binding, site) = binding(of: name) else {
            throw error(.unknownName(name), at: reference, notes: NameSuggestion.notes(for: name, among: visibleNames))
        }
        guard case let .value(_, mutable) = binding else { throw .reported }
        guard mutable else {
            throw error(.assignToLet(name), at: reference, notes: [.init("change 'let' to 'var' to make it mutable")])
        }
        if case let .local(index) = site, scopes[index].isCaptured {
            throw error(.capturedAssignment(name), at: reference)
        }
        return site
    }

    /// Takes the value of `name` out of its binding (leaving it failed), so that the caller holds the only reference.
    private mutating func take(_ name: String, at site: NameSite) -> Value? {
        let binding: Environment.Binding?
        switch site {
        case .global:
            binding = environment[name]
            environment[name] = .failed
        case let .local(index):
            binding = scopes[index].bindings[name]
            scopes[index].bind(name, .failed)
        }
        if case let .value(value, _)? = binding { return value }
        return nil
    }

    /// Puts a value back into the `var` it was taken from.
    private mutating func put(_ value: Value, in name: String, at site: NameSite) {
        switch site {
        case .global: environment[name] = .value(value, mutable: true)
        case let .local(index): scopes[index].bind(name, .value(value, mutable: true))
        }
    }

}

extension String {
    static func cannotAssign(_ type: String, to target: String) -> String {
        "cannot assign value of type '\(type)' to type '\(target)'"
    }

    /// swiftc's "cannot assign to value: 'x' is a 'let' constant".
    static func assignToLet(_ name: String) -> String { "cannot assign to value: '\(name)' is a 'let' constant" }

    static func capturedAssignment(_ name: String) -> String {
        "a closure or nested function in swift-compute cannot change the captured local variable '\(name)'; "
            + "return the new value instead, or use reduce(into:_:)"
    }

    static func optionalCompound(_ op: String) -> String {
        "value of optional type must be unwrapped to use '\(op)'; use d[k, default: 0] \(op) …"
    }

    static let badKey = "a dictionary is subscripted with one key, and optionally 'default:'"

    static func wrongKey(_ type: String, _ expected: String) -> String {
        "cannot convert value of type '\(type)' to expected argument type '\(expected)'"
    }

    static let indexNotInt = "an index must be an 'Int'"

    static func indexOutOfRange(_ index: Int, count: Int, of type: String) -> String {
        count == 0 ? "index \(index) is out of range: the \(type) is empty" : "index \(index) is out of range 0...\(count - 1) of this \(type)"
    }

    static func badSubscript(_ type: String, count: Int) -> String {
        "cannot subscript a value of type '\(type)' with \(count) \(count == 1 ? "index" : "indices")"
    }

    static func noMember(_ name: String, on type: String) -> String { "value of type '\(type)' has no member '\(name)'" }
}
