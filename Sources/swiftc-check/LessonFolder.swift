import Foundation
import SwiftcCheck
import LessonDocument

/// The lessons of a folder (`lessons/*.md`, sorted by name) or the files given.
enum LessonFolder {
    /// The lessons at `paths`: each folder's `.md` files sorted by name, each file as given.
    static func load(_ paths: [String]) throws -> [Lesson] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw SwiftcRunner.Failure.missing(path) }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }.sorted()
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                files += names.map { "\(folder)/\($0)" }
            } else {
                files.append(path)
            }
        }
        return try files.map { file in
            Lesson(path: file, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        }
    }
}
