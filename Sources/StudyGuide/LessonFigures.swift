import ComputeLanguage

/// The figures of one lesson as files: `figures/<lesson>-<k>.svg`, numbered from 1 in document order, each an
/// SVG of its own with both themes; the Markdown page shows them as images.
struct LessonFigures: Sendable {
    /// A figure's place: its cell's index and its output's index in the cell.
    struct Place: Hashable, Sendable {
        let cell: Int
        let output: Int
    }

    /// The folder of figure files in the output folder.
    static let folder = "figures"

    /// Each figure's file path relative to the output folder, by place.
    private(set) var paths: [Place: String] = [:]
    /// Each file's text, by relative path.
    private(set) var files: [String: String] = [:]

    /// No figures (a Markdown page rendered without them shows each figure's title instead).
    init() {}

    /// The figures of `lesson`.
    init(_ lesson: EvaluatedLesson) {
        var number = 0
        for evaluated in lesson.cells {
            for (index, output) in evaluated.outputs.enumerated() {
                guard case let .figure(figure) = output.value else { continue }
                number += 1
                let path = "\(Self.folder)/\(lesson.lesson.name)-\(number).svg"
                let id = FigureID.make(anchor: evaluated.cell.anchor, output: index)
                paths[Place(cell: evaluated.cell.index, output: index)] = path
                files[path] = FigureSVG(figure: figure, id: id, precision: evaluated.precision).render(.file) + "\n"
            }
        }
    }

    /// The file of output `output` of cell `cell`, if it is a figure.
    func path(cell: Int, output: Int) -> String? {
        paths[Place(cell: cell, output: output)]
    }
}
