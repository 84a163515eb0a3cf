import Foundation
import Testing
@testable import ComputeLanguage

@Suite("Builtins: attention, masks and multi-head attention, against the NumPy fixtures")
struct AttentionBuiltinTests {
    /// The swift-compute mask of a fixture's mask: `.none`, `.causal`, `.padding([true, …])`, `.validLength(n)`,
    /// or for an explicit mask a matrix of `true` and `false` (as `mask:` accepts one directly).
    static func mask(_ json: Any?) throws -> String {
        let mask = try #require(json as? [String: Any])
        switch try #require(mask["kind"] as? String) {
        case "none": return ".none"
        case "causal": return ".causal"
        case "padding": return ".padding(\(ReferenceFixtures.literal(try #require(mask["keys"] as? [Bool]))))"
        case "validLength": return ".validLength(\(try #require(mask["length"] as? Int)))"
        default: return ReferenceFixtures.literal(try #require(mask["allowed"] as? [[Bool]]))
        }
    }

    @Test("attention(q:k:v:mask:scaled:) gives the fixture's scores, scaled scores, weights and output for every mask")
    func testAttentionFixtures() throws {
        let cases = try ReferenceFixtures.cases("attention.json")
        #expect(cases.count >= 13)
        for fixture in cases {
            let name = fixture["name"] as? String ?? ""
            let code = """
                let q = \(ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["queries"])))
                let k = \(ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["keys"])))
                let v = \(ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["values"])))
                attention(q: q, k: k, v: v, mask: \(try Self.mask(fixture["mask"])), scaled: \(fixture["scaled"] as? Bool ?? true))
                """
            for member in ["scores", "scaledScores", "weights", "output"] {
                #expect(isClose(Compute.member(member, of: code), try ReferenceFixtures.matrix(fixture[member])), "\(name): \(member)")
            }
            // The fused kernel gives the same output where it applies (no mask or causal).
            let kind = (fixture["mask"] as? [String: Any])?["kind"] as? String
            if kind == "none" || kind == "causal" {
                let fused = code.replacingOccurrences(of: "attention(", with: "attentionOutput(")
                    .replacingOccurrences(of: "mask: .none", with: "causal: false").replacingOccurrences(of: "mask: .causal", with: "causal: true")
                #expect(isClose(Compute.matrix(fused), try ReferenceFixtures.matrix(fixture["output"])), "\(name): attentionOutput")
            }
        }
    }

    @Test("the 'The car is red' walkthrough: causal weights are zero above the diagonal and rows sum to 1")
    func testCausalWalkthrough() throws {
        let code = """
            let scores = [[0.1, 0.8, 0.3, 0.2], [0.2, 0.9, 0.7, 0.6], [0.1, 0.8, 0.4, 0.5], [0.3, 0.9, 0.2, 0.1]]
            let r = attention(q: scores, k: identity(4), v: identity(4), mask: .causal, scaled: false)
            #expect(rowSums(r.weights) ≈ [1, 1, 1, 1])
            #expect(r.weights[0, 1] == 0 && r.weights[2, 3] == 0)
            #expect(r.scores == scores)
            r.weights.shape
            """
        let run = Compute.run(code)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.expectations.map(\.passed) == [true, true, true])
        #expect(run.outputs.last?.value.shortDescription == "4×4")
    }

    @Test("masks: every form gives the 0/1 matrix of its definition")
    func testMaskMatrix() {
        #expect(Compute.matrix("maskMatrix(.causal, queries: 3, keys: 3)") == [[1, 0, 0], [1, 1, 0], [1, 1, 1]])
        #expect(Compute.matrix("maskMatrix(.none, queries: 2, keys: 2)") == [[1, 1], [1, 1]])
        #expect(Compute.matrix("maskMatrix(.padding([true, false, true]), queries: 2, keys: 3)") == [[1, 0, 1], [1, 0, 1]])
        #expect(Compute.matrix("maskMatrix(.padding([1, 0, 1]), queries: 1, keys: 3)") == [[1, 0, 1]])
        #expect(Compute.matrix("maskMatrix(.validLength(2), queries: 2, keys: 3)") == [[1, 1, 0], [1, 1, 0]])
        #expect(Compute.matrix("maskMatrix(.explicit([[true, false], [false, true]]), queries: 2, keys: 2)") == [[1, 0], [0, 1]])
        #expect(Compute.matrix("maskMatrix([[1, 0], [1, 1]], queries: 2, keys: 2)") == [[1, 0], [1, 1]])
        #expect(Compute.matrix("maskMatrix(AttentionMask.causal, queries: 2, keys: 2)") == [[1, 0], [1, 1]])
        #expect(Compute.matrix("let m: AttentionMask = .causal\nmaskMatrix(m, queries: 2, keys: 2)") == [[1, 0], [1, 1]])
        #expect(Compute.value("let m: AttentionMask = .padding([true, false])\nm")?.shortDescription == ".padding([1, 0])")
    }

    @Test("multiHeadAttention gives the fixture's projections, per-head weights, concatenation and output")
    func testMultiHeadFixtures() throws {
        let cases = try ReferenceFixtures.cases("multihead.json")
        #expect(cases.count >= 6)
        for fixture in cases {
            let name = fixture["name"] as? String ?? ""
            let weights = try #require(fixture["weights"] as? [String: Any])
            let biases = fixture["biases"] as? [String: Any] ?? [:]
            var lines = ["let x = \(ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["input"])))"]
            var call = "multiHeadAttention(x"
            if let context = fixture["context"] as? [[Double]] {
                lines.append("let c = \(ReferenceFixtures.literal(context))")
                call += ", context: c"
            }
            call += ", heads: \(try #require(fixture["heads"] as? Int))"
            for w in ["q", "k", "v", "o"] {
                lines.append("let w\(w) = \(ReferenceFixtures.literal(try ReferenceFixtures.matrix(weights[w])))")
                call += ", w\(w): w\(w)"
            }
            if biases["q"] is [Double] {
                for b in ["q", "k", "v", "o"] { call += ", b\(b): \(ReferenceFixtures.literal(try ReferenceFixtures.vector(biases[b])))" }
            }
            call += ", mask: \(try AttentionBuiltinTests.mask(fixture["mask"])), scaled: \(fixture["scaled"] as? Bool ?? true))"
            let code = (lines + ["let r = " + call]).joined(separator: "\n")
            let headWeights = try #require(fixture["headWeights"] as? [[[Double]]])
            let headOutputs = try #require(fixture["headOutputs"] as? [[[Double]]])
            for (index, expected) in headWeights.enumerated() {
                #expect(isClose(Compute.matrix(code + "\nr.headWeights[\(index)]"), expected), "\(name): head \(index) weights")
                #expect(isClose(Compute.matrix(code + "\nr.heads[\(index)].weights"), expected), "\(name): head \(index) weights")
                #expect(isClose(Compute.matrix(code + "\nr.heads[\(index)].output"), headOutputs[index]), "\(name): head \(index) output")
            }
            #expect(Compute.value(code + "\nr.heads.count") == .integer(headWeights.count), "\(name)")
            for member in ["queries", "keys", "values", "concatenated", "output"] {
                #expect(isClose(Compute.matrix(code + "\nr.\(member)"), try ReferenceFixtures.matrix(fixture[member])), "\(name): \(member)")
            }
        }
    }

    @Test("attention at long lengths is refused before its queries × keys matrices are allocated")
    func testAttentionBounded() throws {
        let code = "let x = zeros(rows: 1000, columns: 8)\nattention(q: x, k: x, v: x)"
        let error = try #require(Compute.run(code).diagnostics.first)
        #expect(error.message == "a value of 3008000 elements exceeds the limit of 1000000 elements per value")
        #expect(Compute.place(error) == [2, 1])
        // The fused kernel keeps only the output, so it runs.
        #expect(Compute.matrix("let x = zeros(rows: 1000, columns: 8)\nattentionOutput(q: x, k: x, v: x)")?.count == 1000)
    }
}
