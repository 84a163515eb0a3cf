extension ReferenceFixture {
    /// `Fixtures/extremes.json`: reductions, normalizations, QR and E|cos θ| at magnitudes where plain double
    /// arithmetic overflows or underflows, each computed with mpmath at 60 digits or more.
    struct ExtremesFile: Decodable {
        let norms: [ReductionCase]
        let means: [ReductionCase]
        let sums: [ReductionCase]
        let dots: [DotCase]
        let layerNorm: [NormalizationCase]
        let rmsNorm: [NormalizationCase]
        let qr: [QRCase]
        let expectedAbsoluteCosine: [ExpectedCosineCase]
    }

    /// A reduction of one vector to one number, and mpmath's value.
    struct ReductionCase: Decodable {
        let input: [Double]
        let expected: Double
    }

    /// a · b and mpmath's value.
    struct DotCase: Decodable {
        let a: [Double]
        let b: [Double]
        let expected: Double
    }

    /// E|cos θ| at a real dimension (up to 1e300) and mpmath's value at 400 digits.
    struct ExpectedCosineCase: Decodable {
        let dimension: Double
        let expected: Double
    }

    /// The cases of `Fixtures/extremes.json`.
    static func extremes() throws -> ExtremesFile {
        try decode(ExtremesFile.self, from: "extremes")
    }
}
