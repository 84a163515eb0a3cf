import LessonDocument

/// Renders evaluated lessons into the guide's files: each lesson's page and Markdown, the index and the manifest.
public struct GuideRenderer: Sendable {
    /// The title on every page and the index.
    public var title: String

    /// A renderer for a guide titled `title`.
    public init(title: String = "Transformer study guide") {
        self.title = title
    }

    /// The files every complete guide has, which no lesson's page may be.
    static let fixedFiles: Set<String> = ["index.html", Stylesheet.fileName, RenderedGuide.manifestName]

    /// The guide of `lessons` in order; `complete` adds the index and the manifest (when whole folders were given).
    /// `navigation` is what the sidebar and the previous and next links list: by default `lessons` when complete, and
    /// nothing otherwise.
    public func render(_ lessons: [EvaluatedLesson], complete: Bool, navigation: [Lesson]? = nil) -> RenderedGuide {
        var files: [String: String] = [:]
        let listed = navigation ?? (complete ? lessons.map(\.lesson) : [])
        let page = LessonPageRenderer(guideTitle: title, sidebar: SidebarRenderer(lessons: listed))
        for lesson in lessons {
            let position = listed.firstIndex { $0.name == lesson.lesson.name }
            let previous = position.flatMap { $0 > 0 ? listed[$0 - 1] : nil }
            let next = position.flatMap { $0 + 1 < listed.count ? listed[$0 + 1] : nil }
            files[lesson.lesson.name + ".html"] = page.render(lesson, previous: previous, next: next)
            let figures = LessonFigures(lesson)
            files.merge(figures.files) { current, _ in current }
            files[lesson.lesson.name + ".md"] = MarkdownPageRenderer(figures: figures).render(lesson)
        }
        files[Stylesheet.fileName] = Stylesheet.css + "\n"
        if complete {
            files["index.html"] = IndexPageRenderer(guideTitle: title).render(lessons)
            files[RenderedGuide.manifestName] = Manifest.text(for: files)
        }
        return RenderedGuide(files: files)
    }
}
