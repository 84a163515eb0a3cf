import LessonDocument

extension LessonEvaluator {
    /// The lesson's own diagnostics (parsing, options, front matter) that fall within each cell's block, fence lines
    /// included, keyed by the block's first byte and in the lesson's order: one sort and a binary search a cell, so
    /// that a lesson of many blocks and many diagnostics is not tested block by diagnostic.
    static func diagnosticsByCell(_ lesson: Lesson) -> [Int: [Diagnostic]] {
        let diagnostics = lesson.diagnostics
        let order = diagnostics.indices.sorted { (diagnostics[$0].location.line, $0) < (diagnostics[$1].location.line, $1) }
        let lines = order.map { diagnostics[$0].location.line }
        var byCell: [Int: [Diagnostic]] = [:]
        for cell in lesson.cells {
            let first = cell.openingFence.line
            let last = first + cell.code.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } + 1
            var position = firstIndex(in: lines, atLeast: first)
            var found: [Int] = []
            while position < lines.count, lines[position] <= last {
                found.append(order[position])
                position += 1
            }
            if !found.isEmpty { byCell[cell.blockRange.lowerBound] = found.sorted().map { diagnostics[$0] } }
        }
        return byCell
    }

    /// The first index of the ascending `lines` whose line is at least `line` (`lines.count` if none).
    private static func firstIndex(in lines: [Int], atLeast line: Int) -> Int {
        var (low, high) = (0, lines.count)
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
