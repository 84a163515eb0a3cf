import TransformerCore

/// A figure computed by a block: a heatmap, bars or lines, rendered as SVG by the guide.
public struct Figure: Sendable, Equatable {
    /// One named series of numbers (a group of bars, or a line).
    public struct Series: Sendable, Equatable {
        /// The series' name, shown in the legend.
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
        /// Grouped bars: one group per category, one bar per series.
        case bars(categories: [String], series: [Series])
        /// Lines through (x, y) points, one per series.
        case lines(x: [Double], series: [Series], xLabel: String, yLabel: String)
    }

    /// What the figure draws.
    public var kind: Kind
    /// The title, also the SVG's `<title>` for screen readers.
    public var title: String

    /// A figure of `kind` titled `title`.
    public init(_ kind: Kind, title: String) {
        self.kind = kind
        self.title = title
    }

    /// How many numbers and labels the figure holds, for size limits.
    public var elementCount: Int {
        switch kind {
        case let .heatmap(values, rows, columns): values.elements.count + rows.count + columns.count
        case let .bars(categories, series): categories.count + series.reduce(0) { $0 + $1.values.count }
        case let .lines(x, series, _, _): x.count + series.reduce(0) { $0 + $1.values.count }
        }
    }
}
