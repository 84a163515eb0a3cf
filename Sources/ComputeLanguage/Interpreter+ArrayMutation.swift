import SwiftSyntax

extension Interpreter {
    /// `xs.append(x)`, `xs.append(contentsOf: ys)`, `xs.removeLast()`, `xs.removeAll()`, `xs.insert(x, at: i)` on a `var`:
    /// the arguments are evaluated and checked first, then the array changes in place.
    mutating func mutate(_ name: String, _ baseExpression: ExprSyntax, _ call: FunctionCallExprSyntax) throws(Failure) {
        let labels = written(call).map(\.label)
        try update(baseExpression, inPlace: true) { interpreter, slot throws(Failure) in
            // Only facts about the array are kept, not a second reference to it, so that it can change in place.
            let currentType = slot?.typeName ?? "nil"
            guard slot?.collectionCount != nil, slot.map({ if case .list = $0 { true } else if case .vector = $0 { true } else if case .strings = $0 { true } else { false } }) == true else {
                throw interpreter.error(.noMethod(name, currentType), at: call.calledExpression)
            }
            let typeName = interpreter.elementType(of: slot ?? .void)
            let template = interpreter.sameKind(as: slot ?? .void, [])
            let count = slot?.collectionCount ?? 0
            let elementCount = slot?.elementCount ?? 0
            var added: [Value] = []
            var insertion: Int?
            func fit(_ value: Value, at node: ExprSyntax) throws(Failure) -> Value {
                guard let fitted = typeName == "_" ? value : Self.coerce(value, to: typeName) else {
                    throw interpreter.error(.argumentType(value.typeName, typeName), at: node)
                }
                return fitted
            }
            switch (name, labels) {
            case ("append", [nil]):
                let argument = try interpreter.expectLabels(call, name, [nil])[0]
                added = [try fit(try interpreter.evaluate(argument), at: argument)]
            case ("append", ["contentsOf"]):
                let argument = try interpreter.expectLabels(call, name, ["contentsOf"])[0]
                for element in try interpreter.sequence(try interpreter.evaluate(argument), at: argument) {
                    added.append(try fit(element, at: argument))
                }
            case ("removeLast", []), ("removeAll", []):
                guard name == "removeAll" || count > 0 else { throw interpreter.error(.removeFromEmpty, at: call) }
            case ("insert", [nil, "at"]):
                let parts = try interpreter.expectLabels(call, name, [nil, "at"])
                added = [try fit(try interpreter.evaluate(parts[0]), at: parts[0])]
                guard case let .integer(index) = try interpreter.evaluate(parts[1]), (0...count).contains(index) else {
                    throw interpreter.error(.indexOutOfRange(-1, count: count + 1, of: currentType), at: parts[1])
                }
                insertion = index
            default:
                throw interpreter.error(.noMethod(name, currentType), at: call.calledExpression)
            }
            try interpreter.checkSize(Builtin.Cost.sum(elementCount, added.reduce(0) { $0 + max($1.elementCount, 1) }), at: call)
            try interpreter.charge(max(added.count, 1), at: call)
            // From here on the array is the only reference to its storage: it changes in place.
            var elements: [Value] = switch slot {
            case let .list(list)?: list.elements
            case let .vector(v)?: v.map(Value.real)
            case let .strings(list)?: list.map(Value.string)
            default: []
            }
            slot = nil
            switch name {
            case "removeLast": elements.removeLast()
            case "removeAll": elements.removeAll()
            case "insert": elements.insert(contentsOf: added, at: insertion ?? elements.count)
            default: elements += added
            }
            slot = interpreter.sameKind(as: template, elements)
        }
    }
}

extension String {
    static let removeFromEmpty = "can't remove last element from an empty collection"
}
