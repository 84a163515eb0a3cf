import Foundation

/// A temporary folder with a `lessons/` subfolder, removed when the test ends.
final class TemporaryWorkspace {
    /// The workspace's root.
    let root: URL

    /// A fresh workspace holding the given lessons (file name → text).
    init(lessons: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("study-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        for (name, text) in lessons {
            try write(text, to: "lessons/" + name)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Writes `text` to `relative`.
    func write(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The bytes of `relative`.
    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    /// The text of `relative`.
    func text(_ relative: String) throws -> String {
        String(decoding: try read(relative), as: UTF8.self)
    }

    /// Every file below `relative` with its bytes.
    func snapshot(_ relative: String) throws -> [String: Data] {
        let base = root.appendingPathComponent(relative)
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        while let file = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(file).path, isDirectory: &isFolder), !isFolder.boolValue {
                result[file] = try Data(contentsOf: base.appendingPathComponent(file))
            }
        }
        return result
    }
}
