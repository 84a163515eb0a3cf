import SwiftSyntax

extension Interpreter {
    /// Executes each statement in order; a statement with a syntax error, or one that could not be
    /// folded or was refused before parsing finished, is skipped and the names it would bind are marked failed.
    mutating func execute(_ statements: CodeBlockItemListSyntax, skipping unfoldable: [Range<Int>]) {
        for item in statements {
            let range = item.positionAfterSkippingLeadingTrivia.utf8Offset..<item.endPositionBeforeTrailingTrivia.utf8Offset
            if item.hasError || unfoldable.contains(where: { $0.overlaps(range) }) {
                markFailed(namesBoundBy: item)
                continue
            }
            do {
                try execute(item)
            } catch {
                // The diagnostic is already recorded; the next statement runs.
            }
        }
    }

    /// Binds every name `item` declares to `.failed`.
    private mutating func markFailed(namesBoundBy item: CodeBlockItemSyntax) {
        for name in item.boundNames where declaredHere.insert(name).inserted {
            environment[name] = .failed
        }
    }

    private mutating func execute(_ item: CodeBlockItemSyntax) throws(Failure) {
        switch item.item {
        case let .decl(declaration):
            guard let variable = declaration.as(VariableDeclSyntax.self) else {
                throw error(.unsupported(declarationKind(declaration)), at: declaration)
            }
            try bind(variable)
        case let .stmt(statement):
            if let expression = statement.as(ExpressionStmtSyntax.self)?.expression {
                try executeExpression(expression)
            } else {
                throw error(.unsupported(statementKind(statement)), at: statement)
            }
        case let .expr(expression):
            try executeExpression(expression)
        }
    }

    /// `let name[: Type] = value` and `var`: evaluates, converts to the annotated type, binds.
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
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
                failure = error(.unsupported("destructuring patterns"), at: binding.pattern)
                for name in binding.pattern.boundNames where declaredHere.insert(name).inserted {
                    environment[name] = .failed
                }
                continue
            }
            do throws(Failure) {
                guard !declaredHere.contains(name) else {
                    throw error(.redeclaration(name), at: binding.pattern)
                }
                guard let initializer = binding.initializer else {
                    throw error(.missingInitializer(name), at: binding.pattern)
                }
                let annotated = binding.typeAnnotation.flatMap { ValueType(annotation: $0.type.trimmedDescription) }
                var value = try evaluate(initializer.value, expecting: annotated)
                if let annotation = binding.typeAnnotation?.type {
                    value = try convert(value, to: annotation, at: initializer.value)
                }
                try bindChecked(name, to: value, mutable: mutable, at: binding.pattern)
                declaredHere.insert(name)
            } catch {
                // Declared all the same: its later uses stay quiet, and a second declaration in this cell is an error.
                if declaredHere.insert(name).inserted { environment[name] = .failed }
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// Converts a value to the type written in an annotation (`Vector`, `Matrix`, `Double`, `[Double]`, …).
    private mutating func convert(_ value: Value, to annotation: TypeSyntax, at node: ExprSyntax) throws(Failure) -> Value {
        let written = annotation.trimmedDescription
        let type: ValueType? = switch written {
        case "[Double]", "[Int]": .vector
        case "[[Double]]", "[[Int]]": .matrix
        default: ValueType(annotation: written)
        }
        guard let type else {
            throw error(.unknownType(written), at: annotation)
        }
        guard let converted = type.convert(value) else {
            throw error(.cannotConvert(value.typeName, to: written), at: node)
        }
        return converted
    }

    /// An expression statement: `#expect`, an assignment to a `var`, or a value to display.
    private mutating func executeExpression(_ expression: ExprSyntax) throws(Failure) {
        if let macro = expression.as(MacroExpansionExprSyntax.self) {
            try expect(macro)
            return
        }
        if let infix = expression.as(InfixOperatorExprSyntax.self), infix.operator.is(AssignmentExprSyntax.self) {
            try assign(infix)
            return
        }
        let value = try evaluate(expression)
        try countShowing(value, at: expression)
        let start = expression.positionAfterSkippingLeadingTrivia
        let end = expression.endPositionBeforeTrailingTrivia
        run.outputs.append(CellOutput(
            value: value, source: expression.trimmedDescription, range: start.utf8Offset..<end.utf8Offset,
            start: position(start), end: position(end)))
    }

    /// `name = value` for a name bound with `var`.
    private mutating func assign(_ infix: InfixOperatorExprSyntax) throws(Failure) {
        guard let target = infix.leftOperand.as(DeclReferenceExprSyntax.self) else {
            throw error(.unsupported("assignments to anything but a name"), at: infix.leftOperand)
        }
        let name = target.baseName.text
        switch environment[name] {
        case let .value(old, mutable: true):
            let value = try evaluate(infix.rightOperand, expecting: ValueType(annotation: old.typeName))
            // A variable keeps the type it was declared with, as in Swift (an `Int` still converts to `Double`).
            guard let converted = ValueType(annotation: old.typeName)?.convert(value) else {
                throw error(.cannotAssign(value.typeName, to: old.typeName), at: infix.rightOperand)
            }
            try bindChecked(name, to: converted, mutable: true, at: target)
        case .value(_, mutable: false):
            throw error(.assignToLet(name), at: target, notes: [.init("change 'let' to 'var' to make it mutable")])
        case .failed:
            throw .reported
        case nil:
            throw error(.unknownName(name), at: target, notes: NameSuggestion.notes(for: name, among: environment.names))
        }
    }

    private func declarationKind(_ declaration: DeclSyntax) -> String {
        switch declaration.kind {
        case .importDecl: "imports"
        case .functionDecl: "function declarations"
        case .structDecl, .classDecl, .enumDecl, .protocolDecl, .actorDecl, .extensionDecl: "type declarations"
        case .typeAliasDecl: "type aliases"
        case .operatorDecl, .precedenceGroupDecl: "operator declarations"
        default: "declarations of this kind"
        }
    }

    private func statementKind(_ statement: StmtSyntax) -> String {
        switch statement.kind {
        case .forStmt: "'for' loops"
        case .whileStmt: "'while' loops"
        case .repeatStmt: "'repeat' loops"
        case .returnStmt: "'return' statements"
        case .guardStmt: "'guard' statements"
        case .deferStmt: "'defer' statements"
        case .doStmt: "'do' blocks"
        case .throwStmt: "'throw' statements"
        case .breakStmt, .continueStmt: "'break' and 'continue' statements"
        default: "statements of this kind"
        }
    }
}

private extension String {
    static func redeclaration(_ name: String) -> String { "invalid redeclaration of '\(name)'" }

    static func missingInitializer(_ name: String) -> String {
        "'\(name)' needs a value: swift-compute bindings are initialized where they are declared"
    }

    static func unknownType(_ name: String) -> String {
        "cannot find type '\(name)' in scope; swift-compute has Int, Double, Bool, String, Vector and Matrix"
    }

    static func cannotConvert(_ type: String, to target: String) -> String {
        "cannot convert value of type '\(type)' to specified type '\(target)'"
    }

    static func cannotAssign(_ type: String, to target: String) -> String {
        "cannot assign value of type '\(type)' to type '\(target)'"
    }

    static func assignToLet(_ name: String) -> String { "cannot assign to value: '\(name)' is a 'let' constant" }
}
