// `make swiftc-check`: compiles every lesson and every example of the language reference with swiftc against ComputeKit,
// runs the program and compares each value it prints with the interpreter's. Exits 1 on any mismatch.
//
//     swiftc-check [--build-path .build/debug] [--work .build/swiftc-check] [--swiftc swiftc] [--no-reference]
//                  [--print-program] [lessons …]
import Foundation
import LessonDocument
import StudyGuide
import SwiftcCheck

var arguments = Array(CommandLine.arguments.dropFirst())
var buildPath = ".build/debug", workPath = ".build/swiftc-check", swiftc = "swiftc"
var includesReference = true, printsProgram = false
var paths: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--build-path": buildPath = arguments.isEmpty ? buildPath : arguments.removeFirst()
    case "--work": workPath = arguments.isEmpty ? workPath : arguments.removeFirst()
    case "--swiftc": swiftc = arguments.isEmpty ? swiftc : arguments.removeFirst()
    case "--no-reference": includesReference = false
    case "--print-program": printsProgram = true
    default: paths.append(argument)
    }
}
do {
    let folders = paths.isEmpty ? ["lessons"] : paths
    let check = SwiftcCheck(
        lessons: try LessonFolder.load(folders), includesReference: includesReference, preludes: try LessonFolder.preludes(folders))
    if printsProgram {
        for file in check.program.sources { print("// ==== \(file.name)\n\(file.text)") }
        exit(0)
    }
    let report = try check.run(with: SwiftcRunner(buildPath: buildPath, workPath: workPath, swiftc: swiftc))
    for line in report.summary { print(line) }
    exit(report.passed ? 0 : 1)
} catch {
    print("error: \(error)")
    exit(1)
}

/// The lessons at `paths` as `study` finds them (a folder's `NN-name.md` files in name order, files as given), read by
/// the real loader; the output folder only decides how paths are displayed (relative to the folder that holds it).
enum LessonFolder {
    /// The lessons at `paths`.
    static func load(_ paths: [String]) throws -> [Lesson] {
        try LessonLoader.load(try LessonLoader.files(paths, output: OutputFolder(path: "output")))
    }

    /// The course preludes `study` runs before the lessons at `paths` (`Prelude.load(forPaths:)`: a folder's
    /// `prelude.swift`, or that of a lesson file's folder), each once, with `import ComputeKit` above it.
    static func preludes(_ paths: [String]) throws -> [CheckProgram.File] {
        try Prelude.load(forPaths: paths).enumerated().map { index, prelude in
            CheckProgram.File(name: "prelude_\(index).swift", text: "import ComputeKit\n" + prelude.source)
        }
    }
}
