import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// An evaluated argument: its label, value and syntax.
    private struct Argument {
        let label: String?
        let value: Value
        let syntax: LabeledExprSyntax
    }

    /// Why an overload did not accept the arguments.
    private enum Mismatch {
        case labels
        case extra(Argument)
        /// The parameter left out, and its 1-based position.
        case missing(Builtin.Parameter, Int)
        case type(Argument, Builtin.Parameter)
    }

    /// Calls a builtin, choosing the overload whose labels and types fit the arguments.
    mutating func evaluateCall(_ call: FunctionCallExprSyntax) throws(Failure) -> Value {
        if let closure = call.trailingClosure {
            throw error(.unsupported("closures"), at: closure)
        }
        guard let callee = call.calledExpression.as(DeclReferenceExprSyntax.self) else {
            throw error(.unsupported("calls of anything but a builtin function"), at: call.calledExpression)
        }
        let name = callee.baseName.text
        switch environment[name] {
        case let .value(value, _)?: throw error(.notAFunction(value.typeName), at: callee)
        case .failed?: throw .reported
        case nil: break
        }
        let overloads = BuiltinRegistry.named(name)
        guard !overloads.isEmpty else {
            let notes = NameSuggestion.nearest(to: name, among: BuiltinRegistry.names).map { [ComputeDiagnostic.Note("did you mean '\($0)'?")] } ?? []
            throw error(.unknownName(name), at: callee, notes: notes)
        }
        var arguments: [Argument] = []
        for syntax in call.arguments {
            arguments.append(Argument(label: syntax.label?.text, value: try evaluate(syntax.expression), syntax: syntax))
        }
        var mismatches: [Mismatch] = []
        for builtin in overloads {
            switch match(arguments, to: builtin) {
            case let .success(values): return try invoke(builtin, with: values, at: call)
            case let .failure(failure): mismatches.append(failure.mismatch)
            }
        }
        let signatures = overloads.map { ComputeDiagnostic.Note("expected \($0.signature)") }
        switch mismatches.first(where: { if case .labels = $0 { false } else { true } }) ?? mismatches[0] {
        case .labels:
            let have = name + "(" + arguments.map { ($0.label ?? "_") + ":" }.joined() + ")"
            throw error(.wrongLabels(have: have, expected: overloads[0].selector), at: call, notes: signatures)
        case let .extra(argument):
            throw error(.extraArgument(argument.label), at: argument.syntax, notes: signatures)
        case let .missing(parameter, index):
            throw error(.missingArgument(parameter, index: index), at: call.rightParen.map(Syntax.init) ?? Syntax(call), notes: signatures)
        case let .type(argument, parameter):
            throw error(.wrongType(argument.value.typeName, expected: parameter.type.rawValue), at: argument.syntax.expression, notes: signatures)
        }
    }

    /// Binds arguments to parameters in order, filling defaults, converting types.
    private func match(_ arguments: [Argument], to builtin: Builtin) -> Result<[Value], MismatchError> {
        let parameters = builtin.parameters
        if arguments.count > parameters.count {
            return .failure(MismatchError(.extra(arguments[parameters.count])))
        }
        var bound = [Value?](repeating: nil, count: parameters.count)
        var next = 0
        for argument in arguments {
            while next < parameters.count, parameters[next].label != argument.label, parameters[next].defaultValue != nil {
                next += 1
            }
            guard next < parameters.count, parameters[next].label == argument.label else {
                // The label belongs to a later parameter: the ones before it were left out.
                if next < parameters.count, parameters[(next + 1)...].contains(where: { $0.label == argument.label }) {
                    return .failure(MismatchError(.missing(parameters[next], next + 1)))
                }
                return .failure(MismatchError(.labels))
            }
            guard let converted = parameters[next].type.convert(argument.value) else {
                return .failure(MismatchError(.type(argument, parameters[next])))
            }
            bound[next] = converted
            next += 1
        }
        var values: [Value] = []
        for (index, (parameter, value)) in zip(parameters, bound).enumerated() {
            guard let value = value ?? parameter.defaultValue.flatMap(parameter.type.convert) else {
                return .failure(MismatchError(.missing(parameter, index + 1)))
            }
            values.append(value)
        }
        return .success(values)
    }

    /// A `Mismatch` as an `Error`, for `Result`.
    private struct MismatchError: Error {
        let mismatch: Mismatch
        init(_ mismatch: Mismatch) { self.mismatch = mismatch }
    }

    private mutating func invoke(_ builtin: Builtin, with values: [Value], at call: FunctionCallExprSyntax) throws(Failure) -> Value {
        try charge(values.reduce(1) { $0 + $1.elementCount }, at: call)
        let result: Value
        do {
            result = try builtin.body(values)
        } catch {
            let reason = error.description
            throw self.error(reason.hasPrefix(builtin.name + " ") ? reason : .builtinFailed(builtin.name, reason), at: call)
        }
        try checkSize(result.elementCount, at: call)
        try charge(result.elementCount, at: call)
        if let bad = result.firstNonFinite {
            throw error(.nonFinite(call.trimmedDescription, bad), at: call)
        }
        return result
    }
}

private extension String {
    static func notAFunction(_ type: String) -> String { "cannot call value of non-function type '\(type)'" }
    static func wrongLabels(have: String, expected: String) -> String {
        "incorrect argument labels in call (have '\(have)', expected '\(expected)')"
    }
    /// swiftc's wording: "missing argument for parameter 'temperature' in call", or "… parameter #1 …" when unlabelled.
    static func missingArgument(_ parameter: Builtin.Parameter, index: Int) -> String {
        "missing argument for parameter \(parameter.label.map { "'\($0)'" } ?? "#\(index)") in call"
    }
    static func extraArgument(_ label: String?) -> String {
        "extra argument \(label.map { "'\($0)' " } ?? "")in call"
    }
    static func wrongType(_ type: String, expected: String) -> String {
        "cannot convert value of type '\(type)' to expected argument type '\(expected)'"
    }
    static func builtinFailed(_ name: String, _ reason: String) -> String { "\(name): \(reason)" }
    static func nonFinite(_ call: String, _ value: Double) -> String {
        "the result of '\(call)' is not finite (\(value.isNaN ? "nan" : String(value)))"
    }
}
