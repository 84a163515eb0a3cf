/// A number typed in a lesson's prose that reads like a result: written with a decimal point (`0.665`, `.5`), a percent
/// sign (`33.098%`), thousands separators (`124,439,808`) or an exponent (`1.5e-3`), outside code, math, HTML and URLs.
///
/// Plain integers (`12`, `2017`, `512`) and integers with a magnitude suffix (`175B`) are left out, since prose uses them
/// for dimensions, years and names; so are numbers glued to a name (`GPT-3.5`, `x1.5`, `d_0.5`) and versions (`1.2.3`).
import LessonDocument

public struct ProseNumber: Sendable, Hashable {
    /// The number as written, its sign (`-` or `−`) included: `−1.8`, `33.098%`, `.5`.
    public let text: String
    /// The UTF-8 byte range of `text` in the lesson source.
    public let range: Range<Int>
    /// The line and column where the number starts.
    public let location: SourceLocation
    /// The value `WrittenNumber` reads (`.5` as 0.5, `50%` as 0.5); nil when it fits no `Double` (`1e999`).
    public let value: Double?

    /// A number with the given parts (normally found by `numbers(in:)`).
    public init(text: String, range: Range<Int>, location: SourceLocation, value: Double?) {
        self.text = text
        self.range = range
        self.location = location
        self.value = value
    }
}
