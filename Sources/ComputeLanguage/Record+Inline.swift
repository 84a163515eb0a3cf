extension Record {
    /// Whether the record reads best as one short text rather than as its members: a shape (`4×4`) or an enum case
    /// (`.layerNorm`, `.padding([1, 1, 0])`), which pages and Markdown show as `Value.shortDescription`.
    public var isShownInline: Bool {
        shapeText != nil || caseName != nil
    }
}
