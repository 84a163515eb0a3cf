import LessonDocument

extension ComputeCell {
    /// The `id` of the cell's element in its page: its label, or `cell-N` (1-based).
    var anchor: String { options.label ?? "cell-\(index + 1)" }
}
