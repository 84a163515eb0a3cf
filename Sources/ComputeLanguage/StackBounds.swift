#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
/// glibc's `pthread_getattr_np`, which its Swift module does not export (it is a GNU extension).
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// The lowest address the calling thread's stack may grow to, so that the interpreter can stop nesting calls and
/// blocks while enough stack remains, whatever the thread's stack size (8 MiB for a main thread, less elsewhere).
enum StackBounds {
    /// The stack kept free below the deepest call or block the interpreter enters: room for the evaluation of an
    /// expression nested as deeply as `ParsedCell` allows, in a debug build.
    static let reserve = 1 << 20

    /// The address below which the interpreter refuses to nest further on this thread, nil when the platform does not
    /// say where the stack ends.
    static func floor() -> Int? {
        #if canImport(Glibc)
        var attributes = pthread_attr_t()
        guard threadAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &base, &size) == 0, let base else { return nil }
        let low = Int(bitPattern: base)
        return low + min(reserve, size / 2)
        #elseif canImport(Darwin)
        let top = Int(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = pthread_get_stacksize_np(pthread_self())
        return top - size + min(reserve, size / 2)
        #else
        return nil
        #endif
    }

    /// The address of the caller's frame, roughly: compared with `floor()` to tell how deep the stack is.
    @inline(never)
    static func current() -> Int {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
    }
}
