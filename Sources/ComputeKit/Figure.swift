/// A figure (heatmap, bars, lines) as data: what the interpreter draws as SVG, here a value with a canonical description.
public struct Figure: Equatable, Sendable, CustomStringConvertible {
    /// One named series of numbers: a line, or the bars of one colour.
    public struct Series: Equatable, Sendable {
        /// The legend's name ("" for a lone series).
        public let name: String
        /// Its numbers.
        public let values: [Double]
    }

    /// What is drawn.
    public enum Kind: Equatable, Sendable {
        /// A matrix as coloured cells, with row and column labels.
        case heatmap(values: Matrix, rows: [String], columns: [String])
        /// Grouped bars: one group per category, one bar per series.
        case bars(categories: [String], series: [Series], xLabel: String, yLabel: String)
        /// Lines through (x, y) points, one per series.
        case lines(x: [Double], series: [Series], xLabel: String, yLabel: String)
    }

    /// At most 64×64 heatmap cells.
    public static let maximumHeatmapSide = 64
    /// At most 12 series.
    public static let maximumSeries = 12
    /// At most 100 categories of bars.
    public static let maximumCategories = 100
    /// At most 2,000 points per line.
    public static let maximumPoints = 2_000

    /// What is drawn.
    public let kind: Kind
    /// The title ("" for none).
    public let title: String
    /// A heatmap's fixed colour range, if given.
    public let scale: ClosedRange<Double>?

    /// A figure of `kind`.
    public init(_ kind: Kind, title: String, scale: ClosedRange<Double>? = nil) {
        self.kind = kind
        self.title = title
        self.scale = scale
    }

    /// "heatmap", "bar chart" or "line chart".
    public var kindName: String {
        switch kind {
        case .heatmap: "heatmap"
        case .bars: "bar chart"
        case .lines: "line chart"
        }
    }

    /// The kind and the title, as a caption: `heatmap "Attention weights"`.
    public var description: String {
        title.isEmpty ? kindName : "\(kindName) \"\(title)\""
    }

    /// Checks that every value is finite and a count within its limit.
    static func check(finite values: some Sequence<Double>, _ count: Int, _ name: String, atMost maximum: Int) {
        requirement(count <= maximum, "the number of \(name) must be at most \(maximum), got \(count)")
        requirement(values.allSatisfy(\.isFinite), "every value of a figure must be finite")
    }
}
