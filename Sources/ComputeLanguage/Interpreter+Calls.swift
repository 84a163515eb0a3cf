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
        /// The first argument whose label is not the one its place calls for.
        case labels(Argument)
        case extra(Argument)
        /// The parameter left out, and its 1-based position.
        case missing(Builtin.Parameter, Int)
        case type(Argument, Builtin.Parameter)
    }

    /// Calls a builtin, choosing the overload whose labels and types fit the arguments; `type` is the type the
    /// call's value is expected to have, which gives `.padding(…)` its meaning.
    mutating func evaluateCall(_ call: FunctionCallExprSyntax, expecting type: ValueType? = nil) throws(Failure) -> Value {
        // A number's own methods (`x.squareRoot()`) first: the call dispatch of functions, closures and collection
        // methods does not know them.
        if let value = try numberMethod(call) { return value }
        if let value = try callValue(call) { return value }
        if let closure = call.trailingClosure {
            // An unknown name called with a trailing closure (`Task { … }`) is that name's error, not the closure's.
            if let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text, BuiltinRegistry.named(name).isEmpty {
                _ = try resolve(call.calledExpression, expecting: type)
            }
            throw error(.unsupported("trailing closures on builtins"), at: closure)
        }
        let callee = try resolve(call.calledExpression, expecting: type)
        var arguments: [Argument] = []
        var unlabelled = 0
        for syntax in call.arguments {
            let label = syntax.label?.text
            let context = callee.takesFlags ? .mask : Self.contextType(label: label, unlabelledIndex: unlabelled, in: callee.overloads)
            if label == nil { unlabelled += 1 }
            arguments.append(Argument(label: label, value: try evaluate(syntax.expression, expecting: context), syntax: syntax))
        }
        var mismatches: [(builtin: Builtin, mismatch: Mismatch)] = []
        for builtin in callee.overloads {
            switch match(arguments, to: builtin) {
            case let .success(values): return try invoke(builtin, with: values, at: call)
            case let .failure(failure): mismatches.append((builtin, failure.mismatch))
            }
        }
        let signatures = callee.overloads.map { ComputeDiagnostic.Note("expected \($0.signature)") }
        // The overload the call comes closest to explains the problem (the first of equally close ones).
        let labels = arguments.map(\.label)
        guard let closest = mismatches.max(by: { Self.closeness(labels, $0.builtin) < Self.closeness(labels, $1.builtin) }) else {
            throw error(.unsupported("calls of anything but a builtin function"), at: call)
        }
        let chosen = mismatches.first { Self.closeness(labels, $0.builtin) == Self.closeness(labels, closest.builtin) } ?? closest
        switch chosen.mismatch {
        case let .labels(argument):
            let have = callee.name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            throw error(.wrongLabels(have: have, expected: chosen.builtin.selector), at: argument.syntax, notes: signatures)
        case let .extra(argument):
            throw error(.extraArgument(argument.label), at: argument.syntax, notes: signatures)
        case let .missing(parameter, index):
            throw error(.missingArgument(parameter, index: index), at: call.rightParen.map(Syntax.init) ?? Syntax(call), notes: signatures)
        case let .type(argument, parameter):
            throw error(.wrongType(argument.value.typeName, expected: parameter.type.rawValue), at: argument.syntax.expression, notes: signatures)
        }
    }

    /// How well argument labels fit an overload: the labels it has, less the arguments it has no label for and
    /// the parameters without a default that no argument names.
    private static func closeness(_ labels: [String?], _ builtin: Builtin) -> Int {
        var unused = builtin.parameters
        var fitting = 0
        let variadic = builtin.parameters.last.map { ($0.variadic, $0.label) }
        for label in labels {
            guard let index = unused.firstIndex(where: { $0.label == label }) else {
                // A further argument of a variadic last parameter fits too.
                if let variadic, variadic.0, variadic.1 == label, unused.allSatisfy({ $0.defaultValue != nil }) { fitting += 1 }
                continue
            }
            unused.remove(at: index)
            fitting += 1
        }
        return fitting - (labels.count - fitting) - unused.filter { $0.defaultValue == nil && !$0.variadic }.count
    }

    /// Binds arguments to parameters in order, filling defaults, converting types; a variadic last parameter takes
    /// every further argument with its label (none included), each value after the others.
    private func match(_ arguments: [Argument], to builtin: Builtin) -> Result<[Value], MismatchError> {
        let parameters = builtin.parameters
        let variadic = parameters.last.flatMap { $0.variadic ? $0 : nil }
        if arguments.count > parameters.count, variadic == nil {
            return .failure(MismatchError(.extra(arguments[parameters.count])))
        }
        var bound = [Value?](repeating: nil, count: parameters.count)
        var rest: [Value] = []
        var next = 0
        for argument in arguments {
            if let variadic, next == parameters.count, argument.label == variadic.label {
                guard let converted = variadic.type.convert(argument.value) else {
                    return .failure(MismatchError(.type(argument, variadic)))
                }
                rest.append(converted)
                continue
            }
            while next < parameters.count, parameters[next].label != argument.label, parameters[next].defaultValue != nil {
                next += 1
            }
            guard next < parameters.count, parameters[next].label == argument.label else {
                // The label belongs to a later parameter: the ones before it were left out.
                if next < parameters.count, parameters[(next + 1)...].contains(where: { $0.label == argument.label }) {
                    return .failure(MismatchError(.missing(parameters[next], next + 1)))
                }
                return .failure(MismatchError(.labels(argument)))
            }
            guard let converted = parameters[next].type.convert(argument.value) else {
                return .failure(MismatchError(.type(argument, parameters[next])))
            }
            bound[next] = converted
            next += 1
        }
        var values: [Value] = []
        for (index, (parameter, value)) in zip(parameters, bound).enumerated() {
            if parameter.variadic, value == nil { continue }
            guard let value = value ?? parameter.defaultValue.flatMap(parameter.type.convert) else {
                return .failure(MismatchError(.missing(parameter, index + 1)))
            }
            values.append(value)
        }
        return .success(values + rest)
    }

    /// A `Mismatch` as an `Error`, for `Result`.
    private struct MismatchError: Error {
        let mismatch: Mismatch
        init(_ mismatch: Mismatch) { self.mismatch = mismatch }
    }

    /// Runs a builtin: charges its arguments (each element and side at the builtin's weight when it has no bounds of its
    /// own), refuses a call whose result, any side of it, or work would exceed the limits before it runs, then checks
    /// the size and finiteness of what it returns.
    private mutating func invoke(_ builtin: Builtin, with values: [Value], at call: FunctionCallExprSyntax) throws(Failure) -> Value {
        let arguments = values.reduce(1) { Builtin.Cost.sum($0, $1.footprint) }
        if let cost = builtin.bounds?(values) {
            try charge(arguments, at: call)
            try checkSize(cost.elements, at: call)
            for side in cost.sides { try checkSide(side, at: call) }
            try charge(cost.operations, at: call)
        } else {
            try charge(Builtin.Cost.product(arguments, WorkWeight.perElement(of: builtin.name)), at: call)
        }
        let result: Value
        do {
            result = try builtin.body(values)
        } catch {
            let reason = error.description
            let message = reason.hasPrefix(builtin.name + " ") ? reason : String.builtinFailed(builtin.name, reason)
            if let argument = Self.argument(blamedBy: error, in: call) { throw self.error(message, at: argument) }
            throw self.error(message, at: call)
        }
        try checkSize(of: result, at: call)
        try charge(result.footprint, at: call)
        if let bad = result.firstNonFinite {
            throw error(.nonFinite(call.trimmedDescription, bad), at: call)
        }
        return result
    }
}

extension String {
    /// "cannot call value of non-function type 'Vector'".
    static func notAFunction(_ type: String) -> String { "cannot call value of non-function type '\(type)'" }
}

private extension String {
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
    /// "the result of 'qr(m)' is not finite (nan in '.q')".
    static func nonFinite(_ call: String, _ element: NonFiniteElement) -> String {
        "the result of '\(call)' is not finite (\(element))"
    }
}
