/// A heading of a lesson, with the anchor id its HTML carries (GitHub's slug rules), for a contents sidebar.
public struct Heading: Sendable, Hashable {
    /// The level, 1 to 6.
    public let level: Int
    /// The plain text (math as its TeX source, line breaks as spaces).
    public let text: String
    /// The anchor id: GitHub's slug of the heading, unique in the lesson (`scores`, `scores-1`).
    public let id: String
    /// The 1-based line of the heading in the lesson source.
    public let line: Int

    /// A heading with the given parts (normally found by `Lesson`).
    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
