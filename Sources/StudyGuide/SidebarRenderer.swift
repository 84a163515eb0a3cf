import LessonDocument

/// Renders the guide's sidebar, as mdBook does: every lesson in order, the current one opened to its sections.
struct SidebarRenderer {
    /// The lessons of the guide, in order.
    let lessons: [Lesson]

    /// The sidebar of the page of `current` (nil for the index).
    func render(current: Lesson?) -> String {
        var html = "<nav class=\"sidebar\" aria-label=\"Lessons\">\n<ol class=\"chapters\">\n"
        for lesson in lessons {
            let isCurrent = lesson.name == current?.name
            let attributes = isCurrent ? " class=\"current\" aria-current=\"page\"" : ""
            html += "<li\(lesson.listValueAttribute)><a href=\"\(HTML.escape(PageLink.html(lesson.name)))\"\(attributes)>\(HTML.escape(lesson.title))</a>"
            if isCurrent {
                let sections = lesson.headings.filter { $0.level == 2 || $0.level == 3 }
                if !sections.isEmpty {
                    html += "\n<ul class=\"sections\">\n"
                    for heading in sections {
                        html += "<li class=\"level-\(heading.level)\"><a href=\"#\(HTML.escape(heading.id))\">\(HTML.escape(heading.text))</a></li>\n"
                    }
                    html += "</ul>\n"
                }
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</nav>"
    }
}
