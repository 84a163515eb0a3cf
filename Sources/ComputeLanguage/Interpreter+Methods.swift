import SwiftSyntax

extension Interpreter {
    /// A call that is not of a builtin: a function value (`f(2)`, `{ $0 }(1)`), a method of a value (`xs.map { … }`,
    /// `xs.append(1)`), or one of Swift's standard functions (`stride`, `zip`, `Array`); nil for builtin calls.
    mutating func callValue(_ call: FunctionCallExprSyntax) throws(Failure) -> Value? {
        let callee = call.calledExpression
        if let reference = callee.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.sourceText
            switch binding(of: name)?.binding {
            case let .value(.function(function), _)?: return try self.call(function, at: call, callee: reference)
            case let .value(value, _)?: throw error(.notAFunction(value.typeName), at: reference)
            case .failed?: throw .reported
            case nil: return try standardFunction(name, call)
            }
        }
        if let member = callee.as(MemberAccessExprSyntax.self), let base = member.base, staticBase(base) == nil {
            return try method(member.declName.baseName.sourceText, of: base, call)
        }
        if call.arguments.isEmpty, call.trailingClosure == nil, callee.is(ArrayExprSyntax.self) || callee.is(DictionaryExprSyntax.self) {
            // `[Int]()` and `[String: Int]()`: an empty array or dictionary of the written type.
            let written = callee.trimmedDescription.filter { !$0.isWhitespace }.replacingOccurrences(of: ":", with: ": ")
            // `[Int]()` is Swift's empty array whatever its element (unlike an annotated `[]`, which stays a `Vector`).
            if !Self.isDictionaryType(written), written.hasPrefix("[") {
                return .list(ValueList([], of: String(written.dropFirst().dropLast())))
            }
            guard let empty = Self.coerce(.vector([]), to: written) else { throw error(.unknownType(written), at: callee) }
            return empty
        }
        if callee.is(ClosureExprSyntax.self) || callee.is(TupleExprSyntax.self) || callee.is(SubscriptCallExprSyntax.self)
            || callee.is(FunctionCallExprSyntax.self) {
            let value = try evaluate(callee)
            guard case let .function(function) = value else { throw error(.notAFunction(value.typeName), at: callee) }
            return try self.call(function, at: call, callee: callee)
        }
        return nil
    }

    /// The arguments of a call to a standard function or method, trailing closures last.
    func written(_ call: FunctionCallExprSyntax) -> [(label: String?, expression: ExprSyntax)] {
        var arguments = call.arguments.map { ($0.label?.text, $0.expression) }
        if let trailing = call.trailingClosure { arguments.append((nil, ExprSyntax(trailing))) }
        return arguments
    }

    /// Checks that a call's labels are `labels`, with swiftc's error otherwise.
    mutating func expectLabels(_ call: FunctionCallExprSyntax, _ name: String, _ labels: [String?]) throws(Failure) -> [ExprSyntax] {
        let arguments = written(call)
        let have = arguments.map(\.label)
        guard have == labels else {
            let selector = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            let haveText = name + "(" + have.map { ($0 ?? "_") + ":" }.joined() + ")"
            if have.count != labels.count {
                throw error(.argumentCount(selector, have.count), at: call)
            }
            throw error(.methodLabels(have: haveText, expected: selector), at: call)
        }
        return arguments.map(\.expression)
    }

    /// The elements of a sequence as values, checked against the element limit before they are made.
    mutating func sequence(_ value: Value, at node: ExprSyntax) throws(Failure) -> [Value] {
        if case let .range(range) = value { try checkSize(range.count, at: node) }
        var cursor = try elements(of: value, at: node)
        var values: [Value] = []
        while let element = cursor.next() { values.append(element) }
        try charge(values.count, at: node)
        return values
    }

    /// `value`, after checking its size and charging its making.
    mutating func made(_ value: Value, at node: some SyntaxProtocol) throws(Failure) -> Value {
        try checkNesting(of: value, at: node)
        try checkSize(of: value, at: node)
        try charge(value.footprint, at: node)
        return value
    }

    /// A collection of the same kind as `base` holding `elements` (a vector stays a vector, a range becomes `[Int]`).
    func sameKind(as base: Value, _ elements: [Value]) -> Value {
        switch base {
        case .vector: .vector(elements.compactMap(\.realValue))
        case .strings: .strings(elements.map(\.swiftDescription))
        case let .list(list): .list(ValueList(elements, of: list.elementType))
        case .string: .strings(elements.map(\.swiftDescription))
        default: .list(ValueList(inferring: elements, fallback: "Int"))
        }
    }

    /// Calls `function` with `arguments`, spreading a single tuple over a closure of as many parameters
    /// (`zip(a, b).map { x, y in … }`), as Swift does.
    mutating func apply(_ function: Function, _ arguments: [Value], at node: some SyntaxProtocol) throws(Failure) -> Value {
        if arguments.count == 1, case let .tuple(parts) = arguments[0], function.parameters.count == parts.count, parts.count > 1 {
            return try invoke(function, with: parts, at: node)
        }
        return try invoke(function, with: arguments, at: node)
    }

    /// A closure argument's value: it must be a function.
    mutating func functionArgument(_ expression: ExprSyntax) throws(Failure) -> Function {
        let value = try evaluate(expression)
        guard case let .function(function) = value else { throw error(.argumentType(value.typeName, "closure"), at: expression) }
        return function
    }

    /// A closure's result that must be a `Bool` (a predicate's, a comparator's).
    mutating func truth(_ value: Value, at node: some SyntaxProtocol) throws(Failure) -> Bool {
        guard case let .bool(truth) = value else { throw error(.closureResult(value.typeName), at: node) }
        return truth
    }

    /// A method of a value: the collection methods of Swift's arrays, ranges, strings and dictionaries.
    mutating func method(_ name: String, of baseExpression: ExprSyntax, _ call: FunctionCallExprSyntax) throws(Failure) -> Value? {
        if ["append", "removeLast", "removeAll", "insert"].contains(name) {
            try mutate(name, baseExpression, call)
            return .void
        }
        let base = try evaluate(baseExpression)
        switch name {
        case "map", "filter", "allSatisfy", "contains", "first", "firstIndex", "sorted", "min", "max", "reduce", "reversed",
             "prefix", "suffix", "enumerated", "forEach", "compactMap", "count":
            break
        case "joined":
            let parts = try expectLabels(call, name, call.arguments.isEmpty ? [] : ["separator"])
            let separator = try parts.first.map { expression throws(Failure) -> String in
                guard case let .string(text) = try evaluate(expression) else { throw error(.argumentType("value", "String"), at: expression) }
                return text
            } ?? ""
            let elements = try sequence(base, at: baseExpression)
            guard elements.allSatisfy({ if case .string = $0 { true } else { false } }) else {
                throw error(.noMethod(name, base.typeName), at: call.calledExpression)
            }
            return try made(.string(elements.map(\.swiftDescription).joined(separator: separator)), at: call)
        case "split":
            guard case let .string(text) = base else { throw error(.noMethod(name, base.typeName), at: call.calledExpression) }
            let parts = try expectLabels(call, name, ["separator"])
            guard case let .string(separator) = try evaluate(parts[0]), separator.count == 1, let character = separator.first else {
                throw error(.argumentType("String", "Character"), at: parts[0])
            }
            return try made(.strings(text.split(separator: character).map(String.init)), at: call)
        case "hasPrefix", "hasSuffix":
            guard case let .string(text) = base else { throw error(.noMethod(name, base.typeName), at: call.calledExpression) }
            let parts = try expectLabels(call, name, [nil])
            guard case let .string(affix) = try evaluate(parts[0]) else { throw error(.argumentType("value", "String"), at: parts[0]) }
            return .bool(name == "hasPrefix" ? text.hasPrefix(affix) : text.hasSuffix(affix))
        case "uppercased", "lowercased" where { if case .string = base { true } else { false } }():
            guard case let .string(text) = base else { throw error(.noMethod(name, base.typeName), at: call.calledExpression) }
            _ = try expectLabels(call, name, [])
            return .string(name == "uppercased" ? text.uppercased() : text.lowercased())
        default:
            if let property = base.member(name) {
                throw error(.notAFunction(property.typeName), at: call.calledExpression)
            }
            guard case .record = base else {
                let names = ["map", "filter", "reduce", "sorted", "contains", "first", "firstIndex", "allSatisfy", "min", "max",
                             "reversed", "prefix", "suffix", "enumerated", "append", "joined", "split", "hasPrefix", "count"]
                throw error(.noMethod(name, base.typeName), at: call.calledExpression.as(MemberAccessExprSyntax.self).map { Syntax($0.declName) } ?? Syntax(call),
                            notes: NameSuggestion.notes(for: name, among: names))
            }
            return nil
        }
        let elements = try sequence(base, at: baseExpression)
        switch name {
        case "map", "compactMap":
            let function = try functionArgument(try expectLabels(call, name, [nil])[0])
            var results: [Value] = []
            for element in elements {
                let result = try apply(function, [element], at: call)
                if name == "compactMap" {
                    if case let .optional(wrapped, _) = result { if let wrapped { results.append(wrapped) } } else { results.append(result) }
                } else {
                    results.append(result)
                }
            }
            // An empty result keeps the closure's declared type, else (as `{ $0 }` would) the elements' type.
            let fallback = function.returnType?.trimmedDescription ?? elementType(of: base)
            return try made(.list(ValueList(inferring: results, fallback: fallback)), at: call)
        case "forEach":
            let function = try functionArgument(try expectLabels(call, name, [nil])[0])
            for element in elements { _ = try apply(function, [element], at: call) }
            return .void
        case "filter":
            let function = try functionArgument(try expectLabels(call, name, [nil])[0])
            var kept: [Value] = []
            for element in elements where try truth(try apply(function, [element], at: call), at: call) { kept.append(element) }
            return try made(sameKind(as: base, kept), at: call)
        case "allSatisfy":
            let function = try functionArgument(try expectLabels(call, name, [nil])[0])
            for element in elements where try !truth(try apply(function, [element], at: call), at: call) { return .bool(false) }
            return .bool(true)
        case "count":
            let function = try functionArgument(try expectLabels(call, name, ["where"])[0])
            var count = 0
            for element in elements where try truth(try apply(function, [element], at: call), at: call) { count += 1 }
            return .integer(count)
        case "contains":
            let labels = written(call).map(\.label)
            if labels == ["where"] || (labels == [nil] && call.trailingClosure != nil) {
                let function = try functionArgument(written(call)[0].expression)
                for element in elements where try truth(try apply(function, [element], at: call), at: call) { return .bool(true) }
                return .bool(false)
            }
            let target = try evaluate(try expectLabels(call, name, [nil])[0])
            return .bool(elements.contains { $0.isEqual(to: target) == true })
        case "first":
            let function = try functionArgument(try expectLabels(call, name, ["where"])[0])
            for element in elements where try truth(try apply(function, [element], at: call), at: call) {
                return .optional(element, wrapped: element.typeName)
            }
            return .optional(nil, wrapped: elementType(of: base))
        case "firstIndex":
            let labels = written(call).map(\.label)
            if labels == ["where"] {
                let function = try functionArgument(written(call)[0].expression)
                for (index, element) in elements.enumerated() where try truth(try apply(function, [element], at: call), at: call) {
                    return .optional(.integer(index), wrapped: "Int")
                }
                return .optional(nil, wrapped: "Int")
            }
            let target = try evaluate(try expectLabels(call, name, ["of"])[0])
            return .optional(elements.firstIndex { $0.isEqual(to: target) == true }.map(Value.integer), wrapped: "Int")
        case "sorted":
            let labels = written(call).map(\.label)
            let comparator: Function? = labels.isEmpty ? nil : try functionArgument(try expectLabels(call, name, [labels == ["by"] ? "by" : nil])[0])
            let sorted = try mergeSort(elements, comparator: comparator, at: call)
            return try made(sameKind(as: base, sorted), at: call)
        case "min", "max":
            _ = try expectLabels(call, name, [])
            guard var best = elements.first else { return .optional(nil, wrapped: elementType(of: base)) }
            for element in elements.dropFirst() {
                let better = name == "min" ? try less(element, best, at: call) : try less(best, element, at: call)
                if better { best = element }
            }
            return .optional(best, wrapped: best.typeName)
        case "reduce":
            let labels = written(call).map(\.label)
            let into = labels.first == "into"
            let parts = try expectLabels(call, name, [into ? "into" : nil, nil])
            var accumulator = try evaluate(parts[0])
            let function = try functionArgument(parts[1])
            for element in elements {
                if into {
                    accumulator = try invoke(function, with: [accumulator, element], at: call, inoutFirst: true)
                } else {
                    accumulator = try invoke(function, with: [accumulator, element], at: call)
                }
                try checkSize(of: accumulator, at: call)
            }
            return accumulator
        case "reversed":
            _ = try expectLabels(call, name, [])
            return try made(sameKind(as: base, elements.reversed()), at: call)
        case "prefix", "suffix":
            let parts = try expectLabels(call, name, [nil])
            guard case let .integer(count) = try evaluate(parts[0]), count >= 0 else {
                throw error(.negativeCount(name), at: parts[0])
            }
            let kept = name == "prefix" ? Array(elements.prefix(count)) : Array(elements.suffix(count))
            return try made(sameKind(as: base, kept), at: call)
        case "enumerated":
            _ = try expectLabels(call, name, [])
            let pairs = elements.enumerated().map { Value.tuple([.integer($0.offset), $0.element]) }
            return try made(.list(ValueList(pairs, of: "(offset: Int, element: \(elementType(of: base)))")), at: call)
        default:
            return nil
        }
    }

    /// The element type of a collection, for the type of an empty result.
    func elementType(of value: Value) -> String {
        switch value {
        case .vector: "Double"
        case .strings, .string: "String"
        case let .list(list): list.elementType
        case .range: "Int"
        default: "_"
        }
    }

}

extension String {
    static func noMethod(_ name: String, _ type: String) -> String { "value of type '\(type)' has no member '\(name)'" }
    static func argumentCount(_ selector: String, _ count: Int) -> String {
        "\(selector) takes other arguments (\(count) given)"
    }
    static func methodLabels(have: String, expected: String) -> String {
        "incorrect argument labels in call (have '\(have)', expected '\(expected)')"
    }
    /// swiftc's "cannot convert value of type 'Int' to closure result type 'Bool'".
    static func closureResult(_ type: String) -> String { "cannot convert value of type '\(type)' to closure result type 'Bool'" }
    static func negativeCount(_ name: String) -> String { "'\(name)' needs a count that is an 'Int' of at least 0" }
}
