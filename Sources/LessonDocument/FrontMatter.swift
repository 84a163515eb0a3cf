/// A lesson's YAML front matter (read with Yams), never rendered as text.
///
/// ```yaml
/// ---
/// title: Softmax and temperature
/// summary: How the temperature sharpens or flattens a distribution.
/// precision: 4
/// limits: { elements: 1000000, work: 2000000000 }
/// ---
/// ```
public struct FrontMatter: Sendable, Hashable {
    /// Overrides the first heading as the lesson's title.
    public var title: String?
    /// Overrides the first paragraph as the summary.
    public var summary: String?
    /// The lesson's default decimals (0...15).
    public var precision: Int?
    /// The most elements one value may hold (`limits: { elements: … }`, a positive integer).
    public var maxElements: Int?
    /// The most work the whole lesson may do (`limits: { work: … }`, a positive integer).
    public var maxWork: Int?

    /// Front matter with the given fields; the defaults are those of a lesson without front matter.
    public init(title: String? = nil, summary: String? = nil, precision: Int? = nil, maxElements: Int? = nil, maxWork: Int? = nil) {
        self.title = title
        self.summary = summary
        self.precision = precision
        self.maxElements = maxElements
        self.maxWork = maxWork
    }
}
