import ComputeLanguage
import LessonDocument

/// The three commands over a set of lessons: build the guide, check it, update the lessons' results.
///
/// Before anything is read or written, the lessons are found and checked against the output folder
/// (`LessonLoader.files`): no command ever writes a lesson's page over a lesson.
public struct Study: Sendable {
    /// Lesson files or folders.
    public var paths: [String]
    /// The output folder.
    public var output: OutputFolder
    /// How pages are titled.
    public var renderer: GuideRenderer
    /// Bounds on what a lesson may compute.
    public var limits: Limits

    /// The commands for `paths` (default `lessons`), writing to `output` (default `output`).
    public init(paths: [String] = ["lessons"], output: String = "output", renderer: GuideRenderer = GuideRenderer(), limits: Limits = .default) {
        self.paths = paths.isEmpty ? ["lessons"] : paths
        self.output = OutputFolder(path: output)
        self.renderer = renderer
        self.limits = limits
    }

    /// Renders the guide into the output folder; errors are shown in the pages and reported.
    public func build() throws(StudyError) -> Report {
        try build(try LessonLoader.files(paths, output: output))
    }

    /// Verifies every result, claim and expectation, and that the output folder matches a fresh render;
    /// with `diff`, also tells what `update` would change in the lessons and `build` in the output; with `strict`, also
    /// warns about the numbers in the prose that no claim or inline expression ties to a computation (`UntiedNumbers`).
    public func check(diff: Bool = false, strict: Bool = false) throws(StudyError) -> Report {
        let files = try LessonLoader.files(paths, output: output)
        let lessons = try evaluate(files)
        let owns = LessonLoader.namesFoldersOnly(paths)
        var report = Self.report(lessons, files: files, strict: strict)
        let guide = try renderer.render(lessons, complete: owns, navigation: navigation(files, lessons))
        report.staleFiles = output.staleFiles(against: guide, ownsFolder: owns)
        if diff {
            for (file, lesson) in zip(files, lessons) where !lesson.edits.isEmpty && lesson.lesson.isUTF8 {
                report.diff += UnifiedDiff.diff(lesson.lesson.source, lesson.lesson.source.applying(lesson.edits),
                                                oldName: file.typed, newName: file.typed + " (after update)")
            }
            for file in report.staleFiles {
                let relative = output.relativePath(of: file.path)
                let disk = (try? FileSystem.readText(file.path)) ?? ""
                let fresh = guide.files[relative] ?? ""
                report.diff += UnifiedDiff.diff(disk, fresh, oldName: file.path, newName: file.path + " (after build)")
            }
        }
        return report
    }

    /// Rewrites wrong and missing result comments in the lessons (nothing else), then rebuilds; reports each edit.
    ///
    /// A lesson is written only if its bytes are still those evaluated and it is writable by its owner
    /// (`FileSystem.replace`); otherwise it is left alone with a located error. A lesson that is not UTF-8 is never
    /// written (its errors say where); the other lessons are updated and built all the same. Temporaries of killed runs beside the
    /// lessons are removed first.
    public func update() throws(StudyError) -> Report {
        let files = try LessonLoader.files(paths, output: output)
        var updated: [String] = []
        var applied: [AppliedEdit] = []
        var refused: [Diagnostic] = []
        let preludes = try Prelude.load(for: files)
        for ((file, lesson), prelude) in zip(zip(files, try LessonLoader.load(files)), preludes) {
            TemporaryFiles.removeLeftovers(in: LessonLoader.parent(of: file.real))
            let evaluated = LessonEvaluator.evaluate(lesson, limits: limits, prelude: prelude)
            // A lesson that is not UTF-8 is read with U+FFFD for its invalid bytes: writing it would replace them.
            guard !evaluated.edits.isEmpty, lesson.isUTF8 else { continue }
            let source = lesson.source.applying(evaluated.edits)
            guard source != lesson.source else { continue }
            if let refusal = try FileSystem.replace(file.typed, expecting: Array(lesson.source.utf8), with: Array(source.utf8)) {
                refused.append(refusal.diagnostic(path: file.typed))
                continue
            }
            applied += AppliedEdit.edits(evaluated.edits, in: lesson.source, file: file.typed)
            updated.append(file.typed)
        }
        var report = try build(files)
        report.diagnostics = refused + report.diagnostics
        report.updatedLessons = updated
        report.edits = applied
        return report
    }

    private func build(_ files: [LessonFile]) throws(StudyError) -> Report {
        let lessons = try evaluate(files)
        let owns = LessonLoader.namesFoldersOnly(paths)
        var report = Self.report(lessons, files: files)
        let guide = try renderer.render(lessons, complete: owns, navigation: navigation(files, lessons))
        report.foreignFiles = try output.write(guide, ownsFolder: owns)
        try output.copyKaTeX()
        return report
    }

    /// What the pages' sidebars list: the lessons of the folders of the files given (see `LessonLoader.navigation`).
    private func navigation(_ files: [LessonFile], _ lessons: [EvaluatedLesson]) throws(StudyError) -> [Lesson] {
        try LessonLoader.navigation(for: paths, files: files, lessons: lessons.map(\.lesson), output: output)
    }

    private func evaluate(_ files: [LessonFile]) throws(StudyError) -> [EvaluatedLesson] {
        let preludes = try Prelude.load(for: files)
        return zip(try LessonLoader.load(files), preludes).map { LessonEvaluator.evaluate($0, limits: limits, prelude: $1) }
    }

    /// The lessons' diagnostics (at each lesson's path as typed) and counts; with `strict`, each lesson's untied
    /// numbers among its diagnostics. A course prelude's diagnostics come once, before those of the first lesson that
    /// ran it (every lesson runs it; most often all find the same problems).
    private static func report(_ lessons: [EvaluatedLesson], files: [LessonFile], strict: Bool = false) -> Report {
        var report = Report()
        report.lessonCount = lessons.count
        var reportedFromPreludes: Set<Diagnostic> = []
        for (file, lesson) in zip(files, lessons) {
            report.diagnostics += lesson.preludeDiagnostics.filter { reportedFromPreludes.insert($0).inserted }
            if let prelude = lesson.prelude, !lesson.preludeDiagnostics.isEmpty { report.sources[prelude.path] = prelude.lines }
            let untied = strict ? UntiedNumbers.diagnostics(for: lesson.lesson) : []
            let diagnostics = untied.isEmpty ? lesson.diagnostics : (lesson.diagnostics + untied).sorted(by: LessonEvaluator.order)
            report.diagnostics += diagnostics.map { diagnostic in
                var typed = diagnostic
                typed.path = file.typed
                return typed
            }
            report.untiedNumberCount += untied.count
            report.sources[file.typed] = lesson.lesson.lines
            report.checkedCount += lesson.checkedCount
            report.failedCount += lesson.failedCount
        }
        return report
    }
}
