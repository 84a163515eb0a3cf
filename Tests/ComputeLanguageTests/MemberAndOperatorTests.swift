import Testing
@testable import ComputeLanguage

@Suite("Members, implicit members, lists and the element-wise product")
struct MemberAndOperatorTests {
    @Test(".shape of matrices and vectors reads as 4×4 and 3, with rows, columns and count as members")
    func testShape() {
        #expect(Compute.value("identity(4).shape")?.shortDescription == "4×4")
        #expect(Compute.value("[1, 2, 3].shape")?.shortDescription == "3")
        #expect(Compute.value("zeros(rows: 2, columns: 5).shape.columns") == .integer(5))
        #expect(Compute.value("[1, 2, 3].shape.count") == .integer(3))
        #expect(Compute.value("identity(2).shape == zeros(rows: 2, columns: 2).shape") == .bool(true))
        #expect(Compute.value("identity(2).shape == zeros(rows: 2, columns: 3).shape") == .bool(false))
        #expect(Compute.value("identity(2).shape")?.typeName == "Shape")
    }

    @Test("records: attention results and their members")
    func testRecords() {
        let r = "let r = attention(q: identity(2), k: identity(2), v: [[1, 2], [3, 4]])\n"
        #expect(Compute.value(r + "r")?.shortDescription == "AttentionResult(scores, scaledScores, maskedScores, weights, output)")
        #expect(Compute.matrix(r + "r.scores") == [[1, 0], [0, 1]])
        #expect(Compute.value(r + "r.output.shape")?.shortDescription == "2×2")
        #expect(Compute.value(r + "rowSums(r.weights) ≈ [1, 1]") == .bool(true))
    }

    @Test("⊙ is the element-wise product; * stays the matrix product, with vectors as rows or columns")
    func testProducts() {
        #expect(Compute.vector("[1, 2, 3] ⊙ [4, 5, 6]") == [4, 10, 18])
        #expect(Compute.matrix("[[1, 2], [3, 4]] ⊙ [[2, 0], [1, 3]]") == [[2, 0], [3, 12]])
        #expect(Compute.matrix("[[1, 2], [3, 4]] * [[2, 0], [1, 3]]") == [[4, 6], [10, 12]])
        #expect(Compute.vector("1 + [1, 2] ⊙ [3, 4]") == [4, 9])
        #expect(Compute.value("2 ⊙ 3") == .integer(6))
        #expect(Compute.vector("[1, 2] * [[1, 2], [3, 4]]") == [7, 10])
        #expect(Compute.vector("[[1, 2], [3, 4]] * [1, 1]") == [3, 7])
    }

    @Test("lists: [String] and [Matrix] take subscripts and .count")
    func testLists() {
        #expect(Compute.value("let tokens = [\"The\", \"car\", \"is\", \"red\"]\ntokens[3]") == .string("red"))
        #expect(Compute.value(#"["The", "car"].count"#) == .integer(2))
        #expect(Compute.value("let t: [String] = [\"a\"]\nt") == .strings(["a"]))
    }

    @Test("implicit members take their type from the parameter, the annotation or the variable")
    func testImplicitMembers() {
        #expect(Compute.value("entropy([0.5, 0.5], unit: .bits)") == .real(1))
        #expect(Compute.value("var unit: InformationUnit = .nats\nunit = .bits\nentropy([0.5, 0.5], unit: unit)") == .real(1))
        #expect(Compute.value("InformationUnit.bits")?.shortDescription == ".bits")
        #expect(Compute.value("AttentionMask.padding([1, 0])")?.shortDescription == ".padding([1, 0])")
        #expect(Compute.value("let Model = 3\nModel + 1") == .integer(4))
    }
}
