import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// `v[i]`, `m[i]` (a row), `m[i, j]`, and `list[i]` of a list (`[String]`, `r.heads`), with indices checked.
    mutating func subscriptAccess(_ access: SubscriptCallExprSyntax) throws(Failure) -> Value {
        let base = try evaluate(access.calledExpression)
        if case let .dictionary(dictionary) = base { return try lookUp(in: dictionary, access) }
        var indices: [Int] = []
        for argument in access.arguments {
            guard case let .integer(index) = try evaluate(argument.expression) else {
                throw error(.indexNotInt, at: argument.expression)
            }
            indices.append(index)
        }
        func check(_ index: Int, _ count: Int, _ node: LabeledExprSyntax?) throws(Failure) {
            guard (0..<count).contains(index) else {
                throw error(.indexOutOfRange(index, count: count, of: base.typeName), at: node.map(Syntax.init) ?? Syntax(access))
            }
        }
        let arguments = Array(access.arguments)
        switch (base, indices.count) {
        case let (.vector(v), 1):
            try check(indices[0], v.count, arguments.first)
            return .real(v[indices[0]])
        case let (.matrix(m), 1):
            try check(indices[0], m.rows, arguments.first)
            try charge(m.columns, at: access)
            return .vector(m.row(indices[0]))
        case let (.matrix(m), 2):
            try check(indices[0], m.rows, arguments.first)
            try check(indices[1], m.columns, arguments.last)
            return .real(m[indices[0], indices[1]])
        case let (.list(list), 1):
            try check(indices[0], list.elements.count, arguments.first)
            return list.elements[indices[0]]
        case let (.range(range), 1):
            let (offset, overflow) = indices[0].subtractingReportingOverflow(range.lower)
            try check(overflow ? -1 : offset, range.count, arguments.first)
            return .integer(indices[0])
        case let (.strings(list), 1):
            try check(indices[0], list.count, arguments.first)
            return .string(list[indices[0]])
        default:
            break
        }
        throw error(.badSubscript(base.typeName, count: indices.count), at: access)
    }
}

