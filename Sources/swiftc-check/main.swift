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
    let files = try LessonLoader.files(folders, output: OutputFolder(path: "output"))
    let check = SwiftcCheck(
        lessons: try LessonLoader.load(files), includesReference: includesReference, preludes: try LessonFolder.preludes(folders),
        lessonPreludes: try Prelude.load(for: files))
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

/// The course preludes of the lessons at `paths` (the lessons themselves are found as `study` finds them, by
/// `LessonLoader.files`; the output folder only decides how paths are displayed).
enum LessonFolder {
    /// The course preludes `study` runs before the lessons at `paths` (`Prelude.load(forPaths:)`: a folder's
    /// `prelude.swift`, or that of a lesson file's folder), each once, as a file of the program (`LessonProgram.prelude`).
    static func preludes(_ paths: [String]) throws -> [CheckProgram.File] {
        try Prelude.load(forPaths: paths).enumerated().map { index, prelude in
            LessonProgram.prelude(prelude, index: index)
        }
    }
}
