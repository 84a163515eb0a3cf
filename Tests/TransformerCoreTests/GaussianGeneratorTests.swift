import Testing
@testable import TransformerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Seeded Gaussian generator")
struct GaussianGeneratorTests {
    @Test("the first outputs equal, bit for bit, those of the Python re-implementation in scripts/reference.py")
    func testHardCodedOutputs() {
        var bits = SplitMix64(seed: 0)
        #expect(bits.next() == 0xE220_A839_7B1D_CDAF)
        #expect(bits.next() == 0x6E78_9E6A_A1B9_65F4)
        var zero = GaussianGenerator(seed: 0)
        #expect((0..<6).map { _ in zero.next() } == [
            0.9845279121083984, -0.17586928586197706, -0.7120661562402929,
            -0.31234458525050773, -0.6223807147869015, 0.5182112468766095,
        ])
        var answer = GaussianGenerator(seed: 42)
        #expect((0..<4).map { _ in answer.next() } == [0.49295065581737485, -0.6940056672160174, -1.2810773478777024, -0.901557193497174])
    }

    @Test("every stored stream of gaussian.json is reproduced exactly")
    func testFixtureStreams() throws {
        let file = try ReferenceFixture.gaussian()
        #expect(file.gaussian.count >= 5)
        for stream in file.splitmix64 {
            var generator = SplitMix64(seed: try #require(UInt64(stream.seed, radix: 16)))
            #expect(stream.outputs.map { UInt64($0, radix: 16) } == stream.outputs.map { _ in generator.next() }, "seed \(stream.seed)")
        }
        for stream in file.gaussian {
            var generator = GaussianGenerator(seed: try #require(UInt64(stream.seed, radix: 16)))
            #expect(stream.outputs == stream.outputs.map { _ in generator.next() }, "seed \(stream.seed)")
        }
    }

    @Test("the ln series agrees with the platform's log to a few ulps")
    func testLogarithm() {
        var uniforms = SplitMix64(seed: 3)
        for _ in 0..<2000 {
            let x = uniforms.nextUniform() + 0x1p-60
            #expect(abs(GaussianGenerator.naturalLogarithm(x) - log(x)) <= 4e-16 * max(1, abs(log(x))), "ln \(x)")
        }
        for x in [1e-300, 0.5, 0.7071067811865476, 0.7071067811865475, 1, 2, 1e300] {
            #expect(abs(GaussianGenerator.naturalLogarithm(x) - log(x)) <= 4e-16 * max(1, abs(log(x))), "ln \(x)")
        }
    }

    @Test("Gaussian matrices are filled row by row, reproducible, with mean ≈ 0 and variance ≈ 1")
    func testMatrices() throws {
        let m = try Matrix.gaussian(rows: 300, columns: 100, seed: 99)
        var generator = GaussianGenerator(seed: 99)
        #expect(m[0, 0] == generator.next() && m[0, 1] == generator.next())
        #expect(try Matrix.gaussian(rows: 300, columns: 100, seed: 99) == m)
        #expect(try Matrix.gaussian(rows: 300, columns: 100, seed: 100) != m)
        let mean = m.elements.reduce(0, +) / 30_000
        let variance = m.elements.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 30_000
        #expect(abs(mean) <= 0.02 && abs(variance - 1) <= 0.03)
        let shifted = try Matrix.gaussian(rows: 2, columns: 3, seed: 99, mean: 10, standardDeviation: 2)
        #expect(shifted[0, 0] == 10 + 2 * m[0, 0])
        #expect(throws: TransformerError.self) { try Matrix.gaussian(rows: 2, columns: 2, seed: 1, standardDeviation: -1) }
        #expect(throws: TransformerError.self) { try Matrix.gaussian(rows: -2, columns: 2, seed: 1) }
    }
}
