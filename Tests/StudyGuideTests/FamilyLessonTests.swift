@testable import ComputeLanguage
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LessonDocument
import StudyGuide
import Testing

/// One test lesson per family of builtins (`Fixtures/families/`, written by `scripts/family_lessons.py`): every
/// `// =>` number in them is NumPy's, so `check` compares each builtin with an independent computation; and every
/// builtin, overload, member, preset, enum case and operator of the registry is used in some lesson.
@Suite("Family lessons: every builtin against NumPy")
struct FamilyLessonTests {
    @Test("there is a family lesson for every family of the reference")
    func testOneLessonPerFamily() {
        #expect(FamilyLessons.names.count >= LanguageReference.families.count)
    }

    @Test("a family lesson checks clean: no error or warning, every result verified, nothing for update to add", arguments: FamilyLessons.names)
    func testChecksClean(_ name: String) throws {
        let evaluated = LessonEvaluator.evaluate(try FamilyLessons.lesson(name))
        #expect(evaluated.diagnostics.isEmpty, "\(evaluated.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" })")
        #expect(evaluated.failedCount == 0)
        #expect(evaluated.checkedCount > 0)
        #expect(evaluated.edits.isEmpty, "update would change \(evaluated.edits.count) places")
        for cell in evaluated.cells {
            #expect(cell.wasRun)
            let written = cell.cell.code.components(separatedBy: "\n").filter { $0.contains("// =>") }.count
            let read = cell.outputs.filter { ResultComment.find(in: cell.cell.code, statementEnd: $0.range.upperBound) != nil }.count
            #expect(read == written, "cell \(cell.cell.index + 1): \(written) result comments, \(read) of them after a result")
            #expect(cell.expectations.allSatisfy { $0.passed })
        }
    }

    @Test("every figure and table shows what NumPy computed, and renders as SVG and HTML", arguments: FamilyLessons.names)
    func testDisplays(_ name: String) throws {
        let evaluated = LessonEvaluator.evaluate(try FamilyLessons.lesson(name))
        let displays = evaluated.cells.flatMap(\.outputs).map(\.value).filter {
            if case .figure = $0 { return true }
            if case .table = $0 { return true }
            return false
        }
        let expected = try FamilyDisplays.expected(name)
        try #require(displays.count == expected.count, "\(displays.count) figures and tables, \(expected.count) expected")
        for (index, (value, wanted)) in zip(displays, expected).enumerated() {
            let differences = FamilyDisplays.differences(value, wanted)
            #expect(differences.isEmpty, "display \(index + 1), \(wanted["code"] ?? ""): \(differences)")
        }
        let figures = displays.filter { if case .figure = $0 { true } else { false } }.count
        let tables = displays.count - figures
        let files = GuideRenderer().render([evaluated], complete: false).files
        let stem = String(name.dropLast(3))
        let svgs = files.filter { $0.key.hasPrefix("figures/\(stem)-") && $0.key.hasSuffix(".svg") }
        #expect(svgs.count == figures)
        for (path, svg) in svgs {
            #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(path) is not well-formed")
        }
        let page = try #require(files["\(stem).html"])
        #expect(page.components(separatedBy: "<svg ").count - 1 >= figures)
        #expect(page.components(separatedBy: "<table").count - 1 >= tables)
    }

    @Test("every builtin of the registry, with each overload's labels, is called in a family lesson")
    func testEveryBuiltinIsCalled() throws {
        let usage = try FamilyLessons.usage()
        for family in LanguageReference.families {
            for builtin in family.builtins {
                let called = usage.calls.contains { $0.name == builtin.name && Self.accepts(builtin, labels: $0.labels) }
                #expect(called, "\(family.name): \(builtin.selector) is called in no family lesson")
            }
        }
        let expected = try FamilyLessons.names.flatMap { try FamilyDisplays.expected($0) }
        let kinds = Set(expected.compactMap { $0["kind"] as? String })
        for kind in ["heatmap", "bars", "lines", "table"] {
            #expect(kinds.contains(kind), "no family lesson shows a \(kind)")
        }
    }

    @Test("every preset, enum case and mask of the namespaces is named in a family lesson")
    func testEveryNamespaceMemberIsNamed() throws {
        let usage = try FamilyLessons.usage()
        for namespace in TypeNamespace.all {
            for constant in namespace.constants {
                #expect(usage.members.contains(constant.name), "\(namespace.name).\(constant.name) is named in no family lesson")
            }
            for constructor in namespace.constructors {
                let called = usage.calls.contains { $0.name == "." + constructor.name && Self.accepts(constructor, labels: $0.labels) }
                #expect(called, "\(namespace.name).\(constructor.selector) is called in no family lesson")
            }
        }
    }

    @Test("every documented member and operator is used in a family lesson")
    func testEveryMemberAndOperatorIsUsed() throws {
        let usage = try FamilyLessons.usage()
        for member in LanguageReference.memberEntries {
            #expect(usage.members.contains(member.name), "\(member.type).\(member.name) is read in no family lesson")
        }
        for entry in LanguageReference.operatorEntries {
            if entry.symbol.hasPrefix("[") {
                #expect(usage.subscriptArities.isSuperset(of: [1, 2]), "subscripts [i] and [i, j] are not both used")
                continue
            }
            for symbol in entry.symbol.split(separator: " ").map(String.init) {
                #expect(usage.operators.contains(symbol), "operator \(symbol) is applied in no family lesson")
            }
        }
    }

    /// Whether a call with these argument labels can call `builtin`: its labels in order, none missing without a default.
    static func accepts(_ builtin: Builtin, labels: [String]) -> Bool {
        var index = 0
        for parameter in builtin.parameters {
            if index < labels.count, labels[index] == (parameter.label ?? "_") {
                index += 1
                // A variadic parameter takes every further argument with its label.
                while parameter.variadic, index < labels.count, labels[index] == (parameter.label ?? "_") { index += 1 }
            } else if parameter.defaultValue == nil, !parameter.variadic {
                return false
            }
        }
        return index == labels.count
    }
}
