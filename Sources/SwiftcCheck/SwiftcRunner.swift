import Foundation

/// Compiles a `CheckProgram` with swiftc against the ComputeKit and TransformerCore that SwiftPM built (their modules in
/// `<build>/Modules`, their objects in `<build>/<Target>.build`), then runs it.
public struct SwiftcRunner: Sendable {
    /// What a command printed and how it ended.
    public struct Outcome: Sendable {
        /// Its standard output.
        public var output: String
        /// Its standard error.
        public var errors: String
        /// Its exit status (or the signal that ended it).
        public var status: Int32
        /// Seconds it took.
        public var seconds: Double
    }

    /// Why the program could not be built or run.
    public enum Failure: Error, CustomStringConvertible {
        /// A file or folder is missing.
        case missing(String)
        /// swiftc rejected the program.
        case compile(String)

        /// The failure as a message.
        public var description: String {
            switch self {
            case let .missing(what): "\(what) is missing: run `swift build` first"
            case let .compile(errors): "swiftc rejected the program:\n\(errors)"
            }
        }
    }

    /// SwiftPM's build folder (`.build/debug`).
    public var buildPath: String
    /// Where the program's sources and executable are written.
    public var workPath: String
    /// The compiler.
    public var swiftc: String

    /// A runner over the build at `buildPath`, writing into `workPath`.
    public init(buildPath: String, workPath: String, swiftc: String = "swiftc") {
        self.buildPath = buildPath
        self.workPath = workPath
        self.swiftc = swiftc
    }

    /// The object files of the targets ComputeKit needs: those SwiftPM's output file map names for each current source
    /// (a stale object of a removed source is left out), each of which must exist.
    func objects() throws -> [String] {
        var objects: [String] = []
        for target in ["ComputeKit", "TransformerCore"] {
            let map = "\(buildPath)/\(target).build/output-file-map.json"
            guard let data = FileManager.default.contents(atPath: map),
                  let entries = try JSONSerialization.jsonObject(with: data) as? [String: [String: String]] else { throw Failure.missing(map) }
            let found = entries.values.compactMap { $0["object"] }.sorted()
            guard !found.isEmpty else { throw Failure.missing("the objects of \(target) in \(map)") }
            for object in found where !FileManager.default.fileExists(atPath: object) { throw Failure.missing(object) }
            objects += found
        }
        return objects
    }

    /// Writes the program's sources, compiles them and returns the compiler's outcome and the executable's path.
    public func compile(_ program: CheckProgram, extraSources: [CheckProgram.File] = []) throws -> (Outcome, String) {
        try FileManager.default.createDirectory(atPath: workPath, withIntermediateDirectories: true)
        var paths: [String] = []
        for file in program.sources + extraSources {
            let path = "\(workPath)/\(file.name)"
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        guard FileManager.default.fileExists(atPath: "\(buildPath)/Modules/ComputeKit.swiftmodule") else {
            throw Failure.missing("\(buildPath)/Modules/ComputeKit.swiftmodule")
        }
        let executable = "\(workPath)/program"
        let arguments = ["-suppress-warnings", "-module-name", "SwiftcCheckProgram", "-I", "\(buildPath)/Modules"]
            + paths + (try objects()) + ["-o", executable]
        let outcome = try Self.run(swiftc, arguments)
        guard outcome.status == 0 else { throw Failure.compile(outcome.errors + outcome.output) }
        return (outcome, executable)
    }

    /// Runs `command` (found on PATH unless it has a `/`) with `arguments`, capturing its output.
    public static func run(_ command: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        if command.contains("/") {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [command] + arguments
        }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let start = Date()
        try process.run()
        // Read both pipes while the process runs, so that neither fills up and blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(
            output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self),
            status: process.terminationStatus, seconds: Date().timeIntervalSince(start))
    }
}
