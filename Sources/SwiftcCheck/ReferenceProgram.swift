import ComputeLanguage
import SwiftParser
import SwiftSyntax

/// The language reference's examples as one Swift function: each example evaluated alone by the interpreter (a fresh
/// `ComputeSession`) and shown by the program in a scope of its own, with its line in docs/language.md as its site.
public enum ReferenceProgram {
    /// The reference's path, for sites.
    public static let path = "docs/language.md"

    /// The program of every example of `LanguageReference.examples`; listed deviations are left out.
    public static func make(_ examples: [String] = LanguageReference.examples, deviations: [Deviation] = Deviation.all) -> CheckProgram {
        var program = CheckProgram()
        program.units = [path]
        let lines = LanguageReference.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var body: [String] = []
        for example in examples {
            let site = "\(path):\(line(of: example, in: lines))"
            if let deviation = deviations.first(where: { $0.matches(site: site, source: example) }) {
                program.deviations.append("\(site): `\(example)`: \(deviation.reason)")
                program.usedDeviations.append(deviation)
                continue
            }
            var session = ComputeSession()
            let run = session.run(example)
            guard !run.hasErrors, let output = run.outputs.first else {
                program.problems.append("\(site): `\(example)` does not run in the interpreter")
                continue
            }
            program.expected.append(ShownValue(site: site, leaves: output.value.leaves))
            body.append("    do {\n" + shown(example, site: site).map { "        " + $0 + "\n" }.joined() + "    }")
        }
        let name = CheckProgram.functionName("reference", "language")
        let text = "import ComputeKit\n\n/// Every example of \(path).\nfunc \(name)() {\n" + body.joined(separator: "\n") + "\n}\n"
        program.files = [CheckProgram.File(name: name + ".swift", text: text)]
        return program
    }

    /// The lines of an example: a statement example (`var s = 0; for …; s`) keeps its statements, one a line, and shows
    /// the value of its last; any other example is shown whole.
    static func shown(_ example: String, site: String) -> [String] {
        let items = Array(Parser.parse(source: example).statements)
        let show = { (expression: String) in "CanonicalOutput.show(\(LessonProgram.literal(site)), \(expression))" }
        guard items.count > 1, let last = items.last else { return [show(example)] }
        return items.dropLast().map(\.item.trimmedDescription) + [show(last.item.trimmedDescription)]
    }

    /// The 1-based line of the first table row that shows `example` in backticks (0 when none does).
    static func line(of example: String, in lines: [String]) -> Int {
        let code = "`" + example + "`"
        return (lines.firstIndex { $0.contains(code) } ?? -1) + 1
    }
}
