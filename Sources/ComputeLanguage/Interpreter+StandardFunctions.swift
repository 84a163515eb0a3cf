import SwiftSyntax

extension Interpreter {
    /// `stride(from:to:by:)`, `stride(from:through:by:)`, `zip(_:_:)`, `Array(_:)`; refuses `print` by name.
    mutating func standardFunction(_ name: String, _ call: FunctionCallExprSyntax) throws(Failure) -> Value? {
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
    mutating func stride(_ from: Value, _ to: Value, _ by: Value, through: Bool, at call: FunctionCallExprSyntax) throws(Failure) -> Value {
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
}

extension String {
    static func noInputOutput(_ name: String) -> String {
        "'\(name)' is not supported in swift-compute: input and output are outside its sandbox; a block shows the value of each expression statement"
    }
    static func fatalError(_ message: String?) -> String { "fatal error" + (message.map { ": \($0)" } ?? "") }
    static let zeroStride = "stride step must not be zero"
    static func strideTypes(_ a: String, _ b: String, _ c: String) -> String {
        "stride takes numbers of one type, got '\(a)', '\(b)' and '\(c)'"
    }
}
