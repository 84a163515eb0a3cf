extension Builtin {
    /// What a call will produce and do, estimated from its arguments before it runs.
    struct Cost: Sendable {
        /// The elements of the largest value the call allocates (its result, or an intermediate matrix).
        let elements: Int
        /// The arithmetic operations it performs.
        let operations: Int

        /// A cost of `elements` elements and `operations` operations.
        init(elements: Int, operations: Int) {
            self.elements = elements
            self.operations = operations
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
