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
}
