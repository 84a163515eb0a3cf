import ComputeLanguage
import Testing
import TransformerCore
@testable import StudyGuide

@Suite("Heatmap scale")
struct HeatmapScaleTests {
    private func svg(_ figure: Figure) -> String {
        FigureSVG(figure: figure, id: "f", precision: 3).render(.inline)
    }

    @Test("a fixed scale colours by it: 0.5 on [0, 1] is the middle step wherever the values lie, and the legend shows the bounds")
    func testFixedScale() throws {
        let values = try Matrix([[0.5, 0.6]])
        let fixed = svg(Figure(.heatmap(values: values, rows: ["r"], columns: ["a", "b"]), title: "", scale: 0...1))
        #expect(fixed.contains("class=\"fig-c4\""))
        #expect(fixed.contains(">0.000<") && fixed.contains(">1.000<"))
        let own = svg(Figure(.heatmap(values: values, rows: ["r"], columns: ["a", "b"]), title: ""))
        #expect(own.contains("class=\"fig-c0\"") && own.contains(">0.500<") && !own.contains(">1.000<"))
    }
}
