extension Softmax {
    /// The largest logit, after checking the inputs every softmax variant needs: T finite and > 0, at least one
    /// logit, none NaN or +∞, and not all −∞.
    static func largestLogit(_ logits: [Double], temperature: Double, operation: String) throws(TransformerError) -> Double {
        guard temperature > 0, temperature.isFinite else {
            throw .invalidArgument(name: "temperature", value: temperature, requirement: "finite and greater than 0")
        }
        guard let maximum = logits.max() else { throw .empty(operation: operation) }
        if let bad = logits.first(where: { $0.isNaN || $0 == .infinity }) {
            throw .invalidArgument(name: "logit", value: bad, requirement: "finite or −∞")
        }
        guard maximum.isFinite else {
            throw .invalidArgument(name: "largest logit", value: maximum, requirement: "finite (all logits are −∞)")
        }
        return maximum
    }

    /// (z − max z) / T, also where z − max z overflows to −∞ though the quotient is finite (logits 2e308 apart at
    /// T > 1): then z/T − max z/T. A logit of −∞ gives −∞; elsewhere the bits are those of (z − max z) / T.
    @inline(__always)
    static func shifted(_ logit: Double, by maximum: Double, temperature: Double) -> Double {
        let difference = logit - maximum
        guard difference == -.infinity, logit.isFinite else { return difference / temperature }
        return logit / temperature - maximum / temperature
    }
}
