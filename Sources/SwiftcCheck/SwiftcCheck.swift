import LessonDocument
import StudyGuide

/// `make swiftc-check`: every lesson and every reference example compiled with swiftc against ComputeKit, run, and each
/// shown value compared with the interpreter's.
public struct SwiftcCheck: Sendable {
    /// What a check found.
    public struct Report: Sendable {
        /// The program that was compiled.
        public var program: CheckProgram
        /// The comparison of its output with the interpreter's values.
        public var comparison: Comparison
        /// Seconds spent compiling, and running.
        public var compileSeconds: Double, runSeconds: Double
        /// What the program wrote on standard error (a stop's message) and its exit status.
        public var errors: String, status: Int32

        /// The listed deviations that match no statement of the units checked (to be removed from the list).
        public var staleDeviations: [Deviation]

        /// Whether every value matched, the program ended normally, and the list of deviations is current.
        public var passed: Bool { comparison.passed && status == 0 && program.problems.isEmpty && staleDeviations.isEmpty }

        /// The summary lines: what was compared, skipped and left out, then each mismatch.
        public var summary: [String] {
            var lines = (program.problems + comparison.mismatches).map { "error: \($0)" }
            lines += staleDeviations.map { "error: the listed deviation `\($0.source)` (\($0.site)) matches no statement: remove it from Deviation.swift" }
            if status != 0 { lines.append("error: the compiled program ended with status \(status): \(errors.suffix(2_000))") }
            lines += program.deviations.map { "note: listed deviation, not compiled: \($0)" }
            lines += comparison.integerLiterals.map { "note: listed deviation, compared as numbers: \($0): \(Deviation.untypedInts)" }
            let lessons = program.units.filter { $0 != ReferenceProgram.path }.count
            let deviations = program.deviations.count + comparison.integerLiterals.count
            lines.append(
                "swiftc-check: compared \(Self.count(comparison.values, "value")) (\(comparison.leaves) numbers, texts and shapes) of "
                    + Self.count(lessons, "lesson") + (program.units.contains(ReferenceProgram.path) ? " and the language reference" : "")
                    + " with the interpreter's; \(Self.count(program.skippedBlocks.count, "block")) skipped (error: true), "
                    + "\(Self.count(deviations, "listed deviation")); compiled in \(Self.seconds(compileSeconds)), ran in \(Self.seconds(runSeconds))")
            return lines
        }

        /// "1 lesson", "2 lessons".
        private static func count(_ n: Int, _ noun: String) -> String {
            "\(n) \(noun)\(n == 1 ? "" : "s")"
        }

        /// Seconds to a tenth.
        private static func seconds(_ s: Double) -> String {
            "\((s * 10).rounded() / 10) s"
        }
    }

    /// The lessons, in order.
    public var lessons: [Lesson]
    /// Whether the language reference's examples are included.
    public var includesReference: Bool
    /// The statements left out, with their reasons.
    public var deviations: [Deviation]
    /// Swift files of declarations that every lesson sees (a folder's `prelude.swift`), compiled beside the lessons.
    public var preludes: [CheckProgram.File]
    /// The course prelude each lesson runs first in the interpreter (`lessonPreludes[i]` for `lessons[i]`; none past
    /// its end), as `study` runs it.
    public var lessonPreludes: [Prelude?]

    /// A check of `lessons` (and the reference's examples when `includesReference`).
    public init(
        lessons: [Lesson], includesReference: Bool = true, deviations: [Deviation] = Deviation.all, preludes: [CheckProgram.File] = [],
        lessonPreludes: [Prelude?] = []
    ) {
        self.lessons = lessons
        self.preludes = preludes
        self.lessonPreludes = lessonPreludes
        self.includesReference = includesReference
        self.deviations = deviations
    }

    /// The program: one function per lesson (its blocks in order in one scope), then the reference's examples.
    public var program: CheckProgram {
        var program = CheckProgram()
        program.supportFiles = preludes
        var failedPreludes: Set<String> = []
        for (index, lesson) in lessons.enumerated() {
            let prelude = index < lessonPreludes.count ? lessonPreludes[index] : nil
            let evaluated = LessonEvaluator.evaluate(lesson, prelude: prelude)
            program.add(LessonProgram.make(evaluated, deviations: deviations))
            if let prelude, evaluated.preludeDiagnostics.contains(where: { $0.severity == .error }), failedPreludes.insert(prelude.path).inserted {
                program.problems.append("\(prelude.path): the course prelude fails in the interpreter (`study check` says why)")
            }
        }
        if includesReference { program.add(ReferenceProgram.make(deviations: deviations)) }
        return program
    }

    /// Compiles and runs the program with `runner`, with `extraSources` compiled beside it (a self-test's broken twin),
    /// and compares its output with the interpreter's values.
    public func run(with runner: SwiftcRunner, extraSources: [CheckProgram.File] = []) throws -> Report {
        let program = self.program
        let (compiled, executable) = try runner.compile(program, extraSources: extraSources)
        let ran = try SwiftcRunner.run(executable, [])
        let comparison = Comparison(expected: program.expected, actual: ShownValue.parse(output: ran.output))
        let stale = deviations.filter { deviation in
            !program.usedDeviations.contains(deviation) && program.units.contains { $0.hasPrefix(deviation.site) }
        }
        return Report(
            program: program, comparison: comparison, compileSeconds: compiled.seconds, runSeconds: ran.seconds, errors: ran.errors,
            status: ran.status, staleDeviations: stale)
    }
}
