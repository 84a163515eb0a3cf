/// The output folder: compared with a fresh render by `check`, written by `build`.
///
/// The folder itself may be a symlink (resolved once); below it, symlinks are never followed: a file `study` writes
/// replaces a symlink in its place (the link's target is left alone), and a symlinked folder on the way is refused.
public struct OutputFolder: Sendable {
    /// The folder's path as given (what messages show).
    public let path: String
    /// Its real path, every symlink resolved: where files are read and written.
    public let root: String

    /// The subfolder of copied third-party files, which neither `check` nor the manifest covers.
    static let assets = "assets"

    /// The folder at `path`.
    public init(path: String) {
        self.path = LessonLoader.normalized(path)
        self.root = FileSystem.realPath(self.path)
    }

    /// The files that differ from `guide`: missing, different, and (when the guide owns the folder) orphaned.
    /// Temporary files of a running or killed `study` are neither.
    public func staleFiles(against guide: RenderedGuide, ownsFolder: Bool) -> [StaleFile] {
        var stale: [StaleFile] = []
        for relative in guide.paths {
            guard let bytes = try? FileSystem.read(join(relative)) else {
                stale.append(StaleFile(path: display(relative), kind: .missing))
                continue
            }
            if bytes != Array((guide.files[relative] ?? "").utf8) {
                stale.append(StaleFile(path: display(relative), kind: .different))
            }
        }
        if ownsFolder {
            for relative in FileSystem.files(below: root) where guide.files[relative] == nil && !isAsset(relative) && !isTemporary(relative) {
                stale.append(StaleFile(path: display(relative), kind: .orphaned))
            }
        }
        return stale.sorted { $0.path < $1.path }
    }

    /// Writes every file of `guide` atomically, and removes the files an earlier build listed in its manifest (with the
    /// bytes it wrote: a file changed since is left alone) that this guide no longer has, and temporaries of killed runs. Returns the files it left alone that `study` did not write.
    @discardableResult
    public func write(_ guide: RenderedGuide, ownsFolder: Bool) throws(StudyError) -> [String] {
        let previous = ownsFolder ? previouslyWritten() : [:]
        for relative in guide.paths {
            try writeFile(Array((guide.files[relative] ?? "").utf8), to: relative)
        }
        var folders: Set<String> = [root]
        for relative in FileSystem.files(below: root) { folders.insert(join(LessonLoader.parent(of: relative))) }
        for folder in folders { TemporaryFiles.removeLeftovers(in: folder) }
        guard ownsFolder else { return [] }
        var foreign: [String] = []
        for relative in FileSystem.files(below: root) where guide.files[relative] == nil && !isAsset(relative) && !isTemporary(relative) {
            if let fingerprint = previous[relative], let bytes = try? FileSystem.read(join(relative)),
               Manifest.fingerprint(bytes) == fingerprint {
                try FileSystem.remove(join(relative))
            } else {
                foreign.append(display(relative))
            }
        }
        return foreign
    }

    /// Copies KaTeX into `assets/katex/` when it is installed; returns how many files it copied.
    @discardableResult
    public func copyKaTeX(from folder: String = KaTeXAssets.installedFolder) throws(StudyError) -> Int {
        let files = KaTeXAssets.filesToCopy(from: folder)
        for file in files {
            try writeFile(try FileSystem.read(folder + "/" + file), to: KaTeXAssets.destination + "/" + file)
        }
        return files.count
    }

    /// Writes one file below the folder, refusing a symlinked folder on the way and replacing a symlink in its place.
    private func writeFile(_ bytes: [UInt8], to relative: String) throws(StudyError) {
        var folder = ""
        for part in relative.split(separator: "/").dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            if FileSystem.isSymlink(join(folder)) { throw .symlinkInOutput(display(folder)) }
        }
        try FileSystem.writeAtomically(bytes, to: join(relative), followingSymlinks: false)
    }

    /// The files listed in the manifest on disk that a build may remove: paths inside the folder (no `..`, `.`, empty
    /// or absolute parts, no control characters), through no symlinked folder, of the kinds `study` writes.
    private func previouslyWritten() -> [String: String] {
        guard let text = try? FileSystem.readText(join(RenderedGuide.manifestName)) else { return [:] }
        return Manifest.entries(in: text).filter { isRemovable($0.key) }
    }

    private func isRemovable(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              !relative.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
              [".html", ".md", ".svg", ".css"].contains(where: relative.hasSuffix)
        else { return false }
        var folder = ""
        for part in parts.dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            if FileSystem.isSymlink(join(folder)) { return false }
        }
        return true
    }

    private func isAsset(_ relative: String) -> Bool {
        relative == Self.assets || relative.hasPrefix(Self.assets + "/")
    }

    private func isTemporary(_ relative: String) -> Bool {
        TemporaryFiles.isTemporary(name: String(relative.split(separator: "/").last ?? ""))
    }

    /// A path inside the folder as messages show it: the folder as given, joined with `relative`.
    func display(_ relative: String) -> String {
        path == "." ? relative : path + "/" + relative
    }

    /// A path relative to the folder, from a path `display` gave.
    func relativePath(of path: String) -> String {
        path == self.path || self.path == "." ? path : String(path.dropFirst(self.path.count + 1))
    }

    private func join(_ relative: String) -> String {
        relative == "." || relative.isEmpty ? root : (root == "/" ? "/" : root + "/") + relative
    }
}
