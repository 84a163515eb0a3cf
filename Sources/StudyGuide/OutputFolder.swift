/// The output folder: compared with a fresh render by `check`, written by `build`.
public struct OutputFolder: Sendable {
    /// The folder's path.
    public let path: String

    /// The subfolder of copied third-party files, which neither `check` nor the manifest covers.
    static let assets = "assets"

    /// The folder at `path`.
    public init(path: String) {
        self.path = LessonLoader.normalized(path)
    }

    /// The files that differ from `guide`: missing, different, and (when the guide owns the folder) orphaned.
    public func staleFiles(against guide: RenderedGuide, ownsFolder: Bool) -> [StaleFile] {
        var stale: [StaleFile] = []
        for relative in guide.paths {
            let file = join(relative)
            guard let bytes = try? FileSystem.read(file) else {
                stale.append(StaleFile(path: file, kind: .missing))
                continue
            }
            if bytes != Array((guide.files[relative] ?? "").utf8) {
                stale.append(StaleFile(path: file, kind: .different))
            }
        }
        if ownsFolder {
            for relative in FileSystem.files(below: path) where guide.files[relative] == nil && !isAsset(relative) {
                stale.append(StaleFile(path: join(relative), kind: .orphaned))
            }
        }
        return stale.sorted { $0.path < $1.path }
    }

    /// Writes every file of `guide` atomically, and removes the files an earlier build listed in its
    /// manifest that this guide no longer has. Returns the files it left alone that `study` did not write.
    @discardableResult
    public func write(_ guide: RenderedGuide, ownsFolder: Bool) throws(StudyError) -> [String] {
        let previous = ownsFolder ? previouslyWritten() : []
        for relative in guide.paths {
            try FileSystem.writeAtomically(Array((guide.files[relative] ?? "").utf8), to: join(relative))
        }
        guard ownsFolder else { return [] }
        var foreign: [String] = []
        for relative in FileSystem.files(below: path) where guide.files[relative] == nil && !isAsset(relative) {
            if previous.contains(relative) {
                try FileSystem.remove(join(relative))
            } else {
                foreign.append(join(relative))
            }
        }
        return foreign
    }

    /// Copies KaTeX into `assets/katex/` when it is installed; returns how many files it copied.
    @discardableResult
    public func copyKaTeX(from folder: String = KaTeXAssets.installedFolder) throws(StudyError) -> Int {
        let files = KaTeXAssets.filesToCopy(from: folder)
        for file in files {
            try FileSystem.writeAtomically(try FileSystem.read(folder + "/" + file), to: join(KaTeXAssets.destination + "/" + file))
        }
        return files.count
    }

    /// The files listed in the manifest on disk.
    private func previouslyWritten() -> Set<String> {
        guard let text = try? FileSystem.readText(join(RenderedGuide.manifestName)) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    private func isAsset(_ relative: String) -> Bool {
        relative == Self.assets || relative.hasPrefix(Self.assets + "/")
    }

    /// A path inside the folder, relative to it.
    func relativePath(of path: String) -> String {
        path == self.path || self.path == "." ? path : String(path.dropFirst(self.path.count + 1))
    }

    private func join(_ relative: String) -> String {
        path == "." ? relative : path + "/" + relative
    }
}
