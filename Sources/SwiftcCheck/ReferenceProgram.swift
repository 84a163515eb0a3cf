import ComputeLanguage

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
            body.append("    do { CanonicalOutput.show(\(LessonProgram.literal(site)), \(example)) }")
        }
        let name = CheckProgram.functionName("reference", "language")
        let text = "import ComputeKit\n\n/// Every example of \(path).\nfunc \(name)() {\n" + body.joined(separator: "\n") + "\n}\n"
        program.files = [CheckProgram.File(name: name + ".swift", text: text)]
        return program
    }

    /// The 1-based line of the first table row that shows `example` in backticks (0 when none does).
    static func line(of example: String, in lines: [String]) -> Int {
        let code = "`" + example + "`"
        return (lines.firstIndex { $0.contains(code) } ?? -1) + 1
    }
}
