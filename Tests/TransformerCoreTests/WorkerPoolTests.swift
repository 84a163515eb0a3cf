import Testing
@testable import TransformerCore

/// The parallel loop of the kernels (`forEachIndex` on `WorkerPool.shared`).
@Suite("Parallel loops")
struct WorkerPoolTests {
    /// How many times `forEachIndex` hands out each of 0..<count, with `threads` threads, and,
    /// when `nested`, a parallel loop of its own inside every index.
    static func visits(count: Int, threads: Int, nested: Bool = false) -> [Int] {
        let visits = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        visits.initialize(repeating: 0)
        defer { visits.deallocate() }
        let shared = SendablePointer(pointer: visits.baseAddress!)
        forEachIndex(count: count, threads: threads) { next in
            while let index = next() {
                shared.pointer[index] += 1
                if nested {
                    // Runs on the calling thread alone: the pool is busy with the outer loop.
                    let inner = Self.visits(count: 3, threads: threads)
                    if inner != [1, 1, 1] { shared.pointer[index] += 100 }
                }
            }
        }
        return Array(visits)
    }

    @Test("hands out every index exactly once, on one thread or several")
    func testEveryIndexOnce() {
        for threads in [1, 2, 4] {
            for count in [1, 2, 7, 1000] {
                #expect(Self.visits(count: count, threads: threads) == Array(repeating: 1, count: count), "\(count) on \(threads)")
            }
        }
    }

    @Test("a loop inside a loop, and loops from several threads at once, run to the end")
    func testNestedAndConcurrent() async {
        #expect(Self.visits(count: 50, threads: 2, nested: true) == Array(repeating: 1, count: 50))
        let results = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 { group.addTask { Self.visits(count: 500, threads: 2) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8 && results.allSatisfy { $0 == Array(repeating: 1, count: 500) })
    }
}
