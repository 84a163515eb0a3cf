import SwiftSyntax

extension Interpreter {
    /// The deepest nesting of calls of functions and closures: recursion deeper than this is a located error, well
    /// before a debug build's interpreter would exhaust a 512 KiB thread stack.
    static let maximumCallDepth = 64

    /// `func name(label name: Type = default, …) -> Type { … }`: binds a function value; a body that can end without
    /// returning a value of its declared type is an error, as swiftc's "missing return".
    mutating func declareFunction(_ declaration: FunctionDeclSyntax) throws(Failure) {
        let name = declaration.name.text
        do throws(Failure) {
            if let attribute = declaration.attributes.first { throw error(.unsupported("attributes"), at: attribute) }
            if let modifier = declaration.modifiers.first {
                throw error(.unsupported("modifiers such as '\(modifier.name.text)'"), at: modifier)
            }
            guard case .identifier = declaration.name.tokenKind else {
                throw error(.unsupported("operator functions"), at: declaration.name)
            }
            if let generics = declaration.genericParameterClause { throw error(.unsupported("generic functions"), at: generics) }
            if let clause = declaration.genericWhereClause { throw error(.unsupported("generic functions"), at: clause) }
            let effects = declaration.signature.effectSpecifiers
            if let async = effects?.asyncSpecifier { throw error(.unsupported("'async' functions"), at: async) }
            if let throwsClause = effects?.throwsClause { throw error(.unsupported("throwing functions"), at: throwsClause) }
            guard let body = declaration.body else { throw error(.missingBody, at: declaration) }
            var parameters: [Function.Parameter] = []
            for parameter in declaration.signature.parameterClause.parameters {
                if let ellipsis = parameter.ellipsis { throw error(.unsupported("variadic parameters"), at: ellipsis) }
                guard try typeName(of: parameter.type) != nil else {
                    throw error(.unknownType(parameter.type.trimmedDescription), at: parameter.type)
                }
                let first = parameter.firstName.text
                let inner = parameter.secondName?.text ?? first
                if parameters.contains(where: { $0.name == inner }) && inner != "_" {
                    throw error(.redeclaration(inner), at: parameter.secondName ?? parameter.firstName)
                }
                parameters.append(Function.Parameter(
                    label: first == "_" ? nil : first, name: inner, type: parameter.type, defaultValue: parameter.defaultValue?.value))
            }
            try checkGuards(in: body)
            let returnType = declaration.signature.returnClause?.type
            if let returnType {
                guard let written = try typeName(of: returnType) else {
                    throw error(.unknownType(returnType.trimmedDescription), at: returnType)
                }
                let single = body.statements.count == 1 && body.statements.first.map(Self.isExpression) == true
                if written != "()", !single, !Self.exits(body.statements) {
                    throw error(.missingReturn(global: scopes.isEmpty, returnType.trimmedDescription), at: body.rightBrace)
                }
            }
            let function = Function(
                name: name, parameters: parameters, returnType: returnType, body: body.statements,
                declaration: Syntax(declaration), captured: capturedScopes)
            try declare(name, .function(function), mutable: false, at: declaration.name)
        } catch {
            declareFailed(name)
            throw error
        }
    }

    /// Refuses, before a body runs, a `guard` whose else branch can fall through (swiftc checks it when compiling).
    private mutating func checkGuards(in body: CodeBlockSyntax) throws(Failure) {
        var pending = [Syntax(body)]
        while let node = pending.popLast() {
            if let guardStatement = node.as(GuardStmtSyntax.self), !Self.exits(guardStatement.body.statements) {
                throw error(.guardFallsThrough, at: guardStatement.body.rightBrace)
            }
            pending += node.children(viewMode: .sourceAccurate)
        }
    }

    /// The local scopes a function or closure created here sees: read-only copies of the current ones.
    var capturedScopes: [Scope] {
        scopes.map { scope in
            var captured = scope
            captured.isCaptured = true
            return captured
        }
    }

    /// Whether a statement is an expression (the single expression of a body, returned implicitly).
    static func isExpression(_ item: CodeBlockItemSyntax) -> Bool {
        switch item.item {
        case let .expr(expression): !expression.is(IfExprSyntax.self) && !(expression.as(InfixOperatorExprSyntax.self).map { assignmentOperator($0) != nil } ?? false)
        case let .stmt(statement): statement.as(ExpressionStmtSyntax.self).map { !$0.expression.is(IfExprSyntax.self) } ?? false
        case .decl: false
        }
    }

    /// A closure literal as a value: its parameters are named (`{ x, y in … }`, `{ (x: Int) -> Int in … }`) or
    /// anonymous (`$0`, `$1`, as many as the highest used).
    mutating func closure(_ literal: ClosureExprSyntax) throws(Failure) -> Value {
        var parameters: [Function.Parameter] = []
        var returnType: TypeSyntax?
        if let signature = literal.signature {
            if let capture = signature.capture { throw error(.unsupported("capture lists"), at: capture) }
            if let effects = signature.effectSpecifiers, effects.asyncSpecifier != nil || effects.throwsClause != nil {
                throw error(.unsupported("'async' and throwing closures"), at: effects)
            }
            switch signature.parameterClause {
            case let .simpleInput(names)?:
                parameters = names.map { Function.Parameter(label: nil, name: $0.name.text, type: nil, defaultValue: nil) }
            case let .parameterClause(clause)?:
                for parameter in clause.parameters {
                    if let type = parameter.type, try typeName(of: type) == nil {
                        throw error(.unknownType(type.trimmedDescription), at: type)
                    }
                    let name = parameter.secondName?.text ?? parameter.firstName.text
                    parameters.append(Function.Parameter(label: nil, name: name, type: parameter.type, defaultValue: nil))
                }
            case nil:
                break
            }
            returnType = signature.returnClause?.type
            if let returnType, try typeName(of: returnType) == nil {
                throw error(.unknownType(returnType.trimmedDescription), at: returnType)
            }
        } else {
            let count = Self.anonymousParameterCount(literal.statements)
            parameters = (0..<count).map { Function.Parameter(label: nil, name: "$\($0)", type: nil, defaultValue: nil) }
        }
        return .function(Function(
            name: nil, parameters: parameters, returnType: returnType, body: literal.statements,
            declaration: Syntax(literal), captured: capturedScopes))
    }

    /// One more than the highest `$n` used in `statements` outside nested closures.
    private static func anonymousParameterCount(_ statements: CodeBlockItemListSyntax) -> Int {
        var highest = -1
        var pending = [Syntax(statements)]
        while let node = pending.popLast() {
            if node.is(ClosureExprSyntax.self) { continue }
            if let token = node.as(TokenSyntax.self) {
                if case let .dollarIdentifier(text) = token.tokenKind, let index = Int(text.dropFirst()) { highest = max(highest, index) }
                continue
            }
            pending += node.children(viewMode: .sourceAccurate)
        }
        return highest + 1
    }

    /// Calls a function value with arguments written at `call`: labels matched as Swift matches them, defaults
    /// filled, each argument converted to its parameter's type.
    mutating func call(_ function: Function, at call: FunctionCallExprSyntax, callee: some SyntaxProtocol) throws(Failure) -> Value {
        var written: [(label: String?, expression: ExprSyntax, node: Syntax)] = call.arguments.map {
            ($0.label?.text, $0.expression, Syntax($0))
        }
        if let trailing = call.trailingClosure { written.append((nil, ExprSyntax(trailing), Syntax(trailing))) }
        for additional in call.additionalTrailingClosures {
            written.append((additional.label.text, ExprSyntax(additional.closure), Syntax(additional)))
        }
        let parameters = function.parameters
        var values: [Value?] = Array(repeating: nil, count: parameters.count)
        var next = 0
        for argument in written {
            while next < parameters.count, parameters[next].label != argument.label, parameters[next].defaultValue != nil { next += 1 }
            guard next < parameters.count else {
                throw error(.extraCallArgument(argument.label), at: argument.node, notes: [.init("expected \(function.selector)")])
            }
            let parameter = parameters[next]
            if parameter.label != argument.label {
                let message: String = switch (parameter.label, argument.label) {
                case let (nil, have?): .extraneousLabel(have)
                case let (expected?, nil): .missingLabel(expected)
                case let (expected?, have?): .incorrectLabel(have: have, expected: expected)
                case (nil, nil): ""
                }
                throw error(message, at: argument.node, notes: [.init("expected \(function.selector)")])
            }
            let value = try evaluate(argument.expression)
            values[next] = try fit(value, to: parameter, at: argument.expression)
            next += 1
        }
        var arguments: [Value] = []
        for (index, parameter) in parameters.enumerated() {
            if let value = values[index] {
                arguments.append(value)
            } else if let defaultValue = parameter.defaultValue {
                arguments.append(try fit(try evaluate(defaultValue), to: parameter, at: defaultValue))
            } else {
                let name = parameter.label.map { "'\($0)'" } ?? "#\(index + 1)"
                throw error(.missingArgumentFor(name), at: call.rightParen.map(Syntax.init) ?? Syntax(call),
                            notes: [.init("expected \(function.selector)")])
            }
        }
        return try invoke(function, with: arguments, at: call)
    }

    /// `value` converted to a parameter's declared type (a closure's untyped parameters take anything).
    mutating func fit(_ value: Value, to parameter: Function.Parameter, at node: some SyntaxProtocol) throws(Failure) -> Value {
        guard let type = parameter.type else { return value }
        guard let name = try typeName(of: type), let converted = Self.coerce(value, to: name) else {
            throw error(.argumentType(value.typeName, type.trimmedDescription), at: node)
        }
        return converted
    }

    /// Runs a function's body with its parameters bound to `arguments` (already matched and converted): in a scope
    /// of its own above the scopes it captured, counted as a step, and refused past `maximumCallDepth`.
    mutating func invoke(
        _ function: Function, with arguments: [Value], at site: some SyntaxProtocol, inoutFirst: Bool = false
    ) throws(Failure) -> Value {
        guard calls.count < Self.maximumCallDepth else {
            throw error(.tooDeep(Self.maximumCallDepth, function.name.map { "'\($0)'" } ?? "a closure"), at: site)
        }
        guard arguments.count == function.parameters.count else {
            throw error(.closureArity(expected: arguments.count, used: function.parameters.count), at: function.declaration)
        }
        let entersEarlierCell = foreignCallSite == nil && cellRoot != nil && function.declaration.root != cellRoot
        if entersEarlierCell { foreignCallSite = Syntax(site) }
        defer { if entersEarlierCell { foreignCallSite = nil } }
        repetitionSites.append(Syntax(site))
        try charge(WorkWeight.step, at: site)
        if let op = function.operatorName {
            defer { repetitionSites.removeLast() }
            return try applyOperator(op, arguments[0], arguments[1], at: site)
        }
        let (savedScopes, savedLoops) = (scopes, loopLabels)
        scopes = function.captured
        loopLabels = []
        calls.append(function)
        defer {
            scopes = savedScopes
            loopLabels = savedLoops
            calls.removeLast()
            repetitionSites.removeLast()
        }
        var bindings: [(String, Value)] = []
        if let name = function.name { bindings.append((name, .function(function))) }
        for (parameter, argument) in zip(function.parameters, arguments) where parameter.name != "_" {
            bindings.removeAll { $0.0 == parameter.name }
            bindings.append((parameter.name, argument))
        }
        let completion = try withScope(bindings, at: site) { interpreter throws(Failure) -> Completion in
            // `reduce(into:_:)`: the accumulator is an `inout` parameter, read back after the body.
            if inoutFirst, let first = function.parameters.first, case let .value(value, _)? = interpreter.scopes.last?.bindings[first.name] {
                interpreter.scopes[interpreter.scopes.count - 1].bind(first.name, .value(value, mutable: true))
                let completion = try interpreter.executeBlock(function.body)
                if case let .returned(result) = completion, result != .void {
                    throw interpreter.error(.unexpectedReturnValue, at: function.declaration)
                }
                guard case let .value(final, _)? = interpreter.scopes.last?.bindings[first.name] else { throw .reported }
                return .returned(final)
            }
            if function.body.count == 1, let only = function.body.first, Self.isExpression(only) {
                let expression: ExprSyntax? = switch only.item {
                case let .expr(expression): expression
                case let .stmt(statement): statement.as(ExpressionStmtSyntax.self)?.expression
                case .decl: nil
                }
                if let expression {
                    try interpreter.chargeStep(at: expression)
                    return .returned(try interpreter.evaluate(expression))
                }
            }
            return try interpreter.executeBlock(function.body)
        }
        switch completion {
        case let .returned(value):
            guard let returnType = function.returnType else { return function.isClosure ? value : .void }
            guard let type = try typeName(of: returnType), let converted = Self.coerce(value, to: type) else {
                throw error(.cannotConvertReturn(value.typeName, returnType.trimmedDescription), at: site)
            }
            return converted
        default:
            if let returnType = function.returnType, (try typeName(of: returnType)) != "()" {
                throw error(.missingReturn(global: true, returnType.trimmedDescription), at: site)
            }
            return .void
        }
    }
}

extension String {
    /// swiftc's "missing return in global function expected to return 'Int'".
    static func missingReturn(global: Bool, _ type: String) -> String {
        "missing return in \(global ? "global" : "local") function expected to return '\(type)'"
    }
    static let missingBody = "a function declaration needs a body"
    static func extraCallArgument(_ label: String?) -> String { "extra argument \(label.map { "'\($0)' " } ?? "")in call" }
    static func extraneousLabel(_ label: String) -> String { "extraneous argument label '\(label):' in call" }
    static func missingLabel(_ label: String) -> String { "missing argument label '\(label):' in call" }
    static func incorrectLabel(have: String, expected: String) -> String {
        "incorrect argument label in call (have '\(have):', expected '\(expected):')"
    }
    static func missingArgumentFor(_ name: String) -> String { "missing argument for parameter \(name) in call" }
    static func argumentType(_ type: String, _ expected: String) -> String {
        "cannot convert value of type '\(type)' to expected argument type '\(expected)'"
    }
    static func tooDeep(_ limit: Int, _ name: String) -> String {
        "calls nest more than \(limit) deep (in \(name)): swift-compute bounds recursion; is there a base case that returns?"
    }
    /// swiftc's "contextual closure type … expects 2 arguments, but 1 was used in closure body".
    static func closureArity(expected: Int, used: Int) -> String {
        "contextual closure type expects \(expected) argument\(expected == 1 ? "" : "s"), but \(used) \(used == 1 ? "was" : "were") used in closure body"
    }
}
