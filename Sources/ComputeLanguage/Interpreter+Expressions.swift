import SwiftParser
import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// Evaluates an expression of the swift-compute subset; anything else is a located error naming the construct.
    mutating func evaluate(_ expression: ExprSyntax) throws(Failure) -> Value {
        try chargeStep(at: expression)
        if let value = try evaluateControl(expression) { return value }
        if let literal = expression.as(IntegerLiteralExprSyntax.self) {
            return try integer(literal)
        } else if let literal = expression.as(FloatLiteralExprSyntax.self) {
            guard let value = Double(literal.literal.text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
                throw error(.badFloat(literal.literal.text), at: literal)
            }
            return .real(value)
        } else if let literal = expression.as(BooleanLiteralExprSyntax.self) {
            return .bool(literal.literal.sourceText == "true")
        } else if let literal = expression.as(StringLiteralExprSyntax.self) {
            return try string(literal)
        } else if let array = expression.as(ArrayExprSyntax.self) {
            return try self.array(array)
        } else if let reference = expression.as(DeclReferenceExprSyntax.self) {
            return try lookUp(reference)
        } else if let tuple = expression.as(TupleExprSyntax.self) {
            if let label = tuple.elements.first(where: { $0.label != nil })?.label {
                throw error(.unsupported("tuples with labels"), at: label)
            }
            guard tuple.elements.count == 1, let only = tuple.elements.first else {
                var parts: [Value] = []
                for element in tuple.elements { parts.append(try evaluate(element.expression)) }
                try checkNesting(of: .tuple(parts), at: tuple)
                return .tuple(parts)
            }
            return try evaluate(only.expression)
        } else if let prefix = expression.as(PrefixOperatorExprSyntax.self) {
            return try evaluatePrefix(prefix)
        } else if let infix = expression.as(InfixOperatorExprSyntax.self) {
            return try evaluateInfix(infix)
        } else if let call = expression.as(FunctionCallExprSyntax.self) {
            return try evaluateCall(call)
        } else if let member = expression.as(MemberAccessExprSyntax.self) {
            return try memberAccess(member)
        } else if let subscriptCall = expression.as(SubscriptCallExprSyntax.self) {
            return try subscriptAccess(subscriptCall)
        } else if let literal = expression.as(ClosureExprSyntax.self) {
            return try closure(literal)
        } else if let macro = expression.as(MacroExpansionExprSyntax.self) {
            throw error(.expectNotAValue, at: macro)
        }
        throw error(.unsupported(expressionKind(expression)), at: expression)
    }

    /// An integer literal, negated when written after a `-` (so that `-9223372036854775808` is `Int.min`, as in Swift).
    mutating func integer(_ literal: IntegerLiteralExprSyntax, negated: Bool = false) throws(Failure) -> Value {
        let text = literal.literal.text.replacingOccurrences(of: "_", with: "")
        let (digits, radix): (Substring, Int) = switch text.prefix(2) {
        case "0x": (text.dropFirst(2), 16)
        case "0o": (text.dropFirst(2), 8)
        case "0b": (text.dropFirst(2), 2)
        default: (Substring(text), 10)
        }
        guard let value = Int((negated ? "-" : "") + digits, radix: radix) else {
            throw error(.integerOverflow((negated ? "-" : "") + literal.literal.text), at: literal)
        }
        return .integer(value)
    }

    /// A string literal with its escapes resolved as Swift does (`\u{…}`, raw and multi-line strings included).
    private mutating func string(_ literal: StringLiteralExprSyntax) throws(Failure) -> Value {
        if literal.segments.contains(where: { !$0.is(StringSegmentSyntax.self) }) {
            return try interpolate(literal)
        }
        guard let text = literal.representedLiteralValue else {
            throw error(.badString, at: literal)
        }
        return .string(text)
    }

    /// `[2, 1, 0]` is a vector; `[[1, 2], [3, 4]]` (rows of equal length) is a matrix.
    private mutating func array(_ array: ArrayExprSyntax) throws(Failure) -> Value {
        try charge(array.elements.count, at: array)
        try checkSize(array.elements.count, at: array)
        var numbers: [Double] = []
        var rows: [[Double]] = []
        var texts: [String] = []
        for (index, element) in array.elements.enumerated() {
            let value = try evaluate(element.expression)
            if index == 0, Self.isListElement(value) {
                return try list(array, first: value)
            }
            if case let .string(text) = value, numbers.isEmpty, rows.isEmpty {
                texts.append(text)
                continue
            }
            if !texts.isEmpty {
                throw error(.mixedArray(value.typeName, first: "String"), at: element.expression)
            }
            switch value {
            case let .integer(n) where rows.isEmpty: numbers.append(Double(n))
            case let .real(x) where rows.isEmpty: numbers.append(x)
            case let .vector(row) where numbers.isEmpty:
                if let first = rows.first, first.count != row.count {
                    throw error(.raggedRow(rows.count, count: row.count, expected: first.count), at: element.expression)
                }
                try checkSize(row.count * (rows.count + 1), at: array)
                rows.append(row)
            case .integer, .real, .vector:
                throw error(.mixedArray(value.typeName, first: numbers.isEmpty ? "Vector" : "Double"), at: element.expression)
            case .matrix:
                throw error(.unsupported("arrays of matrices"), at: element.expression)
            case .bool, .string, .strings, .record, .table, .figure, .list, .tuple, .range, .function, .optional, .dictionary:
                throw error(.notNumeric(value.typeName), at: element.expression)
            }
        }
        if !texts.isEmpty { return .strings(texts) }
        if rows.isEmpty { return .vector(numbers) }
        do {
            return .matrix(try Matrix(rows))
        } catch {
            throw self.error(String(describing: error), at: array)
        }
    }

    private mutating func lookUp(_ reference: DeclReferenceExprSyntax) throws(Failure) -> Value {
        let name = reference.baseName.sourceText
        if reference.baseName.sourceText == "self" || reference.baseName.sourceText == "Self" {
            throw error(.unsupported("'self' and 'Self'"), at: reference)
        }
        switch binding(of: name)?.binding {
        case let .value(value, _)?:
            return value
        case .failed?:
            throw .reported
        case nil:
            if ["+", "-", "*", "/", "<", ">", "<=", ">=", "==", "!="].contains(name) {
                return .function(.binaryOperator(name, at: reference))
            }
            if let namespace = TypeNamespace.named(name) {
                let example = namespace.constants.first.map { "\(name).\($0.name)" } ?? namespace.constructors.first?.example ?? name
                throw error(.typeNameAlone, at: reference, notes: [.init("for example: \(example)")])
            }
            if let builtin = BuiltinRegistry.named(name).first {
                throw error(.functionNotCalled(name), at: reference, notes: [.init("for example: \(builtin.example)")])
            }
            let candidates = visibleNames + BuiltinRegistry.names + TypeNamespace.names
            throw error(.unknownName(name), at: reference, notes: NameSuggestion.notes(for: name, among: candidates))
        }
    }

    private func expressionKind(_ expression: ExprSyntax) -> String {
        switch expression.kind {
        case .ifExpr: "'if' expressions"
        case .switchExpr: "'switch' expressions"
        case .ternaryExpr: "'?:' conditionals"
        case .dictionaryExpr: "dictionaries"
        case .tryExpr: "'try' expressions"
        case .awaitExpr: "'await' expressions"
        case .keyPathExpr: "key paths"
        case .regexLiteralExpr: "regular expressions"
        case .nilLiteralExpr: "'nil' literals"
        case .asExpr, .isExpr: "type casts"
        case .genericSpecializationExpr: "generic arguments"
        case .forceUnwrapExpr: "force unwraps"
        case .optionalChainingExpr: "optional chaining"
        case .postfixOperatorExpr: "postfix operators"
        case .inOutExpr: "'&' arguments"
        default: "expressions of this kind"
        }
    }
}

extension String {
    /// "cannot find 'x' in scope", as swiftc says it.
    static func unknownName(_ name: String) -> String { "cannot find '\(name)' in scope" }

    /// "… are not supported in swift-compute".
    static func unsupported(_ construct: String) -> String { "\(construct) are not supported in swift-compute" }
}

private extension String {
    static func badFloat(_ text: String) -> String { "'\(text)' is not a finite floating-point number" }
    static func integerOverflow(_ text: String) -> String { "integer literal '\(text)' overflows when stored into 'Int'" }
    static let badString = "this string literal cannot be read"
    static let expectNotAValue = "'#expect' is a statement of its own, not a value"
    static func raggedRow(_ index: Int, count: Int, expected: Int) -> String {
        "row \(index) has \(count) element\(count == 1 ? "" : "s") where the first row has \(expected): a matrix needs rows of equal length"
    }
    static func mixedArray(_ type: String, first: String) -> String {
        "cannot mix '\(type)' into an array of '\(first)': an array is a vector of numbers or a matrix of equally long rows"
    }
    static func notNumeric(_ type: String) -> String {
        "an array holds numbers (a vector) or rows of numbers (a matrix), not values of type '\(type)'"
    }
    static func functionNotCalled(_ name: String) -> String { "function '\(name)' must be called with arguments" }
    static let typeNameAlone = "expected member name or constructor call after type name"
}
