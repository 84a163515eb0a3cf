extension Builtin {
    /// What a call will produce and do, estimated from its arguments before it runs.
    struct Cost: Sendable {
        /// The elements of the largest value the call allocates (its result, or an intermediate matrix).
        let elements: Int
        /// The work units it spends (arithmetic operations, and the loops over each side of what it builds).
        let operations: Int
        /// The sides of what it builds (rows, columns, heads), each checked on its own against the element limit, since
        /// a side of 10⁹ is walked even when the other side is 0.
        let sides: [Int]

        /// A cost of `elements` elements and `operations` operations, building values with `sides`.
        init(elements: Int, operations: Int, sides: [Int] = []) {
            self.elements = elements
            self.operations = operations
            self.sides = sides
        }

        /// A rows × columns matrix built at `perElement` operations an element, plus one for each row and column.
        static func matrix(rows: Int, columns: Int, perElement: Int = 1) -> Cost {
            let size = product(rows, columns)
            return Cost(elements: size, operations: sum(product(size, perElement), rows, columns), sides: [rows, columns])
        }

        /// ∏ factors, with negative factors read as 0 and overflow saturating at `Int.max`.
        static func product(_ factors: Int...) -> Int {
            var result = 1
            for factor in factors {
                guard factor > 0 else { return 0 }
                let (next, overflow) = result.multipliedReportingOverflow(by: factor)
                if overflow { return .max }
                result = next
            }
            return result
        }

        /// Σ terms, saturating at `Int.max`.
        static func sum(_ terms: Int...) -> Int {
            var result = 0
            for term in terms {
                let (next, overflow) = result.addingReportingOverflow(max(term, 0))
                if overflow { return .max }
                result = next
            }
            return result
        }
    }
}
