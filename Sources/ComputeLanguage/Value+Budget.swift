import TransformerCore

extension Value {
    /// The lengths that walking the value takes besides its elements: a matrix's rows and columns (a 0 × 10⁹ matrix
    /// holds no number, yet every loop over its columns runs 10⁹ times), a record's member count and its members' sides.
    var sides: [Int] {
        switch self {
        case let .matrix(m): [m.rows, m.columns]
        case let .record(record): [record.members.count] + record.members.flatMap(\.value.sides)
        default: []
        }
    }

    /// The longest of `sides`, 0 for a value without any.
    var longestSide: Int { sides.max() ?? 0 }

    /// What handling the value costs, in work units: its elements plus its sides, saturating at `Int.max`.
    var footprint: Int {
        sides.reduce(elementCount) { total, side in
            let (sum, overflow) = total.addingReportingOverflow(max(side, 0))
            return overflow ? .max : sum
        }
    }
}
