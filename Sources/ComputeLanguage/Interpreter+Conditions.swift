import SwiftSyntax

extension Interpreter {
    /// `if conditions { … } else if … else { … }`: the names a condition binds (`if let x = …`) are visible in its
    /// branch only.
    mutating func executeIf(_ statement: IfExprSyntax) throws(Failure) -> Completion {
        let taken = try withScope(at: statement) { interpreter throws(Failure) -> Completion? in
            guard try interpreter.conditions(statement.conditions) else { return nil }
            return try interpreter.executeBlock(statement.body.statements)
        }
        if let taken { return taken }
        switch statement.elseBody {
        case let .ifExpr(next)?: return try executeIf(next)
        case let .codeBlock(block)?: return try executeBlock(block.statements)
        case nil: return .normal
        }
    }

    /// `guard conditions else { … }`: the else branch must leave the scope (`return`, `break`, `continue`), and the
    /// names the conditions bind stay visible after the guard, as in Swift.
    mutating func executeGuard(_ statement: GuardStmtSyntax) throws(Failure) -> Completion {
        guard Self.exits(statement.body.statements) else {
            throw error(.guardFallsThrough, at: statement.body.rightBrace)
        }
        if try conditions(statement.conditions) { return .normal }
        let completion = try executeBlock(statement.body.statements)
        if case .normal = completion { throw error(.guardFallsThrough, at: statement.body.rightBrace) }
        return completion
    }

    /// `return` and `return value`, converted to the function's declared return type.
    mutating func executeReturn(_ statement: ReturnStmtSyntax) throws(Failure) -> Completion {
        guard let function = calls.last else { throw error(.returnOutsideFunction, at: statement) }
        guard let expression = statement.expression else {
            if let returnType = function.returnType { throw error(.missingReturnValue(returnType.trimmedDescription), at: statement) }
            return .returned(.void)
        }
        let value = try evaluate(expression)
        guard let returnType = function.returnType else {
            if function.isClosure { return .returned(value) }
            throw error(.unexpectedReturnValue, at: expression)
        }
        guard let type = try typeName(of: returnType), let converted = Self.coerce(value, to: type) else {
            throw error(.cannotConvertReturn(value.typeName, returnType.trimmedDescription), at: expression)
        }
        return .returned(converted)
    }

    /// Tests each condition in order, binding the names of `let x = optional` in the current scope; false as soon as
    /// one fails.
    mutating func conditions(_ list: ConditionElementListSyntax) throws(Failure) -> Bool {
        for element in list {
            switch element.condition {
            case let .expression(expression):
                guard try condition(expression) else { return false }
            case let .optionalBinding(binding):
                let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
                guard let name else { throw error(.unsupported("patterns of this kind"), at: binding.pattern) }
                let value: Value
                if let initializer = binding.initializer {
                    value = try evaluate(initializer.value)
                } else {
                    value = try lookUpName(name, at: binding.pattern)
                }
                guard case let .optional(wrapped, _) = value else {
                    throw error(.notOptional(value.typeName), at: binding.initializer.map { Syntax($0.value) } ?? Syntax(binding.pattern))
                }
                guard let wrapped else { return false }
                var converted = wrapped
                if let annotation = binding.typeAnnotation?.type { converted = try convert(wrapped, to: annotation, at: binding.pattern) }
                let mutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
                if scopes.isEmpty {
                    try declare(name, converted, mutable: mutable, at: binding.pattern)
                } else {
                    try bindLocal(name, to: converted, mutable: mutable, in: scopes.count - 1, at: binding.pattern)
                }
            default:
                throw error(.unsupported("conditions of this kind"), at: element)
            }
        }
        return true
    }

    /// A condition's truth value: it must be a `Bool`.
    mutating func condition(_ expression: ExprSyntax) throws(Failure) -> Bool {
        let value = try evaluate(expression)
        guard case let .bool(truth) = value else {
            throw error(.notCondition(value.typeName), at: expression)
        }
        return truth
    }

    /// Whether a block never ends normally: it ends with (or contains at its top) a `return`, `break`, `continue`
    /// or `fatalError(…)`, an `if` whose branches all exit, or an endless `while true` loop.
    static func exits(_ statements: CodeBlockItemListSyntax) -> Bool {
        statements.contains { item in
            switch item.item {
            case let .stmt(statement):
                if statement.is(ReturnStmtSyntax.self) || statement.is(BreakStmtSyntax.self)
                    || statement.is(ContinueStmtSyntax.self) || statement.is(ThrowStmtSyntax.self) { return true }
                if let loop = statement.as(WhileStmtSyntax.self) { return isEndless(loop) }
                if let expression = statement.as(ExpressionStmtSyntax.self)?.expression { return exits(expression) }
                return false
            case let .expr(expression):
                return exits(expression)
            case .decl:
                return false
            }
        }
    }

    private static func exits(_ expression: ExprSyntax) -> Bool {
        if let ifExpression = expression.as(IfExprSyntax.self) {
            guard exits(ifExpression.body.statements) else { return false }
            switch ifExpression.elseBody {
            case let .ifExpr(next)?: return exits(ExprSyntax(next))
            case let .codeBlock(block)?: return exits(block.statements)
            case nil: return false
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self),
           call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.sourceText == "fatalError" { return true }
        return false
    }

    /// `while true { … }` with no `break` out of it: it only ends by `return`.
    private static func isEndless(_ loop: WhileStmtSyntax) -> Bool {
        guard loop.conditions.count == 1, case let .expression(expression) = loop.conditions.first?.condition,
              expression.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true) else { return false }
        return !loop.body.statements.description.contains("break")
    }
}

extension String {
    /// swiftc's "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope".
    static let guardFallsThrough = "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope"
    static let returnOutsideFunction = "return invalid outside of a func"
    static func missingReturnValue(_ type: String) -> String { "non-void function should return a value" + (type.isEmpty ? "" : "") }
    static let unexpectedReturnValue = "unexpected non-void return value in void function"
    static func cannotConvertReturn(_ type: String, _ target: String) -> String {
        "cannot convert return expression of type '\(type)' to return type '\(target)'"
    }
    static func notOptional(_ type: String) -> String { "initializer for conditional binding must have Optional type, not '\(type)'" }
    static func notCondition(_ type: String) -> String { "cannot convert value of type '\(type)' to expected condition type 'Bool'" }
}
