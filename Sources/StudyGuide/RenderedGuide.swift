/// The files of a rendered guide, by path relative to the output folder: what `build` writes and `check` compares.
public struct RenderedGuide: Equatable, Sendable {
    /// The name of the file listing what `study` wrote, so that a later build removes only its own files.
    public static let manifestName = ".study-manifest"

    /// Each file's text, by relative path.
    public var files: [String: String]

    /// The relative paths in a stable order.
    public var paths: [String] { files.keys.sorted() }

    /// A guide made of `files`.
    public init(files: [String: String]) {
        self.files = files
    }
}
