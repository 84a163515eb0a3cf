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
    /// Where each limit's key is written (`elements`, `work`), for diagnostics about its value; not part of equality,
    /// since it says where the front matter is written, not what it says.
    public var limitLocations: [String: SourceLocation] = [:]

    /// Front matter with the given fields; the defaults are those of a lesson without front matter.
    public init(title: String? = nil, summary: String? = nil, precision: Int? = nil, maxElements: Int? = nil, maxWork: Int? = nil) {
        self.title = title
        self.summary = summary
        self.precision = precision
        self.maxElements = maxElements
        self.maxWork = maxWork
    }
}

extension FrontMatter {
    /// Equal when they say the same: the fields, not where the limits are written.
    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        (lhs.title, lhs.summary, lhs.precision, lhs.maxElements, lhs.maxWork)
            == (rhs.title, rhs.summary, rhs.precision, rhs.maxElements, rhs.maxWork)
    }

    /// Hashes the fields that `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(summary)
        hasher.combine(precision)
        hasher.combine(maxElements)
        hasher.combine(maxWork)
    }
}
