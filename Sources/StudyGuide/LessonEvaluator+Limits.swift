import ComputeLanguage
import LessonDocument

extension LessonEvaluator {
    /// The limits a lesson runs with: its front matter's `elements` and `work` where they lower `maximum`, and
    /// `maximum`'s where the front matter asks for more, which is an error at the key naming the maximum.
    static func limits(of lesson: Lesson, within maximum: Limits) -> (limits: Limits, diagnostics: [Diagnostic]) {
        let front = lesson.frontMatter
        var diagnostics: [Diagnostic] = []
        let requests = [("elements", front.maxElements, maximum.maxElements), ("work", front.maxWork, maximum.maxWork)]
        for case let (name, requested?, allowed) in requests where requested > allowed {
            let location = front.limitLocations[name] ?? SourceLocation(line: 1, column: 1)
            diagnostics.append(.limitAboveMaximum(name, requested: requested, maximum: allowed, path: lesson.path, at: location))
        }
        return (maximum.lowered(elements: front.maxElements, work: front.maxWork), diagnostics)
    }
}

private extension Diagnostic {
    /// A front matter limit above what `study` allows: the lesson runs with the maximum instead.
    static func limitAboveMaximum(_ name: String, requested: Int, maximum: Int, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "limit '\(name)' of \(requested) is above the maximum of \(maximum); front matter may only lower the limits",
                   path: path, at: location, notes: [Note("the lesson runs with '\(name)' at \(maximum)")])
    }
}
