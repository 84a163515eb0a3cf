import Foundation
import Testing
@testable import ComputeLanguage

@Suite("Builtins: positional encoding, embeddings and unembedding, against the NumPy fixtures")
struct EmbeddingBuiltinTests {
    @Test("positionalEncoding(length:dModel:) for d_model 8, 16 and odd widths")
    func testPositionalEncoding() throws {
        let cases = try ReferenceFixtures.cases("positional.json")
        #expect(cases.count >= 4)
        for fixture in cases {
            let call = "positionalEncoding(length: \(try #require(fixture["positions"] as? Int)), dModel: \(try #require(fixture["dimension"] as? Int)))"
            #expect(isClose(Compute.matrix(call), try ReferenceFixtures.matrix(fixture["expected"])), "\(call)")
        }
    }

    @Test("embed(_:tokens:) looks up rows of the table")
    func testEmbed() throws {
        let fixture = try ReferenceFixtures.load("embedding.json")
        let ids = try #require(fixture["tokenIds"] as? [Int])
        let call = "embed(\(ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["table"]))), tokens: [\(ids.map(String.init).joined(separator: ", "))])"
        #expect(isClose(Compute.matrix(call), try ReferenceFixtures.matrix(fixture["embedded"])))
    }

    @Test("logits and tokenDistribution, untied (unembedding:) and tied to the table (tiedTo:)")
    func testUnembedding() throws {
        let fixture = try ReferenceFixtures.load("embedding.json")
        let table = ReferenceFixtures.literal(try ReferenceFixtures.matrix(fixture["table"]))
        let cases = try #require(fixture["unembeddingCases"] as? [[String: Any]])
        for reference in cases {
            let hidden = ReferenceFixtures.literal(try ReferenceFixtures.matrix(reference["hidden"]))
            let output = (reference["tied"] as? Bool == true)
                ? "tiedTo: \(table)" : "unembedding: \(ReferenceFixtures.literal(try ReferenceFixtures.matrix(reference["unembedding"])))"
            let temperature = try #require(reference["temperature"] as? Double)
            #expect(isClose(Compute.matrix("logits(\(hidden), \(output))"), try ReferenceFixtures.matrix(reference["logits"])))
            #expect(isClose(
                Compute.matrix("tokenDistribution(\(hidden), \(output), temperature: \(temperature))"),
                try ReferenceFixtures.matrix(reference["distribution"])), "\(reference["name"] ?? "")")
        }
        #expect(cases.count >= 3)
    }
}
