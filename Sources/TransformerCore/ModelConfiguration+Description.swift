extension ModelConfiguration: CustomStringConvertible {
    /// "GPT-2 small (n_layers 12, d_model 768, n_heads 12, d_head 64, d_ff 3072)".
    public var description: String {
        "\(name) (n_layers \(layers), d_model \(modelDimension), n_heads \(heads), d_head \(headDimension), d_ff \(feedForwardDimension))"
    }
}
