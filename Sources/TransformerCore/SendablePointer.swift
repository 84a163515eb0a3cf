/// A raw pointer that may cross into `DispatchQueue.concurrentPerform`'s `@Sendable` closure.
/// Safe here because every task writes a disjoint block of the output and only reads the inputs.
struct SendablePointer<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>
}
