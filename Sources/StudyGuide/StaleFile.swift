/// A file of the output folder that does not match a fresh render.
public struct StaleFile: Hashable, Sendable, CustomStringConvertible {
    /// How the file differs.
    public enum Kind: String, Sendable {
        /// The render has it; the folder does not.
        case missing
        /// Both have it, with different bytes.
        case different
        /// The folder has it; the render does not.
        case orphaned
    }

    /// The path, including the output folder.
    public var path: String
    /// How it differs.
    public var kind: Kind

    /// "output/01-x.html is different".
    public var description: String { "\(path) is \(kind.rawValue)" }
}
