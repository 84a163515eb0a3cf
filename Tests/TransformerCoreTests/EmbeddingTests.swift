import Testing
@testable import TransformerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Positions, embeddings and unembedding")
struct EmbeddingTests {
    @Test("sinusoidal encodings agree with NumPy for d_model 8, 16 and odd 7")
    func testPositionalReference() throws {
        let cases = try ReferenceFixture.positionalCases()
        #expect(Set(cases.map(\.dimension)).isSuperset(of: [8, 16, 7]))
        for reference in cases {
            let encoding = try PositionalEncoding.sinusoidal(positions: reference.positions, dimension: reference.dimension)
            expectClose(encoding, reference.expected, "PE \(reference.positions)×\(reference.dimension)")
        }
    }

    @Test("position 0 is [0, 1, 0, 1, …]; column 2i is sin(pos / 10000^(2i/d)), column 2i+1 its cosine")
    func testPositionalFormula() throws {
        let pe = try PositionalEncoding.sinusoidal(positions: 50, dimension: 6)
        #expect(pe.row(0) == [0, 1, 0, 1, 0, 1])
        #expect(pe[7, 2] == sin(7 / pow(10_000, 2.0 / 6)))
        #expect(pe[7, 3] == cos(7 / pow(10_000, 2.0 / 6)))
        for position in 0..<50 {
            for i in 0..<3 { #expect(abs(pe[position, 2 * i] * pe[position, 2 * i] + pe[position, 2 * i + 1] * pe[position, 2 * i + 1] - 1) <= 1e-15) }
        }
        #expect(try PositionalEncoding.sinusoidal(positions: 0, dimension: 4).shape == (0, 4))
        #expect(throws: TransformerError.self) { try PositionalEncoding.sinusoidal(positions: -1, dimension: 4) }
        #expect(throws: TransformerError.self) { try PositionalEncoding.sinusoidal(positions: 3, dimension: 0) }
        #expect(throws: TransformerError.self) { try PositionalEncoding.sinusoidal(positions: 3, dimension: 4, base: 1) }
    }

    @Test("looks up embedding rows by token id, and unembeds to NumPy's logits and distribution")
    func testEmbeddingReference() throws {
        let file = try ReferenceFixture.embedding()
        let embedding = try TokenEmbedding(table: Matrix(file.table))
        #expect(embedding.vocabularySize == 11 && embedding.modelDimension == 6)
        #expect(try embedding.embed(file.tokenIds) == Matrix(file.embedded))
        #expect(file.unembeddingCases.contains { $0.tied })
        for reference in file.unembeddingCases {
            let unembedding: Unembedding = try reference.unembedding.map { rows throws(TransformerError) in .matrix(try Matrix(rows)) } ?? .tied(embedding)
            let hidden = try Matrix(reference.hidden)
            expectClose(try unembedding.logits(hidden), reference.logits, "\(reference.name): logits")
            let distribution = try unembedding.distribution(hidden, temperature: reference.temperature)
            expectClose(distribution, reference.distribution, "\(reference.name): distribution")
            for sum in distribution.rowSums { #expect(abs(sum - 1) <= 1e-12) }
        }
    }

    @Test("out-of-range token ids and mismatched hidden widths are errors")
    func testEmbeddingErrors() throws {
        let embedding = try TokenEmbedding(table: Matrix.gaussian(rows: 5, columns: 3, seed: 9))
        #expect(throws: TransformerError.invalidArgument(name: "token id at position 1", value: 5, requirement: "in 0..<5 (the vocabulary size)")) {
            try embedding.embed([0, 5])
        }
        #expect(throws: TransformerError.self) { try embedding.embed([-1]) }
        #expect(try embedding.embed([]).shape == (0, 3))
        #expect(throws: TransformerError.self) { try TokenEmbedding(table: Matrix(rows: 0, columns: 3)) }
        #expect(throws: TransformerError.self) { try Unembedding.tied(embedding).logits(Matrix(rows: 2, columns: 4)) }
        #expect(throws: TransformerError.self) { try Unembedding.tied(embedding).distribution(Matrix(rows: 2, columns: 3), temperature: 0) }
    }
}
