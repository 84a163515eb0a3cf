import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Persistent helper threads for the parallel loops of the kernels (`forEachIndex`), which stay
/// awake for a moment after each job and keep off the caller's processor.
///
/// Two measured problems with libdispatch's `concurrentPerform` on this two-core virtual machine:
/// waking a sleeping thread takes 10 to 50 µs (in half the calls the second iteration had not
/// started after 50 µs), about a tenth of a 256×256 product; and after a pause of a millisecond or
/// more the woken worker was often placed on the caller's processor, so that a 256×256 product ran
/// at 0.8 ms instead of 0.4 ms, slower than on one thread (0.45 ms with the threads pinned to
/// different processors). So helpers spin, yielding the processor between looks, for
/// `spinDuration` after their last job, then sleep until the next; and on Linux a helper that
/// joins a job first moves off the processor its caller runs on (`ProcessorAffinity`).
///
/// One job at a time: a caller that finds the pool busy (another thread's job, or a parallel loop
/// inside a job) runs its loop alone.
final class WorkerPool: @unchecked Sendable {
    /// The pool of the kernels: one helper per processor beyond the first.
    static let shared = WorkerPool(helpers: GEMM.processorCount - 1)

    /// How long an idle helper keeps looking for work before it sleeps (nanoseconds): long enough
    /// to bridge the serial steps between the parallel loops of attention or a row of products.
    static let spinDuration: UInt64 = 2_000_000

    private let helperCount: Int
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wake = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    // The state below is guarded by `mutex`.
    private var started = false
    private var busy = false
    private var job: (() -> Void)?
    /// Incremented for every job, so that a helper can tell a new job from one it has seen.
    private var generation = 0
    /// Helpers still wanted for the current job; those that come later skip it.
    private var unclaimed = 0
    /// Helpers running the current job.
    private var running = 0
    private var sleeping = 0
    /// The processor the caller of the current job runs on, if known.
    private var callerProcessor: Int?

    /// A pool of `helpers` threads, started on first use.
    init(helpers: Int) {
        helperCount = max(0, helpers)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        wake.initialize(to: pthread_cond_t())
        pthread_cond_init(wake, nil)
    }

    /// Runs `body` on the calling thread and on up to `helpers` helper threads at once, and
    /// returns true once every call has returned; returns false, running nothing, when the pool
    /// has no helpers or is busy. Helpers that have not started when the caller's `body` returns
    /// are not waited for (there is nothing left for them to do in a loop with a shared queue).
    func run(helpers: Int, _ body: () -> Void) -> Bool {
        guard helpers > 0, helperCount > 0 else { return false }
        pthread_mutex_lock(mutex)
        guard !busy else {
            pthread_mutex_unlock(mutex)
            return false
        }
        if !started {
            started = true
            for _ in 0..<helperCount { startHelper() }
        }
        busy = true
        return withoutActuallyEscaping(body) { body in
            job = body
            #if os(Linux)
            callerProcessor = ProcessorAffinity.currentProcessor()
            #endif
            generation &+= 1
            unclaimed = min(helpers, helperCount)
            running = 0
            if sleeping > 0 { pthread_cond_broadcast(wake) }
            pthread_mutex_unlock(mutex)

            body()

            pthread_mutex_lock(mutex)
            unclaimed = 0
            while running > 0 {
                pthread_mutex_unlock(mutex)
                sched_yield()
                pthread_mutex_lock(mutex)
            }
            job = nil
            busy = false
            pthread_mutex_unlock(mutex)
            return true
        }
    }

    /// One helper: runs the jobs it claims; between them spins for `spinDuration`, then sleeps.
    private func helperLoop() {
        #if os(Linux)
        let allowed = ProcessorAffinity.allowedProcessors()
        var avoided: Int?
        #endif
        pthread_mutex_lock(mutex)
        var seen = generation
        var idleSince = DispatchTime.now().uptimeNanoseconds
        while true {
            if generation != seen {
                seen = generation
                guard unclaimed > 0, job != nil else { continue }
                unclaimed -= 1
                running += 1
                #if os(Linux)
                let avoid = callerProcessor
                #endif
                pthread_mutex_unlock(mutex)
                #if os(Linux)
                // Leave the caller's processor to the caller (the kernel moves this thread at once).
                if let avoid, avoid != avoided, let allowed, ProcessorAffinity.restrict(to: allowed, avoiding: avoid) {
                    avoided = avoid
                }
                #endif
                runJob()
                pthread_mutex_lock(mutex)
                running -= 1
                idleSince = DispatchTime.now().uptimeNanoseconds
            } else if DispatchTime.now().uptimeNanoseconds &- idleSince < Self.spinDuration {
                pthread_mutex_unlock(mutex)
                sched_yield()
                pthread_mutex_lock(mutex)
            } else {
                sleeping += 1
                pthread_cond_wait(wake, mutex)
                sleeping -= 1
                idleSince = DispatchTime.now().uptimeNanoseconds
            }
        }
    }

    /// Runs the current job, which a helper has claimed. `job` is set before the job is announced
    /// and cleared only after every claimed run has finished, so it is read here without the lock;
    /// the reference is released before the helper reports back (`withoutActuallyEscaping` checks
    /// that nothing keeps the caller's closure).
    @inline(never)
    private func runJob() {
        job?()
    }

    /// Starts one detached helper thread running `helperLoop` (the pool is never deallocated).
    private func startHelper() {
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let result = pthread_create(&thread, nil, { context in
            #if canImport(Glibc)
            let pool = Unmanaged<WorkerPool>.fromOpaque(context!).takeRetainedValue()
            #else
            let pool = Unmanaged<WorkerPool>.fromOpaque(context).takeRetainedValue()
            #endif
            pool.helperLoop()
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<WorkerPool>.fromOpaque(context).release()
            return
        }
        #if canImport(Glibc)
        pthread_detach(thread)
        #else
        if let thread { pthread_detach(thread) }
        #endif
    }
}
