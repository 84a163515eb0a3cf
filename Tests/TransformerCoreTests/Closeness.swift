import Testing
@testable import TransformerCore

/// The largest |a − b| over two equal-length vectors, where equal infinities count as 0 apart (∞ if the lengths differ).
func largestDifference(_ computed: [Double], _ expected: [Double]) -> Double {
    guard computed.count == expected.count else { return .infinity }
    return zip(computed, expected).reduce(0) { largest, pair in
        pair.0 == pair.1 ? largest : max(largest, abs(pair.0 - pair.1).isNaN ? .infinity : abs(pair.0 - pair.1))
    }
}

/// Expects `computed` to have the shape of `expected` (rows of a fixture) and agree with it within `tolerance`.
func expectClose(
    _ computed: Matrix, _ expected: [[Double]], tolerance: Double = 1e-12, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let rows = expected.count, columns = expected.first?.count ?? 0
    guard computed.rows == rows, computed.columns == columns else {
        Issue.record("\(what): shape \(computed.rows)×\(computed.columns), expected \(rows)×\(columns)", sourceLocation: sourceLocation)
        return
    }
    let difference = largestDifference(computed.elements, expected.flatMap { $0 })
    #expect(difference <= tolerance, "\(what): differs by \(difference)", sourceLocation: sourceLocation)
}

/// Expects two vectors to agree within `tolerance`.
func expectClose(
    _ computed: [Double], _ expected: [Double], tolerance: Double = 1e-12, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let difference = largestDifference(computed, expected)
    #expect(difference <= tolerance, "\(what): differs by \(difference)", sourceLocation: sourceLocation)
}
