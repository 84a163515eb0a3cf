/// Renders `index.html`: the lessons in order with their summaries, and what was verified.
struct IndexPageRenderer {
    let guideTitle: String

    /// The index page of the guide made of `lessons`.
    func render(_ lessons: [EvaluatedLesson]) -> String {
        let checked = lessons.reduce(0) { $0 + $1.checkedCount }
        let failed = lessons.reduce(0) { $0 + $1.failedCount }
        var body = "<h1>\(HTML.escape(guideTitle))</h1>\n"
        let plural = checked == 1 ? "number" : "numbers"
        let lessonCount = lessons.count == 1 ? "1 lesson" : "\(lessons.count) lessons"
        if failed == 0 {
            body += "<p class=\"verification ok\">\(checked) \(plural) and expectations checked in \(lessonCount); all hold.</p>\n"
        } else {
            body += "<p class=\"verification failed\">\(checked) \(plural) and expectations checked in \(lessonCount); \(failed) failed.</p>\n"
        }
        body += "<ol class=\"lessons\">\n"
        for lesson in lessons {
            let page = HTML.escape(PageLink.html(lesson.lesson.name))
            body += "<li\(lesson.lesson.listValueAttribute)><a href=\"\(page)\">\(HTML.escape(lesson.lesson.title))</a>"
            if let summary = lesson.lesson.summary { body += "\n<p>\(HTML.escape(summary))</p>" }
            if !lesson.failures.isEmpty {
                let links = lesson.failures.map {
                    "<a href=\"\(page)#\(HTML.escape($0.anchor))\"><code>\(HTML.escape(lesson.lesson.path)):\($0.location.line):\($0.location.column)</code></a>"
                }
                body += "\n<p class=\"verification failed\">failed: \(links.joined(separator: ", "))</p>"
            }
            body += "</li>\n"
        }
        body += "</ol>"
        let sidebar = SidebarRenderer(lessons: lessons.map(\.lesson)).render(current: nil)
        return PageLayout.page(title: guideTitle, guideTitle: guideTitle, sidebar: sidebar, body: body)
    }
}
