import SwiftSyntax

extension Interpreter {
    /// `a < b` for numbers and strings (Swift's `Comparable`).
    mutating func less(_ a: Value, _ b: Value, at node: some SyntaxProtocol) throws(Failure) -> Bool {
        if let x = a.realValue, let y = b.realValue { return x < y }
        if case let .string(x) = a, case let .string(y) = b { return x < y }
        throw error(.notComparable(a.typeName), at: node)
    }

    /// A stable merge sort, by `<` or by `comparator` (a closure returning whether its first argument comes first).
    mutating func mergeSort(_ elements: [Value], comparator: Function?, at call: FunctionCallExprSyntax) throws(Failure) -> [Value] {
        guard elements.count > 1 else { return elements }
        let middle = elements.count / 2
        let left = try mergeSort(Array(elements[..<middle]), comparator: comparator, at: call)
        let right = try mergeSort(Array(elements[middle...]), comparator: comparator, at: call)
        var merged: [Value] = []
        merged.reserveCapacity(elements.count)
        var (i, j) = (0, 0)
        while i < left.count, j < right.count {
            let rightFirst = if let comparator {
                try truth(try invoke(comparator, with: [right[j], left[i]], at: call), at: call)
            } else {
                try less(right[j], left[i], at: call)
            }
            if rightFirst { merged.append(right[j]); j += 1 } else { merged.append(left[i]); i += 1 }
        }
        merged += left[i...]
        merged += right[j...]
        return merged
    }
}

extension String {
    static func notComparable(_ type: String) -> String { "type '\(type)' does not conform to protocol 'Comparable'" }
}
