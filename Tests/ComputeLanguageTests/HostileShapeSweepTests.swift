import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 11: every builtin, called with shapes that have one side 0 and the other at the element limit, with long
/// vectors and with huge counts, ends quickly, in a value or a located error, never a trap or a runaway.
@Suite("Hostile shapes: every builtin, called with extreme sides and counts, ends quickly")
struct HostileShapeSweepTests {
    /// Arguments by parameter type for scenario `index`: each scenario pairs the extremes differently.
    private static func argument(_ type: ValueType, _ index: Int) -> String? {
        let matrices = [
            "e", "t", "w", "zeros(rows: 1_000, columns: 0)", "zeros(rows: 2, columns: 2)",
        ]
        let vectors = ["long", "[]", "[1, 2]", "rowSums(t)", "long"]
        let ints = ["0", "1_000_000_000", "9223372036854775807", "1_000_000", "-1"]
        switch type {
        case .int: return ints[index % ints.count]
        case .double: return ["0", "1e308", "-1", "1", "0.5"][index % 5]
        case .bool: return index.isMultiple(of: 2) ? "true" : "false"
        case .matrix: return matrices[index % matrices.count]
        case .vector: return vectors[index % vectors.count]
        case .vectorOrMatrix, .numeric: return (matrices + vectors)[index % (matrices.count + vectors.count)]
        case .matrices: return "splitHeads(w, count: 1)"
        case .strings: return "[\"a\"]"
        case .string: return "\"s\""
        default: return nil
        }
    }

    @Test("each builtin with each scenario ends within a generous debug bound")
    func testSweep() {
        // e: 0 × 1,000,000; t: 1,000,000 × 0; w: 1 × 1,000,000; long: 1,000,000 zeros.
        let setup = "let e = zeros(rows: 0, columns: 1_000_000)\nlet t = zeros(rows: 1_000_000, columns: 0)\n"
            + "let w = zeros(rows: 1, columns: 1_000_000)\nlet long = rowSums(t)"
        var base = ComputeSession()
        #expect(base.run(setup).diagnostics.isEmpty)
        var slowest: (Duration, String) = (.zero, "")
        var calls = 0
        for builtin in BuiltinRegistry.all {
            for scenario in 0..<5 {
                var arguments: [String] = []
                for parameter in builtin.parameters {
                    if let value = Self.argument(parameter.type, scenario + arguments.count) {
                        arguments.append((parameter.label.map { $0 + ": " } ?? "") + value)
                    } else if parameter.defaultValue == nil {
                        arguments = []
                        break
                    }
                }
                if arguments.isEmpty, !builtin.parameters.isEmpty { continue }
                let code = "let r = \(builtin.name)(\(arguments.joined(separator: ", ")))"
                var session = base
                let start = ContinuousClock.now
                let run = session.run(code)
                let elapsed = ContinuousClock.now - start
                calls += 1
                if elapsed > slowest.0 { slowest = (elapsed, code) }
                #expect(elapsed < .seconds(10), "\(code): \(elapsed)")
                for diagnostic in run.diagnostics {
                    #expect(diagnostic.position.line == 1 && diagnostic.position.column >= 1, "\(code)")
                }
            }
        }
        #expect(calls >= 200, "\(calls) calls")
        print("slowest: \(slowest.1) \(slowest.0)")
    }
}
