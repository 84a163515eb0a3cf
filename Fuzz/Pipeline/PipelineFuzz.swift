import ComputeLanguage
import LessonDocument
@testable import StudyGuide  // `String.applying(_:)`, update's own splicing (make fuzz builds with -enable-testing)

/// libFuzzer target over the whole in-memory pipeline: a lesson's bytes are parsed, evaluated, rendered (twice, which
/// must give the same bytes), their diagnostics printed in every format, their prose scanned as `check --strict` does,
/// and update's edits applied and the result evaluated and rendered again, where a second update must change nothing.
///
/// Built only by `make fuzz` (`STUDY_FUZZ=1`, release with `-sanitize=fuzzer,address`, in `.build-fuzz`); a trap, a sanitizer report
/// or a run over `-timeout` is a finding, to be turned into a regression test.
enum PipelineFuzz {
    /// Smaller than the defaults, so that a debug build under the sanitizers stays within libFuzzer's two seconds.
    static let limits = Limits(maxElements: 20_000, maxWork: 20_000_000)

    /// Runs the pipeline on one input.
    static func run(_ bytes: [UInt8]) {
        let lesson = Lesson(path: "lessons/01-fuzz.md", bytes: bytes)
        let evaluated = LessonEvaluator.evaluate(lesson, limits: limits)
        let renderer = GuideRenderer()
        let guide = renderer.render([evaluated], complete: true, navigation: [lesson])
        precondition(renderer.render([evaluated], complete: true, navigation: [lesson]) == guide, "the same lesson rendered twice differs")
        for format in DiagnosticFormatter.Format.allCases {
            _ = DiagnosticFormatter.format(evaluated.diagnostics, as: format, sources: [lesson.path: lesson.lines])
        }
        _ = UntiedNumbers.diagnostics(for: lesson)
        guard lesson.isUTF8, !evaluated.edits.isEmpty else { return }
        let updated = lesson.source.applying(evaluated.edits)
        _ = AppliedEdit.edits(evaluated.edits, in: lesson.source, file: lesson.path)
        let again = LessonEvaluator.evaluate(Lesson(path: lesson.path, source: updated), limits: limits)
        _ = renderer.render([again], complete: true, navigation: [again.lesson])
        precondition(updated.applying(again.edits) == updated, "a second update would change the lesson again")
    }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func pipelineFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    PipelineFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The executable's entry point: SwiftPM links an executable's `main` to `<module>_main`, so this hands the command line
/// to libFuzzer's driver (whose own `main` would do the same).
@_cdecl("fuzz_pipeline_main")
public func pipelineFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in pipelineFuzzInput(data, size) }
}
