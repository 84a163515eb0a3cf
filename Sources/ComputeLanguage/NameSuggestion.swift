/// Suggests the nearest known name for a misspelt one ("did you mean 'softmax'?").
enum NameSuggestion {
    /// The candidate with the smallest edit distance to `name`, if it is close enough to be a likely typo
    /// (at most one edit for short names, a third of the name's length for longer ones).
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in Set(candidates).sorted() where candidate != name {
            let distance = editDistance(Array(name.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// A "did you mean 'softmax'?" note when a candidate is near `name`, else none.
    static func notes(for name: String, among candidates: [String]) -> [ComputeDiagnostic.Note] {
        if let outside = outsideSandbox(name) { return [ComputeDiagnostic.Note(.outsideSandbox(name, outside))] }
        return nearest(to: name, among: candidates).map { [ComputeDiagnostic.Note("did you mean '\($0)'?")] } ?? []
    }

    /// What a Swift API that a block cannot reach is (concurrency, unsafe memory, files, network, processes), so that
    /// its use is refused by name rather than only "cannot find"; nil for any other name.
    static func outsideSandbox(_ name: String) -> String? {
        if name.hasPrefix("Unsafe") || name.hasPrefix("withUnsafe") || name.hasPrefix("unsafe") { return "unsafe memory access" }
        switch name {
        case "Task", "TaskGroup", "withTaskGroup", "withThrowingTaskGroup", "DispatchQueue", "DispatchGroup", "Thread",
             "withCheckedContinuation", "withCheckedThrowingContinuation", "MainActor":
            return "concurrency"
        case "FileManager", "FileHandle", "URL", "URLSession", "URLRequest", "Data", "Process", "ProcessInfo", "fopen",
             "readLine", "getenv", "exit", "Bundle", "NSString":
            return "files, the network, processes and Foundation"
        default:
            return nil
        }
    }

    /// The Levenshtein distance: the fewest insertions, deletions and substitutions turning `a` into `b`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

private extension String {
    /// "swift-compute's sandbox leaves out concurrency ('Task'): …".
    static func outsideSandbox(_ name: String, _ kind: String) -> String {
        "swift-compute's sandbox leaves out \(kind) ('\(name)'): a block computes values and shows them"
    }
}
