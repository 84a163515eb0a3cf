import Foundation
import Testing
@testable import ComputeLanguage

@Suite("Builtins: normalizations, activations and feed-forward layers, against the NumPy fixtures")
struct LayerBuiltinTests {
    @Test("layerNorm(_:) and layerNorm(_:gamma:beta:epsilon:) of each row")
    func testLayerNorm() throws {
        let cases = try ReferenceFixtures.cases("normalization.json", "layerNorm")
        for fixture in cases {
            let input = try ReferenceFixtures.matrix(fixture["input"])
            let epsilon = try #require(fixture["epsilon"] as? Double)
            var call = "layerNorm(\(ReferenceFixtures.literal(input))"
            let gamma = fixture["gamma"] as? [Double]
            let beta = fixture["beta"] as? [Double]
            if gamma != nil || beta != nil {
                let ones = [Double](repeating: 1, count: input[0].count)
                let zeros = [Double](repeating: 0, count: input[0].count)
                call += ", gamma: \(ReferenceFixtures.literal(gamma ?? ones)), beta: \(ReferenceFixtures.literal(beta ?? zeros))"
            }
            call += epsilon == 1e-5 ? ")" : ", epsilon: \(epsilon))"
            #expect(isClose(Compute.matrix(call), try ReferenceFixtures.matrix(fixture["expected"])), "\(call)")
        }
        // A vector is normalized as one row.
        let first = try #require(cases.first { $0["gamma"] == nil || $0["gamma"] is NSNull })
        let row = try ReferenceFixtures.matrix(first["input"])[0]
        #expect(isClose(Compute.vector("layerNorm(\(ReferenceFixtures.literal(row)))"), try ReferenceFixtures.matrix(first["expected"])[0]))
    }

    @Test("rmsNorm(_:) and rmsNorm(_:gamma:epsilon:)")
    func testRMSNorm() throws {
        for fixture in try ReferenceFixtures.cases("normalization.json", "rmsNorm") {
            let input = ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["input"]))
            let epsilon = try #require(fixture["epsilon"] as? Double)
            let gamma = (fixture["gamma"] as? [Double]).map { ", gamma: \(ReferenceFixtures.literal($0))" } ?? ""
            let call = "rmsNorm(\(input)\(gamma), epsilon: \(epsilon))"
            #expect(isClose(Compute.matrix(call), try ReferenceFixtures.matrix(fixture["expected"])), "\(call)")
        }
    }

    @Test("relu, gelu, geluTanh and swish of numbers, vectors and matrices")
    func testActivations() throws {
        let fixture = try ReferenceFixtures.load("feedforward.json")
        let points = try ReferenceFixtures.vector(fixture["points"])
        let activations = try #require(fixture["activations"] as? [String: [Double]])
        for (name, expected) in activations {
            #expect(isClose(Compute.vector("\(name)(\(ReferenceFixtures.literal(points)))"), expected), "\(name)")
            #expect(isClose(Compute.real("\(name)(\(points[1]))"), expected[1]), "\(name) of one number")
            #expect(isClose(Compute.matrix("\(name)([\(ReferenceFixtures.literal(points))])")?.first, expected), "\(name) of a matrix")
        }
        #expect(activations.count == 4)
    }

    @Test("feedForward and gatedFeedForward, with and without biases")
    func testFeedForward() throws {
        let layers = try ReferenceFixtures.cases("feedforward.json", "layers")
        #expect(layers.count >= 6)
        for layer in layers {
            let name = layer["name"] as? String ?? ""
            let gated = layer["gated"] as? Bool ?? false
            let activation = try #require(layer["activation"] as? String)
            func matrix(_ key: String) throws -> String { ReferenceFixtures.literal(try ReferenceFixtures.matrix(layer[key])) }
            func vector(_ key: String) -> String? { (layer[key] as? [Double]).map(ReferenceFixtures.literal) }
            var call = gated ? "gatedFeedForward(\(try matrix("input")), w: \(try matrix("w1"))" : "feedForward(\(try matrix("input")), w1: \(try matrix("w1"))"
            if let b1 = vector("b1") { call += gated ? ", b: \(b1)" : ", b1: \(b1)" }
            if gated {
                call += ", v: \(try matrix("v"))"
                if let c = vector("c") { call += ", c: \(c)" }
            }
            call += ", w2: \(try matrix("w2"))"
            if let b2 = vector("b2") { call += ", b2: \(b2)" }
            call += ", activation: .\(activation))"
            #expect(isClose(Compute.matrix(call), try ReferenceFixtures.matrix(layer["output"])), "\(name)")
        }
    }

    @Test("the default activations: GELU for feedForward, Swish (SwiGLU) for gatedFeedForward; residual adds")
    func testDefaults() {
        #expect(Compute.value("feedForward([[1, -1]], w1: identity(2), w2: identity(2)) == gelu([[1, -1]])") == .bool(true))
        #expect(Compute.value("gatedFeedForward([[1, 2]], w: identity(2), v: identity(2), w2: identity(2)) == swish([[1, 2]]) ⊙ [[1, 2]]") == .bool(true))
        #expect(Compute.matrix("residual([[1, 2]], [[3, 4]])") == [[4, 6]])
    }
}
