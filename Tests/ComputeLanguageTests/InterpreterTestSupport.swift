import Foundation
import Testing
import TransformerCore
@testable import ComputeLanguage

/// Helpers shared by the interpreter tests: run code in a fresh session and read what it produced.
enum Compute {
    /// Runs `code` as the only cell of a fresh session.
    static func run(_ code: String, limits: Limits = .default) -> CellRun {
        var session = ComputeSession(limits: limits)
        return session.run(code)
    }

    /// The value of the last expression statement of `code`; records an issue if anything was diagnosed.
    static func value(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
        let result = run(code)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return result.outputs.last?.value
    }

    /// The last value of `code` as a real number (an `Int` reads as one too).
    static func real(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> Double? {
        value(code, sourceLocation: sourceLocation)?.realValue
    }

    /// The last value of `code` if it is a vector.
    static func vector(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Double]? {
        guard case let .vector(v)? = value(code, sourceLocation: sourceLocation) else { return nil }
        return v
    }

    /// The last value of `code` if it is a matrix, as its rows.
    static func matrix(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[Double]]? {
        guard case let .matrix(m)? = value(code, sourceLocation: sourceLocation) else { return nil }
        return m.rowArrays
    }

    /// The diagnostics of `code`, recording an issue unless there is exactly one and it is an error.
    static func onlyError(
        _ code: String, limits: Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ComputeDiagnostic? {
        let diagnostics = run(code, limits: limits).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        #expect(diagnostics.first?.severity == .error, sourceLocation: sourceLocation)
        return diagnostics.first
    }

    /// The 1-based line and UTF-8 column of a diagnostic, for compact comparisons.
    static func place(_ diagnostic: ComputeDiagnostic?) -> [Int]? {
        diagnostic.map { [$0.position.line, $0.position.column] }
    }
}

/// Whether two reals agree to a relative (and, near zero, absolute) tolerance.
func isClose(_ a: Double?, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

/// Whether two vectors have the same length and agree element by element.
func isClose(_ a: [Double]?, _ b: [Double], tolerance: Double = 1e-12) -> Bool {
    guard let a, a.count == b.count else { return false }
    return zip(a, b).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

/// One error case: the code, the whole message, and its 1-based line and UTF-8 column.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    let code: String
    let message: String
    let place: [Int]

    init(_ code: String, _ message: String, _ line: Int, _ column: Int) {
        self.code = code
        self.message = message
        self.place = [line, column]
    }

    var testDescription: String { code }

    /// Runs the case, expecting exactly this one error.
    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        let error = Compute.onlyError(code, sourceLocation: sourceLocation)
        #expect(error?.message == message, sourceLocation: sourceLocation)
        #expect(Compute.place(error) == place, sourceLocation: sourceLocation)
    }
}
