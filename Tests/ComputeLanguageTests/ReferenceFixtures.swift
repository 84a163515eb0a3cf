import Foundation
import Testing
@testable import ComputeLanguage

/// The NumPy reference fixtures of TransformerCore's tests, read by path, and their numbers written as swift-compute literals.
enum ReferenceFixtures {
    /// The folder of the fixtures, beside this test target in the source tree.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TransformerCoreTests/Fixtures")

    /// The fixture file `name` (e.g. "attention.json") as a dictionary.
    static func load(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The cases stored under `key` of the fixture `name`.
    static func cases(_ name: String, _ key: String = "cases") throws -> [[String: Any]] {
        try #require(try load(name)[key] as? [[String: Any]])
    }

    /// A number as a swift-compute literal that reads back as the same `Double` (`0.1`, `-2.5e-05`).
    static func literal(_ x: Double) -> String {
        String(x)
    }

    /// A vector as a swift-compute array literal.
    static func literal(_ v: [Double]) -> String {
        "[" + v.map(literal).joined(separator: ", ") + "]"
    }

    /// A matrix as a swift-compute array literal of rows.
    static func literal(_ m: [[Double]]) -> String {
        "[" + m.map(literal).joined(separator: ", ") + "]"
    }

    /// Flags as a swift-compute literal of `true` and `false`.
    static func literal(_ flags: [Bool]) -> String {
        "[" + flags.map(String.init).joined(separator: ", ") + "]"
    }

    /// Rows of flags as a swift-compute literal.
    static func literal(_ rows: [[Bool]]) -> String {
        "[" + rows.map(literal).joined(separator: ", ") + "]"
    }

    /// A JSON array of numbers.
    static func vector(_ value: Any?) throws -> [Double] {
        try #require(value as? [Double])
    }

    /// A JSON array of rows of numbers.
    static func matrix(_ value: Any?) throws -> [[Double]] {
        try #require(value as? [[Double]])
    }
}

/// Whether two matrices have the same shape and agree element by element.
func isClose(_ a: [[Double]]?, _ b: [[Double]], tolerance: Double = 1e-12) -> Bool {
    guard let a, a.count == b.count else { return false }
    return zip(a, b).allSatisfy { isClose($0, $1, tolerance: tolerance) }
}

extension Compute {
    /// The member `name` of the last value of `code` if it is a record whose member is a matrix, as its rows.
    static func member(_ name: String, of code: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[Double]]? {
        guard case let .record(record)? = value(code, sourceLocation: sourceLocation), case let .matrix(m)? = record[name] else {
            return nil
        }
        return m.rowArrays
    }
}
