import ComputeLanguage
import LessonDocument

/// The three commands over a set of lessons: build the guide, check it, update the lessons' results.
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
        let lessons = try evaluateAll()
        let owns = LessonLoader.namesFoldersOnly(paths)
        var report = Self.report(lessons)
        let guide = try renderer.render(lessons, complete: owns, navigation: navigation(lessons))
        report.foreignFiles = try output.write(guide, ownsFolder: owns)
        try output.copyKaTeX()
        return report
    }

    /// Verifies every result, claim and expectation, and that the output folder matches a fresh render;
    /// with `diff`, also tells what `update` would change in the lessons and `build` in the output; with `strict`, also
    /// warns about the numbers in the prose that no claim or inline expression ties to a computation (`UntiedNumbers`).
    public func check(diff: Bool = false, strict: Bool = false) throws(StudyError) -> Report {
        let lessons = try evaluateAll()
        let owns = LessonLoader.namesFoldersOnly(paths)
        var report = Self.report(lessons, strict: strict)
        let guide = try renderer.render(lessons, complete: owns, navigation: navigation(lessons))
        report.staleFiles = output.staleFiles(against: guide, ownsFolder: owns)
        if diff {
            for lesson in lessons where !lesson.edits.isEmpty {
                let path = lesson.lesson.path
                report.diff += UnifiedDiff.diff(lesson.lesson.source, lesson.lesson.source.applying(lesson.edits), oldName: path, newName: path + " (after update)")
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

    /// Rewrites wrong and missing result comments in the lessons (nothing else, atomically), then rebuilds.
    public func update() throws(StudyError) -> Report {
        var updated: [String] = []
        for lesson in try LessonLoader.load(paths) {
            let evaluated = LessonEvaluator.evaluate(lesson, limits: limits)
            guard !evaluated.edits.isEmpty else { continue }
            let source = lesson.source.applying(evaluated.edits)
            guard source != lesson.source else { continue }
            try FileSystem.writeAtomically(Array(source.utf8), to: lesson.path)
            updated.append(lesson.path)
        }
        var report = try build()
        report.updatedLessons = updated
        return report
    }

    /// What the pages' sidebars list: the lessons of the folders of the files given (see `LessonLoader.navigation`).
    private func navigation(_ lessons: [EvaluatedLesson]) throws(StudyError) -> [Lesson] {
        try LessonLoader.navigation(for: paths, lessons: lessons.map(\.lesson))
    }

    private func evaluateAll() throws(StudyError) -> [EvaluatedLesson] {
        try LessonLoader.load(paths).map { LessonEvaluator.evaluate($0, limits: limits) }
    }

    /// The lessons' diagnostics and counts; with `strict`, each lesson's untied numbers among its diagnostics.
    private static func report(_ lessons: [EvaluatedLesson], strict: Bool = false) -> Report {
        var report = Report()
        report.lessonCount = lessons.count
        for lesson in lessons {
            let untied = strict ? UntiedNumbers.diagnostics(for: lesson.lesson) : []
            report.diagnostics += untied.isEmpty ? lesson.diagnostics : (lesson.diagnostics + untied).sorted(by: LessonEvaluator.order)
            report.untiedNumberCount += untied.count
            report.sources[lesson.lesson.path] = lesson.lesson.source
            report.checkedCount += lesson.checkedCount
            report.failedCount += lesson.failedCount
        }
        return report
    }
}
