#if canImport(Glibc)
import Glibc
#endif

extension Matrix {
    /// Element buffers from this many bytes on are offered transparent huge pages (NumPy's threshold).
    static let hugePageThreshold = 4 << 20

    /// An array of `count` elements, every one of which `initialize` must write.
    ///
    /// On Linux a buffer of `hugePageThreshold` bytes or more is first advised to use transparent
    /// huge pages (`madvise(MADV_HUGEPAGE)`, as NumPy does for its arrays), so that the first writes
    /// fault its memory in 2 MiB at a time rather than 4 KiB: for the three 8 MiB matrices of
    /// attention at L = 1024, faulting in and zeroing 4 KiB pages took a quarter of the time.
    static func uninitializedElements(count: Int, _ initialize: (UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress, count > 0 else { return }
            adviseHugePages(base, bytes: count * MemoryLayout<Double>.stride)
            initialize(base)
            initialized = count
        }
    }

    /// Asks for transparent huge pages for the whole 2 MiB pages inside [start, start + bytes), if
    /// the buffer is large enough; advice only: a failure changes nothing.
    private static func adviseHugePages(_ start: UnsafeMutablePointer<Double>, bytes: Int) {
        #if os(Linux)
        guard bytes >= hugePageThreshold else { return }
        let hugePage = 2 << 20
        let first = (Int(bitPattern: start) + hugePage - 1) / hugePage * hugePage
        let end = (Int(bitPattern: start) + bytes) / hugePage * hugePage
        if end > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) {
            _ = madvise(pointer, end - first, MADV_HUGEPAGE)
        }
        #endif
    }
}
