import Foundation
import ComputeLanguage
import Testing

@Suite("Syntax highlighter")
struct SyntaxHighlighterTests {
    @Test("runs concatenate back to the code, whatever the code", arguments: [
        "let z: Vector = [2, 1, 0]\nsoftmax(z, temperature: 0.5)  // => [0.867]\n",
        "", "   ", "#expect(a ≈ 1)", "let s = \"é ∑ \\u{1F600}\"", "for i in 0..<3 { }", "softmax(z, temperature: )",
        String(repeating: "[", count: 40), String(repeating: "(", count: 3_000),
    ])
    func testLossless(code: String) {
        #expect(SyntaxHighlighter.runs(code).map(\.text).joined() == code)
    }

    @Test("keywords, types, numbers, labels, strings and comments are classified")
    func testKinds() {
        let runs = SyntaxHighlighter.runs("let z: Vector = softmax([2.5], temperature: 1) // hi\nlet s = \"x\"")
        let kinds = Dictionary(runs.compactMap { run in run.kind.map { (run.text.trimmingCharacters(in: .whitespaces), $0) } }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["let"] == "keyword")
        #expect(kinds["Vector"] == "type")
        #expect(kinds["2.5"] == "number")
        #expect(kinds["temperature"] == "label")
        #expect(kinds["// hi"] == "comment")
        #expect(kinds["\"x\""] == "string")
    }

    @Test("code nested too deeply to parse safely comes back as one plain run")
    func testDeepCodePlain() {
        let code = String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        #expect(SyntaxHighlighter.runs(code) == [.init(text: code, kind: nil)])
    }
}
