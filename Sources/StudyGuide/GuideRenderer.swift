/// Renders evaluated lessons into the guide's files: each lesson's page and Markdown, the index and the manifest.
public struct GuideRenderer: Sendable {
    /// The title on every page and the index.
    public var title: String

    /// A renderer for a guide titled `title`.
    public init(title: String = "Transformer study guide") {
        self.title = title
    }

    /// The guide of `lessons` in order; `complete` adds the index and the manifest (when whole folders were given).
    public func render(_ lessons: [EvaluatedLesson], complete: Bool) -> RenderedGuide {
        var files: [String: String] = [:]
        let page = LessonPageRenderer(guideTitle: title, sidebar: SidebarRenderer(lessons: complete ? lessons.map(\.lesson) : []))
        for (index, lesson) in lessons.enumerated() {
            let previous = index > 0 ? lessons[index - 1].lesson : nil
            let next = index + 1 < lessons.count ? lessons[index + 1].lesson : nil
            files[lesson.lesson.name + ".html"] = page.render(lesson, previous: complete ? previous : nil, next: complete ? next : nil)
            let figures = LessonFigures(lesson)
            files.merge(figures.files) { current, _ in current }
            files[lesson.lesson.name + ".md"] = MarkdownPageRenderer(figures: figures).render(lesson)
        }
        files[Stylesheet.fileName] = Stylesheet.css + "\n"
        if complete {
            files["index.html"] = IndexPageRenderer(guideTitle: title).render(lessons)
            let listed = (Array(files.keys) + [RenderedGuide.manifestName]).sorted()
            files[RenderedGuide.manifestName] = listed.map { $0 + "\n" }.joined()
        }
        return RenderedGuide(files: files)
    }
}
