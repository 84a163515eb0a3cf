import SwiftSyntax

extension Interpreter {
    /// How a statement ended: normally, or by `break`, `continue` or `return` leaving the blocks around it.
    enum Completion {
        case normal
        /// `break`, with its label if it names a loop.
        case breakLoop(String?)
        /// `continue`, with its label if it names a loop.
        case continueLoop(String?)
        /// `return`, with the value returned (`()` for none).
        case returned(Value)
    }

    /// Executes each statement in order; a statement with a syntax error, or one that could not be
    /// folded or was refused before parsing finished, is skipped and the names it would bind are marked failed.
    mutating func execute(_ statements: CodeBlockItemListSyntax, skipping unfoldable: [Range<Int>]) {
        for item in statements {
            let range = item.positionAfterSkippingLeadingTrivia.utf8Offset..<item.endPositionBeforeTrailingTrivia.utf8Offset
            if item.hasError || unfoldable.contains(where: { $0.overlaps(range) }) {
                markFailed(namesBoundBy: item)
                continue
            }
            let reported = run.diagnostics.count
            do {
                _ = try execute(item, topLevel: true)
            } catch {
                // The diagnostic is already recorded, here or (for a failed name, or work already exhausted) where the
                // failure began; the next statement runs.
                if run.diagnostics.count == reported { run.quietFailures += 1 }
            }
        }
    }

    /// Binds every name `item` declares to `.failed`.
    private mutating func markFailed(namesBoundBy item: CodeBlockItemSyntax) {
        for name in item.boundNames where declaredHere.insert(name).inserted {
            environment[name] = .failed
        }
    }

    /// Executes one statement; at a cell's top level an expression's value is shown.
    mutating func execute(_ item: CodeBlockItemSyntax, topLevel: Bool) throws(Failure) -> Completion {
        switch item.item {
        case let .decl(declaration):
            if let variable = declaration.as(VariableDeclSyntax.self) {
                try bind(variable)
            } else if let function = declaration.as(FunctionDeclSyntax.self) {
                try declareFunction(function)
            } else {
                throw error(.unsupported(declarationKind(declaration)), at: declaration)
            }
            return .normal
        case let .stmt(statement):
            return try execute(statement, topLevel: topLevel)
        case let .expr(expression):
            return try executeExpression(expression, topLevel: topLevel)
        }
    }

    private mutating func execute(_ statement: StmtSyntax, topLevel: Bool, label: String? = nil) throws(Failure) -> Completion {
        if let expression = statement.as(ExpressionStmtSyntax.self)?.expression {
            return try executeExpression(expression, topLevel: topLevel)
        } else if let loop = statement.as(ForStmtSyntax.self) {
            return try executeFor(loop, label: label)
        } else if let loop = statement.as(WhileStmtSyntax.self) {
            return try executeWhile(loop, label: label)
        } else if let loop = statement.as(RepeatStmtSyntax.self) {
            return try executeRepeat(loop, label: label)
        } else if let guardStatement = statement.as(GuardStmtSyntax.self) {
            return try executeGuard(guardStatement)
        } else if let returnStatement = statement.as(ReturnStmtSyntax.self) {
            return try executeReturn(returnStatement)
        } else if let breakStatement = statement.as(BreakStmtSyntax.self) {
            let target = breakStatement.label?.text
            guard !loopLabels.isEmpty else { throw error(.breakOutsideLoop, at: breakStatement) }
            if let target, !loopLabels.contains(target) { throw error(.unknownLabel(target), at: breakStatement.label!) }
            return .breakLoop(target)
        } else if let continueStatement = statement.as(ContinueStmtSyntax.self) {
            let target = continueStatement.label?.text
            guard !loopLabels.isEmpty else { throw error(.continueOutsideLoop, at: continueStatement) }
            if let target, !loopLabels.contains(target) { throw error(.unknownLabel(target), at: continueStatement.label!) }
            return .continueLoop(target)
        } else if let labeled = statement.as(LabeledStmtSyntax.self) {
            let inner = labeled.statement
            guard inner.is(ForStmtSyntax.self) || inner.is(WhileStmtSyntax.self) || inner.is(RepeatStmtSyntax.self) else {
                throw error(.unsupported("labels on statements other than loops"), at: labeled.label)
            }
            return try execute(inner, topLevel: topLevel, label: labeled.label.text)
        }
        throw error(.unsupported(statementKind(statement)), at: statement)
    }

    /// The statements of a block, in a scope of their own holding `bindings` (a loop variable, a condition's `let`).
    mutating func executeBlock(_ statements: CodeBlockItemListSyntax, bindings: [(String, Value)] = []) throws(Failure) -> Completion {
        try withScope(bindings, at: statements) { interpreter throws(Failure) -> Completion in
            try interpreter.executeStatements(statements)
        }
    }

    /// The statements of a block in the current scope, each charged as a step when it repeats.
    mutating func executeStatements(_ statements: CodeBlockItemListSyntax) throws(Failure) -> Completion {
        for item in statements {
            try chargeStep(at: item)
            let completion = try execute(item, topLevel: false)
            if case .normal = completion { continue }
            return completion
        }
        return .normal
    }

    /// `let name[: Type] = value` and `var`, and `let (a, b) = pair`: evaluates, converts to the annotated type, binds.
    private mutating func bind(_ variable: VariableDeclSyntax) throws(Failure) {
        if let attribute = variable.attributes.first {
            throw error(.unsupported("attributes"), at: attribute)
        }
        if let modifier = variable.modifiers.first {
            throw error(.unsupported("modifiers such as '\(modifier.name.text)'"), at: modifier)
        }
        let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
        var failure: Failure?
        for binding in variable.bindings {
            let names = binding.pattern.boundNames
            do throws(Failure) {
                guard let initializer = binding.initializer else {
                    throw error(.missingInitializer(names.first ?? "_"), at: binding.pattern)
                }
                let annotation = binding.typeAnnotation?.type
                let annotated = annotation.flatMap { ValueType(annotation: $0.trimmedDescription) }
                var value = try evaluate(initializer.value, expecting: annotated)
                if let annotation {
                    value = try convert(value, to: annotation, at: initializer.value)
                } else if case .optional(nil, "_") = value {
                    throw error(.nilNeedsType, at: initializer.value)
                }
                try destructure(binding.pattern, value, mutable: mutable, at: initializer.value)
            } catch {
                // Declared all the same: its later uses stay quiet, and a second declaration in this cell is an error.
                for name in names { declareFailed(name) }
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Binds the names of `pattern` (`x`, `_`, `(a, b)`, `(i, (x, y))`) to the parts of `value`.
    mutating func destructure(_ pattern: PatternSyntax, _ value: Value, mutable: Bool, at node: ExprSyntax) throws(Failure) {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            try declare(identifier.identifier.text, value, mutable: mutable, at: identifier)
        } else if pattern.is(WildcardPatternSyntax.self) {
            return
        } else if let tuple = pattern.as(TuplePatternSyntax.self) {
            guard case let .tuple(parts) = value, parts.count == tuple.elements.count else {
                throw error(.tuplePatternMismatch(tuple.elements.count, value.typeName), at: pattern)
            }
            for (element, part) in zip(tuple.elements, parts) {
                try destructure(element.pattern, part, mutable: mutable, at: node)
            }
        } else if let binding = pattern.as(ValueBindingPatternSyntax.self) {
            try destructure(binding.pattern, value, mutable: binding.bindingSpecifier.tokenKind == .keyword(.var), at: node)
        } else {
            throw error(.unsupported("patterns of this kind"), at: pattern)
        }
    }

    /// Converts a value to the type written in an annotation (`Vector`, `Matrix`, `Double`, `[Int]`, `Int?`, …).
    mutating func convert(_ value: Value, to annotation: TypeSyntax, at node: some SyntaxProtocol) throws(Failure) -> Value {
        guard let type = try typeName(of: annotation) else {
            throw error(.unknownType(annotation.trimmedDescription), at: annotation)
        }
        guard let converted = Self.coerce(value, to: type) else {
            throw error(.cannotConvert(value.typeName, to: annotation.trimmedDescription), at: node)
        }
        return converted
    }

    /// An expression statement: `#expect`, an `if`, an assignment, or a value (shown at a cell's top level).
    private mutating func executeExpression(_ expression: ExprSyntax, topLevel: Bool) throws(Failure) -> Completion {
        if let macro = expression.as(MacroExpansionExprSyntax.self) {
            try expect(macro)
            return .normal
        }
        if let ifExpression = expression.as(IfExprSyntax.self) {
            return try executeIf(ifExpression)
        }
        if let infix = expression.as(InfixOperatorExprSyntax.self), let op = Self.assignmentOperator(infix) {
            try assign(infix, operator: op)
            return .normal
        }
        let value = try evaluate(expression)
        guard topLevel, value != .void else { return .normal }
        try countShowing(value, at: expression)
        let start = expression.positionAfterSkippingLeadingTrivia
        let end = expression.endPositionBeforeTrailingTrivia
        run.outputs.append(CellOutput(
            value: value, source: expression.trimmedDescription, range: start.utf8Offset..<end.utf8Offset,
            start: position(start), end: position(end)))
        return .normal
    }

    private func declarationKind(_ declaration: DeclSyntax) -> String {
        switch declaration.kind {
        case .importDecl: "imports"
        case .structDecl: "structs"
        case .classDecl: "classes"
        case .enumDecl: "enum declarations"
        case .protocolDecl: "protocols"
        case .actorDecl: "actors"
        case .extensionDecl: "extensions"
        case .typeAliasDecl: "type aliases"
        case .operatorDecl, .precedenceGroupDecl: "operator declarations"
        default: "declarations of this kind"
        }
    }

    private func statementKind(_ statement: StmtSyntax) -> String {
        switch statement.kind {
        case .deferStmt: "'defer' statements"
        case .doStmt: "'do' blocks"
        case .throwStmt: "'throw' statements"
        case .discardStmt: "'discard' statements"
        case .fallThroughStmt: "'fallthrough' statements"
        default: "statements of this kind"
        }
    }
}

extension Value {
    /// Swift's `()`, the value of a call that returns nothing (not shown).
    static let void = Value.tuple([])
}

extension String {
    static func missingInitializer(_ name: String) -> String {
        "'\(name)' needs a value: swift-compute bindings are initialized where they are declared"
    }

    static func unknownType(_ name: String) -> String {
        "cannot find type '\(name)' in scope; swift-compute has Int, Double, Bool, String, Vector, Matrix, "
            + "arrays, dictionaries, tuples, optionals and function types of them"
    }

    static func cannotConvert(_ type: String, to target: String) -> String {
        "cannot convert value of type '\(type)' to specified type '\(target)'"
    }

    /// swiftc's "'nil' requires a contextual type".
    static let nilNeedsType = "'nil' requires a contextual type"
}

private extension String {
    static let breakOutsideLoop = "'break' is only allowed inside a loop, if, do, or switch"
    static let continueOutsideLoop = "'continue' is only allowed inside a loop"
    static func unknownLabel(_ label: String) -> String { "cannot find label '\(label)' in scope" }
    static func tuplePatternMismatch(_ count: Int, _ type: String) -> String {
        "cannot destructure a value of type '\(type)' into a tuple pattern of \(count) elements"
    }
}
