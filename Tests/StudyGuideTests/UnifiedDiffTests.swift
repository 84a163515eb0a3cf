import StudyGuide
import Testing

@Suite("Unified diff")
struct UnifiedDiffTests {
    @Test("equal texts give no diff")
    func testEqual() {
        #expect(UnifiedDiff.diff("a\nb\n", "a\nb\n", oldName: "x", newName: "y") == "")
    }

    @Test("one changed line gives one hunk with three lines of context")
    func testOneChange() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(UnifiedDiff.diff(old, new, oldName: "a.md", newName: "a.md (after update)") == """
            --- a.md
            +++ a.md (after update)
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
    }

    @Test("distant changes give separate hunks; an insertion and a deletion count lines right")
    func testHunks() {
        let old = (1...20).map { "l\($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...20).map { "l\($0)" }
        lines.insert("new", at: 1)
        lines.remove(at: 18)
        let diff = UnifiedDiff.diff(old, lines.joined(separator: "\n") + "\n", oldName: "a", newName: "b")
        #expect(diff.contains("@@ -1,4 +1,5 @@\n l1\n+new\n l2\n l3\n l4\n"))
        #expect(diff.contains("@@ -15,6 +16,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20\n"))
    }

    @Test("a file from nothing is all additions")
    func testFromEmpty() {
        #expect(UnifiedDiff.diff("", "a\nb\n", oldName: "x", newName: "y") == "--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n")
    }
}
