/// A raw pointer that may cross into the `@Sendable` closures of the parallel loops (`forEachIndex`).
/// Safe here because every task writes a disjoint block of the output and only reads the inputs.
struct SendablePointer<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>
}
