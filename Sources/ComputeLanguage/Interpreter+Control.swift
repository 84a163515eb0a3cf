import SwiftSyntax

extension Interpreter {
    /// The expressions of Swift's control flow and of its collections that the rest of `evaluate` does not know:
    /// `c ? a : b`, `a ?? b`, ranges `a..<b` and `a...b`, `+` of arrays, `nil`, `x!`, dictionary literals, and `if`
    /// expressions; nil for other expressions.
    mutating func evaluateControl(_ expression: ExprSyntax) throws(Failure) -> Value? {
        if let ternary = expression.as(TernaryExprSyntax.self) {
            return try condition(ternary.condition) ? evaluate(ternary.thenExpression) : evaluate(ternary.elseExpression)
        }
        if let infix = expression.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.sourceText {
            switch op {
            case "??":
                let lhs = try evaluate(infix.leftOperand)
                guard case let .optional(wrapped, _) = lhs else { return lhs }
                if let wrapped { return wrapped }
                return try evaluate(infix.rightOperand)
            case "..<", "...":
                let lhs = try evaluate(infix.leftOperand)
                let rhs = try evaluate(infix.rightOperand)
                guard case let .integer(lower) = lhs, case let .integer(upper) = rhs else {
                    throw error(.binaryOperands(op, lhs.typeName, rhs.typeName), at: infix.operator)
                }
                guard let range = IntegerRange(lower: lower, upper: upper, closed: op == "...") else {
                    throw error(.reversedRange(op, lower, upper), at: infix)
                }
                return .range(range)
            case "+":
                let lhs = try evaluate(infix.leftOperand)
                let rhs = try evaluate(infix.rightOperand)
                return try combine("+", lhs, rhs, infix)
            default:
                return nil
            }
        }
        if expression.is(NilLiteralExprSyntax.self) {
            return .optional(nil, wrapped: "_")
        }
        if let unwrap = expression.as(ForceUnwrapExprSyntax.self) {
            let value = try evaluate(unwrap.expression)
            guard case let .optional(wrapped, _) = value else {
                throw error(.forceUnwrapNonOptional(value.typeName), at: unwrap.exclamationMark)
            }
            guard let wrapped else { throw error(.unwrappedNil, at: unwrap) }
            return wrapped
        }
        if let dictionary = expression.as(DictionaryExprSyntax.self) {
            return try dictionaryLiteral(dictionary)
        }
        if let ifExpression = expression.as(IfExprSyntax.self) {
            return try ifValue(ifExpression)
        }
        return nil
    }

    /// `if c { a } else { b }` as a value: each branch a single expression, and an `else` required.
    private mutating func ifValue(_ expression: IfExprSyntax) throws(Failure) -> Value {
        func single(_ statements: CodeBlockItemListSyntax) -> ExprSyntax? {
            guard statements.count == 1, let only = statements.first else { return nil }
            switch only.item {
            case let .expr(expression): return expression
            case let .stmt(statement): return statement.as(ExpressionStmtSyntax.self)?.expression
            case .decl: return nil
            }
        }
        guard let thenValue = single(expression.body.statements) else { throw error(.ifValueBranch, at: expression.body) }
        let taken = try withScope(at: expression) { interpreter throws(Failure) -> Value? in
            guard try interpreter.conditions(expression.conditions) else { return nil }
            return try interpreter.evaluate(thenValue)
        }
        if let taken { return taken }
        switch expression.elseBody {
        case let .ifExpr(next)?: return try ifValue(next)
        case let .codeBlock(block)?:
            guard let elseValue = single(block.statements) else { throw error(.ifValueBranch, at: block) }
            return try evaluate(elseValue)
        case nil: throw error(.ifValueNeedsElse, at: expression)
        }
    }

    /// `["a": 1, "b": 2]` (keys of one type, values of one type) and `[:]`.
    private mutating func dictionaryLiteral(_ literal: DictionaryExprSyntax) throws(Failure) -> Value {
        guard case let .elements(elements) = literal.content else {
            return .dictionary(ValueDictionary(keyType: "_", valueType: "_"))
        }
        try charge(elements.count, at: literal)
        try checkSize(elements.count, at: literal)
        var dictionary: ValueDictionary?
        for element in elements {
            let key = try evaluate(element.key)
            var value = try evaluate(element.value)
            guard let hashable = ValueDictionary.Key(key) else { throw error(.unhashable(key.typeName), at: element.key) }
            if dictionary == nil { dictionary = ValueDictionary(keyType: key.typeName, valueType: value.typeName) }
            guard key.typeName == dictionary?.keyType else {
                throw error(.mixedDictionary(key.typeName, dictionary?.keyType ?? ""), at: element.key)
            }
            if let fitted = dictionary.flatMap({ Self.coerce(value, to: $0.valueType) }) { value = fitted } else {
                throw error(.mixedDictionary(value.typeName, dictionary?.valueType ?? ""), at: element.value)
            }
            if dictionary?[hashable] != nil { throw error(.duplicateKey(key.swiftDebugDescription), at: element.key) }
            dictionary?.set(value, for: hashable, written: key)
        }
        return .dictionary(dictionary ?? ValueDictionary(keyType: "_", valueType: "_"))
    }

    /// A string literal with `\(…)` segments, each value written as Swift's `String(describing:)` writes it.
    mutating func interpolate(_ literal: StringLiteralExprSyntax) throws(Failure) -> Value {
        if literal.openingPounds != nil { throw error(.unsupported("raw strings with interpolations"), at: literal) }
        var text = ""
        for segment in literal.segments {
            if let piece = segment.as(StringSegmentSyntax.self) {
                // The segment's text with its escapes resolved, as a literal of its own.
                guard let resolved = Self.resolveEscapes(piece.content.text) else { throw error(.badInterpolation, at: piece) }
                text += resolved
            } else if let interpolation = segment.as(ExpressionSegmentSyntax.self) {
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    throw error(.unsupported("interpolations with labels or several values"), at: interpolation)
                }
                let value = try evaluate(only.expression)
                text += value.swiftDescription
                try checkSize(text.utf8.count, at: literal)
            }
        }
        try charge(text.utf8.count, at: literal)
        return .string(text)
    }

    /// The text of a string segment with Swift's escapes (`\n`, `\t`, `\\`, `\"`, `\'`, `\0`, `\u{…}`) resolved.
    static func resolveEscapes(_ raw: String) -> String? {
        var result = ""
        var characters = raw.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else { result.append(character); continue }
            switch characters.next() {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "0": result.append("\0")
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "'": result.append("'")
            case "u":
                guard characters.next() == "{" else { return nil }
                var digits = ""
                while let digit = characters.next(), digit != "}" { digits.append(digit) }
                guard let scalar = UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init) else { return nil }
                result.unicodeScalars.append(scalar)
            default: return nil
            }
        }
        return result
    }

    /// Whether an array literal whose first element is `value` is a Swift array (a list) rather than a vector, a
    /// matrix or a list of strings.
    static func isListElement(_ value: Value) -> Bool {
        switch value {
        case .bool, .tuple, .list, .optional, .dictionary, .function, .range: true
        default: false
        }
    }

    /// An array literal of values of one type other than numbers and strings: `[true, false]`, `[(1, 2.0)]`, `[xs, ys]`.
    mutating func list(_ array: ArrayExprSyntax, first: Value) throws(Failure) -> Value {
        var elements = [first]
        let type = first.typeName
        for element in array.elements.dropFirst() {
            let value = try evaluate(element.expression)
            guard let fitted = Self.coerce(value, to: type) else {
                throw error(.heterogeneous(value.typeName, type), at: element.expression)
            }
            elements.append(fitted)
        }
        let list = Value.list(ValueList(elements, of: type))
        try checkNesting(of: list, at: array)
        try checkSize(of: list, at: array)
        return list
    }

    /// The value bound to `name` (a local or a lesson's name), with swiftc's error when there is none.
    mutating func lookUpName(_ name: String, at node: some SyntaxProtocol) throws(Failure) -> Value {
        switch binding(of: name)?.binding {
        case let .value(value, _)?: return value
        case .failed?: throw .reported
        case nil: throw error(.unknownName(name), at: node, notes: NameSuggestion.notes(for: name, among: visibleNames))
        }
    }
}

private extension String {
    static func reversedRange(_ op: String, _ lower: Int, _ upper: Int) -> String {
        "range \(lower)\(op)\(upper) has its upper bound below its lower bound; Swift requires lowerBound <= upperBound"
    }
    static func forceUnwrapNonOptional(_ type: String) -> String { "cannot force unwrap value of non-optional type '\(type)'" }
    static let unwrappedNil = "unexpectedly found nil while unwrapping an Optional value"
    static let ifValueBranch = "an 'if' used as a value needs a single expression in each branch"
    static let ifValueNeedsElse = "'if' must have an unconditional 'else' to be used as expression"
    static func unhashable(_ type: String) -> String { "type '\(type)' does not conform to protocol 'Hashable'" }
    static func mixedDictionary(_ type: String, _ expected: String) -> String {
        "cannot convert value of type '\(type)' to expected dictionary type '\(expected)'"
    }
    static func duplicateKey(_ key: String) -> String { "dictionary literal of type has duplicate entries for key \(key)" }
    static let badInterpolation = "this string literal cannot be read"
    static func heterogeneous(_ type: String, _ expected: String) -> String {
        "cannot convert value of type '\(type)' to expected element type '\(expected)'"
    }
}
