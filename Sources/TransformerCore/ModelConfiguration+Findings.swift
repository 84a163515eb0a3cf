extension ModelConfiguration {
    /// The invariants this configuration breaks, each with its numbers; empty when it is consistent.
    ///
    /// Checks d_model = n_heads × d_head; d_ff = k × d_model when the source states k
    /// (`statedFeedForwardMultiple`); n_kv_heads ≥ 1 divides n_heads. Never throws or traps:
    /// a product beyond `Int.max` (or a remainder by 0) is reported with a nil value.
    public var findings: [Finding] {
        var findings: [Finding] = []
        let (width, widthOverflow) = heads.multipliedReportingOverflow(by: headDimension)
        if widthOverflow || width != modelDimension {
            findings.append(Finding(rule: .modelDimensionIsHeadsTimesHeadDimension, quantities: [
                .init("d_model", modelDimension), .init("n_heads", heads), .init("d_head", headDimension),
                .init("n_heads × d_head", widthOverflow ? nil : width),
            ], model: name))
        }
        if let multiple = statedFeedForwardMultiple {
            let (expected, overflow) = multiple.multipliedReportingOverflow(by: modelDimension)
            if overflow || expected != feedForwardDimension {
                findings.append(Finding(rule: .feedForwardIsStatedMultiple, quantities: [
                    .init("d_ff", feedForwardDimension), .init("k", multiple), .init("d_model", modelDimension),
                    .init("k × d_model", overflow ? nil : expected),
                ], model: name))
            }
        }
        if keyValueHeads < 1 || heads % keyValueHeads != 0 {
            findings.append(Finding(rule: .keyValueHeadsDivideHeads, quantities: [
                .init("n_heads", heads), .init("n_kv_heads", keyValueHeads),
                .init("n_heads mod n_kv_heads", keyValueHeads < 1 ? nil : heads % keyValueHeads),
            ], model: name))
        }
        return findings
    }
}
