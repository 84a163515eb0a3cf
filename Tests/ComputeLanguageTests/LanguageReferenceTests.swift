import Foundation
import Testing
@testable import ComputeLanguage

@Suite("The language reference: generated from the registry, every example runs")
struct LanguageReferenceTests {
    /// docs/language.md in the source tree.
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/language.md")

    @Test("docs/language.md is the generated reference (re-record with STUDY_RECORD_GOLDEN=1 swift test)")
    func testGolden() throws {
        let generated = LanguageReference.markdown
        if ProcessInfo.processInfo.environment["STUDY_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(generated.utf8).write(to: Self.file)
            Issue.record("docs/language.md re-recorded; run the tests again without STUDY_RECORD_GOLDEN=1")
            return
        }
        let written = try String(contentsOf: Self.file, encoding: .utf8)
        if written != generated {
            let writtenLines = written.split(separator: "\n", omittingEmptySubsequences: false)
            let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(writtenLines, generatedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(writtenLines.count, generatedLines.count)
            Issue.record("docs/language.md differs from the registry at line \(first + 1); re-record with STUDY_RECORD_GOLDEN=1 swift test")
        }
    }

    @Test("every builtin, and every member that takes arguments, is listed with its signature and example")
    func testEveryBuiltinListed() {
        let text = LanguageReference.markdown
        let constructors = TypeNamespace.all.flatMap(\.constructors)
        for builtin in BuiltinRegistry.all + constructors {
            let signature = builtin.signature.replacingOccurrences(of: "|", with: "\\|")
            #expect(text.contains(signature), "\(builtin.selector)")
            #expect(text.contains("`\(builtin.example.replacingOccurrences(of: "|", with: "\\|"))`"), "\(builtin.selector)")
        }
        #expect(Set(LanguageReference.families.flatMap(\.builtins).map(\.signature)) == Set(BuiltinRegistry.all.map(\.signature)))
        for namespace in TypeNamespace.all {
            for constant in namespace.constants {
                #expect(text.contains(namespace.type == .model ? "`Model.\(constant.name)`" : "`.\(constant.name)`"), "\(namespace.name).\(constant.name)")
            }
        }
    }

    @Test("every example of a builtin runs without a diagnostic and gives one value")
    func testBuiltinExamples() {
        let constructors = TypeNamespace.all.flatMap(\.constructors)
        for builtin in BuiltinRegistry.all + constructors {
            let run = Compute.run(builtin.example)
            #expect(run.diagnostics.isEmpty, "\(builtin.example): \(run.diagnostics.map(\.message))")
            #expect(run.outputs.count == 1, "\(builtin.example)")
        }
    }

    @Test("every example of an operator and a member runs without a diagnostic")
    func testOperatorAndMemberExamples() {
        let examples = LanguageReference.operatorEntries.map(\.example) + LanguageReference.memberEntries.map(\.example)
            + LanguageReference.statementEntries.map(\.example)
        for example in examples {
            let run = Compute.run(example)
            #expect(run.diagnostics.isEmpty, "\(example): \(run.diagnostics.map(\.message))")
            #expect(run.outputs.count == 1, "\(example)")
        }
    }

    @Test("every member of every record type is documented, and nothing else", arguments: [
        "attention(q: identity(2), k: identity(2), v: identity(2))",
        "multiHeadAttention(identity(2), heads: 2, wq: identity(2), wk: identity(2), wv: identity(2), wo: identity(2))",
        "qr(identity(2))", "orthogonalityDeviation(identity(2))", "Model.gpt2Small",
    ])
    func testRecordMembersDocumented(example: String) throws {
        guard case let .record(record)? = Compute.value(example) else {
            Issue.record("\(example) is not a record")
            return
        }
        let documented = LanguageReference.memberEntries.filter { $0.type == record.typeName }.map(\.name)
        #expect(documented == record.members.map(\.name))
    }

    @Test("every type of the registry's signatures is described")
    func testTypes() {
        for type in ValueType.allCases {
            #expect(!type.summary.isEmpty, "\(type)")
        }
    }
}
