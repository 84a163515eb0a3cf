import TransformerCore

extension ParameterBreakdown {
    /// The breakdown as a table: one row per component (its dimensions, count and share of the total), then the total.
    ///
    /// A tied unembedding is listed with a count of 0 and the component it reuses.
    var table: Table {
        var rows: [[Table.Cell]] = entries.map { entry in
            let name = entry.tiedTo.map { "\(entry.component.title) (tied to \($0.title.lowercased()))" } ?? entry.component.title
            return [.text(name), .text(entry.dimensions), .integer(entry.count), .percent(entry.share)]
        }
        rows.append([.text("Total"), .text(""), .integer(total), .percent(total == 0 ? 0 : 1)])
        return Table(columns: ["component", "dimensions", "count", "share"], rows: rows)
    }
}
