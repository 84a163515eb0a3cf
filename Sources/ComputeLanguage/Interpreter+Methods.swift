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
    private func written(_ call: FunctionCallExprSyntax) -> [(label: String?, expression: ExprSyntax)] {
        var arguments = call.arguments.map { ($0.label?.text, $0.expression) }
        if let trailing = call.trailingClosure { arguments.append((nil, ExprSyntax(trailing))) }
        return arguments
    }

    /// Checks that a call's labels are `labels`, with swiftc's error otherwise.
    private mutating func expectLabels(_ call: FunctionCallExprSyntax, _ name: String, _ labels: [String?]) throws(Failure) -> [ExprSyntax] {
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

    /// `stride(from:to:by:)`, `stride(from:through:by:)`, `zip(_:_:)`, `Array(_:)`; refuses `print` by name.
    private mutating func standardFunction(_ name: String, _ call: FunctionCallExprSyntax) throws(Failure) -> Value? {
        switch name {
        case "stride":
            let through = call.arguments.dropFirst().first?.label?.text == "through"
            let parts = try expectLabels(call, name, ["from", through ? "through" : "to", "by"])
            return try stride(try evaluate(parts[0]), try evaluate(parts[1]), try evaluate(parts[2]), through: through, at: call)
        case "zip":
            let parts = try expectLabels(call, name, [nil, nil])
            let first = try sequence(try evaluate(parts[0]), at: parts[0])
            let second = try sequence(try evaluate(parts[1]), at: parts[1])
            let pairs = zip(first, second).map { Value.tuple([$0, $1]) }
            let type = "(" + (first.first?.typeName ?? "_") + ", " + (second.first?.typeName ?? "_") + ")"
            return try made(.list(ValueList(pairs, of: type)), at: call)
        case "Array":
            let parts = try expectLabels(call, name, [nil])
            let value = try evaluate(parts[0])
            let elements = try sequence(value, at: parts[0])
            if case .string = value { return try made(.strings(elements.map { $0.swiftDescription }), at: call) }
            return try made(.list(ValueList(inferring: elements, fallback: "_")), at: call)
        case "print", "debugPrint", "readLine":
            throw error(.noInputOutput(name), at: call.calledExpression)
        case "fatalError":
            let message = try call.arguments.first.map { argument throws(Failure) in try evaluate(argument.expression).swiftDescription }
            throw error(.fatalError(message), at: call)
        default:
            return nil
        }
    }

    /// `stride(from:to:by:)` (or `through:`) of integers or reals, as a list (its count is checked before it is made).
    private mutating func stride(_ from: Value, _ to: Value, _ by: Value, through: Bool, at call: FunctionCallExprSyntax) throws(Failure) -> Value {
        if case let .integer(a) = from, case let .integer(b) = to, case let .integer(step) = by {
            guard step != 0 else { throw error(.zeroStride, at: call) }
            // The count in integers, never through a Double (Double(Int.max) is past Int.max): a span that overflows
            // is a stride far too long to make.
            let (span, overflow) = b.subtractingReportingOverflow(a)
            if overflow { try checkSize(.max, at: call) }
            let count: Int
            if span == 0 {
                count = through ? 1 : 0
            } else if (span > 0) != (step > 0) {
                count = 0
            } else {
                let (quotient, remainder) = span.quotientAndRemainder(dividingBy: step)
                count = through || remainder != 0 ? quotient + 1 : quotient
            }
            try checkSize(count, at: call)
            try charge(count, at: call)
            var values: [Value] = []
            var x = a
            while step > 0 ? (through ? x <= b : x < b) : (through ? x >= b : x > b) {
                values.append(.integer(x))
                let (next, overflow) = x.addingReportingOverflow(step)
                if overflow { break }
                x = next
            }
            return .list(ValueList(values, of: "Int"))
        }
        guard let a = from.realValue, let b = to.realValue, let step = by.realValue else {
            throw error(.strideTypes(from.typeName, to.typeName, by.typeName), at: call)
        }
        guard step != 0, step.isFinite else { throw error(.zeroStride, at: call) }
        guard a.isFinite, b.isFinite else { throw error(.strideTypes(from.typeName, to.typeName, by.typeName), at: call) }
        // (b − a) / step may overflow to infinity (a tiny step over a huge span): that is a stride too long to make.
        let estimate = (b - a) / step
        try checkSize(estimate.isNaN || estimate <= 0 ? 0 : estimate.isFinite ? Int(min(estimate, 1e15)) : .max, at: call)
        var values: [Value] = []
        // As Swift's StrideTo<Double>: the i-th element is a + i·step, computed from the start, not accumulated.
        var index = 0.0
        while true {
            let x = a + index * step
            guard step > 0 ? (through ? x <= b : x < b) : (through ? x >= b : x > b) else { break }
            values.append(.real(x))
            index += 1
            if values.count > limits.maxElements { try checkSize(values.count, at: call) }
        }
        try charge(values.count, at: call)
        return .list(ValueList(values, of: "Double"))
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
    private mutating func made(_ value: Value, at node: some SyntaxProtocol) throws(Failure) -> Value {
        try checkNesting(of: value, at: node)
        try checkSize(of: value, at: node)
        try charge(value.footprint, at: node)
        return value
    }

    /// A collection of the same kind as `base` holding `elements` (a vector stays a vector, a range becomes `[Int]`).
    private func sameKind(as base: Value, _ elements: [Value]) -> Value {
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
    private mutating func functionArgument(_ expression: ExprSyntax) throws(Failure) -> Function {
        let value = try evaluate(expression)
        guard case let .function(function) = value else { throw error(.argumentType(value.typeName, "closure"), at: expression) }
        return function
    }

    /// A closure's result that must be a `Bool` (a predicate's, a comparator's).
    private mutating func truth(_ value: Value, at node: some SyntaxProtocol) throws(Failure) -> Bool {
        guard case let .bool(truth) = value else { throw error(.closureResult(value.typeName), at: node) }
        return truth
    }

    /// A method of a value: the collection methods of Swift's arrays, ranges, strings and dictionaries.
    private mutating func method(_ name: String, of baseExpression: ExprSyntax, _ call: FunctionCallExprSyntax) throws(Failure) -> Value? {
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
    private func elementType(of value: Value) -> String {
        switch value {
        case .vector: "Double"
        case .strings, .string: "String"
        case let .list(list): list.elementType
        case .range: "Int"
        default: "_"
        }
    }

    /// `a < b` for numbers and strings (Swift's `Comparable`).
    private mutating func less(_ a: Value, _ b: Value, at node: some SyntaxProtocol) throws(Failure) -> Bool {
        if let x = a.realValue, let y = b.realValue { return x < y }
        if case let .string(x) = a, case let .string(y) = b { return x < y }
        throw error(.notComparable(a.typeName), at: node)
    }

    /// A stable merge sort, by `<` or by `comparator` (a closure returning whether its first argument comes first).
    private mutating func mergeSort(_ elements: [Value], comparator: Function?, at call: FunctionCallExprSyntax) throws(Failure) -> [Value] {
        guard elements.count > 1 else { return elements }
        let middle = elements.count / 2
        let left = try mergeSort(Array(elements[..<middle]), comparator: comparator, at: call)
        let right = try mergeSort(Array(elements[middle...]), comparator: comparator, at: call)
        var merged: [Value] = []
        merged.reserveCapacity(elements.count)
        var (i, j) = (0, 0)
        while i < left.count, j < right.count {
            let rightFirst = if let comparator {
                try truth(try invoke(comparator, with: [right[j], left[i]], at: call), at: call)
            } else {
                try less(right[j], left[i], at: call)
            }
            if rightFirst { merged.append(right[j]); j += 1 } else { merged.append(left[i]); i += 1 }
        }
        merged += left[i...]
        merged += right[j...]
        return merged
    }

    /// `xs.append(x)`, `xs.append(contentsOf: ys)`, `xs.removeLast()`, `xs.removeAll()`, `xs.insert(x, at: i)` on a `var`:
    /// the arguments are evaluated and checked first, then the array changes in place.
    private mutating func mutate(_ name: String, _ baseExpression: ExprSyntax, _ call: FunctionCallExprSyntax) throws(Failure) {
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
    static func noMethod(_ name: String, _ type: String) -> String { "value of type '\(type)' has no member '\(name)'" }
    static func argumentCount(_ selector: String, _ count: Int) -> String {
        "\(selector) takes other arguments (\(count) given)"
    }
    static func methodLabels(have: String, expected: String) -> String {
        "incorrect argument labels in call (have '\(have)', expected '\(expected)')"
    }
    static func noInputOutput(_ name: String) -> String {
        "'\(name)' is not supported in swift-compute: input and output are outside its sandbox; a block shows the value of each expression statement"
    }
    static func fatalError(_ message: String?) -> String { "fatal error" + (message.map { ": \($0)" } ?? "") }
    /// swiftc's "cannot convert value of type 'Int' to closure result type 'Bool'".
    static func closureResult(_ type: String) -> String { "cannot convert value of type '\(type)' to closure result type 'Bool'" }
    static let zeroStride = "stride step must not be zero"
    static func strideTypes(_ a: String, _ b: String, _ c: String) -> String {
        "stride takes numbers of one type, got '\(a)', '\(b)' and '\(c)'"
    }
    static func notComparable(_ type: String) -> String { "type '\(type)' does not conform to protocol 'Comparable'" }
    static func negativeCount(_ name: String) -> String { "'\(name)' needs a count that is an 'Int' of at least 0" }
    static let removeFromEmpty = "can't remove last element from an empty collection"
}
