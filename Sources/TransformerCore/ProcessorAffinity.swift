#if os(Linux)
import Glibc

/// Which processor a thread runs on, and keeping a thread off one processor (Linux only).
///
/// glibc's `sched_getcpu`, `sched_getaffinity` and `sched_setaffinity` are declared only under
/// `_GNU_SOURCE`, which Swift's Glibc module does not define, so they are looked up once with
/// `dlsym` and called through C function pointers. Every function returns nil or false, changing
/// nothing, when one of them is missing or fails.
enum ProcessorAffinity {
    /// A processor set as the kernel takes it: one bit per processor, 1024 processors.
    typealias ProcessorSet = [UInt64]

    private typealias CurrentProcessor = @convention(c) () -> Int32
    private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    private static let functions: (current: CurrentProcessor, get: AffinityCall, set: AffinityCall)? = {
        guard let program = dlopen(nil, RTLD_NOW),
              let current = dlsym(program, "sched_getcpu"),
              let get = dlsym(program, "sched_getaffinity"),
              let set = dlsym(program, "sched_setaffinity") else { return nil }
        return (unsafeBitCast(current, to: CurrentProcessor.self), unsafeBitCast(get, to: AffinityCall.self),
                unsafeBitCast(set, to: AffinityCall.self))
    }()

    /// The processor the calling thread is running on.
    static func currentProcessor() -> Int? {
        guard let functions else { return nil }
        let processor = functions.current()
        return processor >= 0 ? Int(processor) : nil
    }

    /// The processors the calling thread may run on.
    static func allowedProcessors() -> ProcessorSet? {
        guard let functions else { return nil }
        var set = ProcessorSet(repeating: 0, count: 16)
        let result = set.withUnsafeMutableBytes { functions.get(0, $0.count, $0.baseAddress!) }
        return result == 0 ? set : nil
    }

    /// Restricts the calling thread to the processors of `allowed` other than `processor`; false,
    /// changing nothing, when that would leave none (or the call fails).
    static func restrict(to allowed: ProcessorSet, avoiding processor: Int) -> Bool {
        guard let functions, processor >= 0, processor < allowed.count * 64 else { return false }
        var set = allowed
        set[processor / 64] &= ~(1 << UInt64(processor % 64))
        guard set.contains(where: { $0 != 0 }) else { return false }
        return set.withUnsafeMutableBytes { functions.set(0, $0.count, $0.baseAddress!) } == 0
    }
}
#endif
