import TransformerCore

/// A figure computed by a block: a heatmap, bars or lines, rendered as SVG by the guide.
public struct Figure: Sendable, Equatable {
    /// One named series of numbers (a group of bars, or a line).
    public struct Series: Sendable, Equatable {
        /// The series' name, shown in the legend ("" for the single unnamed series of a vector).
        public var name: String
        /// Its values, one per category or x position.
        public var values: [Double]

        /// A series named `name`.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// What the figure draws.
    public enum Kind: Sendable, Equatable {
        /// A matrix as coloured cells, with row and column labels and the values written in the cells.
        case heatmap(values: Matrix, rows: [String], columns: [String])
        /// Grouped bars: one group per category, one bar per series; axis titles may be "".
        case bars(categories: [String], series: [Series], xLabel: String, yLabel: String)
        /// Lines through (x, y) points, one per series; axis titles may be "".
        case lines(x: [Double], series: [Series], xLabel: String, yLabel: String)
    }

    /// The most rows or columns a heatmap may have, so that every cell stays readable.
    public static let maximumHeatmapSide = 64
    /// The most series (bars per group, or lines) a figure may have, so that its legend stays readable.
    public static let maximumSeries = 12
    /// The most categories a bar chart may have.
    public static let maximumCategories = 100
    /// The most points one line may have.
    public static let maximumPoints = 2_000

    /// What the figure draws.
    public var kind: Kind
    /// The title ("" for none), also the SVG's `<title>` for screen readers.
    public var title: String

    /// A heatmap's colour range when fixed (values outside it take the end colours); nil: from the smallest value to
    /// the largest.
    public var scale: ClosedRange<Double>?

    /// A figure of `kind` titled `title`, its heatmap colours over `scale` when given.
    public init(_ kind: Kind, title: String, scale: ClosedRange<Double>? = nil) {
        self.kind = kind
        self.title = title
        self.scale = scale
    }

    /// How many numbers and labels the figure holds, for size limits.
    public var elementCount: Int {
        switch kind {
        case let .heatmap(values, rows, columns): values.elements.count + rows.count + columns.count
        case let .bars(categories, series, _, _): categories.count + series.reduce(0) { $0 + $1.values.count }
        case let .lines(x, series, _, _): x.count + series.reduce(0) { $0 + $1.values.count }
        }
    }

    /// What kind of chart it is, in words: "heatmap", "bar chart", "line chart".
    public var kindName: String {
        switch kind {
        case .heatmap: "heatmap"
        case .bars: "bar chart"
        case .lines: "line chart"
        }
    }
}
