#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SwiftSyntax

extension Interpreter {
    /// The methods of a `Double` that a block can call, as Swift has them.
    static let numberMethods: Set<String> = ["squareRoot", "rounded", "truncatingRemainder"]

    /// `x.squareRoot()`, `x.rounded()`, `x.rounded(.down)` and `x.truncatingRemainder(dividingBy: y)` on a `Double`
    /// (an integer literal is one there, as in Swift); nil when `call` calls no such member of a value.
    mutating func numberMethod(_ call: FunctionCallExprSyntax) throws(Failure) -> Value? {
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self), let baseSyntax = member.base,
              Self.numberMethods.contains(member.declName.baseName.text), staticBase(baseSyntax) == nil
        else { return nil }
        let name = member.declName.baseName.text
        let base = try evaluate(baseSyntax)
        let x: Double
        switch base {
        case let .real(value): x = value
        case let .integer(n) where Self.isIntegerLiteral(baseSyntax): x = Double(n)
        default: throw error(.noMember(name, on: base.typeName), at: member.declName)
        }
        try charge(1, at: call)
        let result: Double
        switch name {
        case "squareRoot":
            try expectNoArguments(call)
            result = x.squareRoot()
        case "rounded":
            result = x.rounded(try roundingRule(call))
        default:
            result = x.truncatingRemainder(dividingBy: try divisor(call))
        }
        if let bad = Value.real(result).firstNonFinite {
            throw error(.nonFiniteMethod(call.trimmedDescription, bad), at: call)
        }
        return .real(result)
    }

    /// Whether `expression` is an integer literal, possibly negated or in parentheses (`2`, `(-3)`).
    private static func isIntegerLiteral(_ expression: ExprSyntax) -> Bool {
        if expression.is(IntegerLiteralExprSyntax.self) { return true }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-" {
            return isIntegerLiteral(prefix.expression)
        }
        if let tuple = expression.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
            return isIntegerLiteral(only.expression)
        }
        return false
    }

    /// Refuses arguments to a method that takes none, as swiftc does.
    private mutating func expectNoArguments(_ call: FunctionCallExprSyntax) throws(Failure) {
        if let first = call.arguments.first { throw error(.argumentsToNoArgumentCall, at: first) }
    }

    /// The rule of `x.rounded(_:)`: none is Swift's default, `.toNearestOrAwayFromZero` (schoolbook rounding).
    private mutating func roundingRule(_ call: FunctionCallExprSyntax) throws(Failure) -> FloatingPointRoundingRule {
        guard let argument = call.arguments.first else { return .toNearestOrAwayFromZero }
        if let extra = call.arguments.dropFirst().first { throw error(.extraArgumentInCall, at: extra) }
        let expression = argument.expression
        let member = expression.as(MemberAccessExprSyntax.self)
        let typed = member?.base.map { $0.trimmedDescription == "FloatingPointRoundingRule" } ?? true
        guard argument.label == nil, let member, typed else {
            let value = try evaluate(expression)
            throw error(.wrongType(value.typeName, expected: "FloatingPointRoundingRule"), at: expression)
        }
        let name = member.declName.baseName.text
        guard let rule = Self.roundingRules[name] else {
            throw error(
                .noStaticMember(name, of: "FloatingPointRoundingRule"), at: member.declName,
                notes: NameSuggestion.notes(for: name, among: Self.roundingRules.keys.sorted()))
        }
        return rule
    }

    /// The cases of `FloatingPointRoundingRule`.
    static let roundingRules: [String: FloatingPointRoundingRule] = [
        "toNearestOrAwayFromZero": .toNearestOrAwayFromZero, "toNearestOrEven": .toNearestOrEven, "up": .up,
        "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
    ]

    /// The divisor of `x.truncatingRemainder(dividingBy: y)`, a number (y = 0 gives Swift's NaN, a non-finite result).
    private mutating func divisor(_ call: FunctionCallExprSyntax) throws(Failure) -> Double {
        guard let argument = call.arguments.first else {
            throw error(.missingDivisor, at: call.rightParen.map(Syntax.init) ?? Syntax(call))
        }
        if let extra = call.arguments.dropFirst().first { throw error(.extraArgumentInCall, at: extra) }
        guard let label = argument.label?.text else { throw error(.divisorLabel, at: argument) }
        guard label == "dividingBy" else { throw error(.wrongDivisorLabel(label), at: argument) }
        let value = try evaluate(argument.expression)
        guard let y = value.realValue else {
            throw error(.wrongType(value.typeName, expected: "Double"), at: argument.expression)
        }
        return y
    }
}

private extension String {
    static let argumentsToNoArgumentCall = "argument passed to call that takes no arguments"
    static let extraArgumentInCall = "extra argument in call"
    static let missingDivisor = "missing argument for parameter 'dividingBy' in call"
    static let divisorLabel = "missing argument label 'dividingBy:' in call"
    static func wrongDivisorLabel(_ label: String) -> String {
        "incorrect argument label in call (have '\(label):', expected 'dividingBy:')"
    }
    static func wrongType(_ type: String, expected: String) -> String {
        "cannot convert value of type '\(type)' to expected argument type '\(expected)'"
    }
    /// "the result of '(-1.0).squareRoot()' is not finite (nan)".
    static func nonFiniteMethod(_ call: String, _ element: NonFiniteElement) -> String {
        "the result of '\(call)' is not finite (\(element))"
    }
}
