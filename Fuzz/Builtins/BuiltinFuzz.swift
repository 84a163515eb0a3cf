import ComputeLanguage

/// libFuzzer target over builtin calls with random arguments: the input picks a builtin of the registry and, for each
/// number in its documented example call (`softmax([2, 1, 0], temperature: 0.5)`), a value from `values` (zeros, signs,
/// the extremes of `Int` and `Double`, huge sizes), and the call is evaluated in a `ComputeSession`, its values shown.
///
/// Built only by `make fuzz`, like `fuzz-pipeline`; a trap, a sanitizer report or a run over `-timeout` is a finding.
enum BuiltinFuzz {
    /// Smaller than the defaults, so that a debug build under the sanitizers stays within libFuzzer's two seconds.
    static let limits = Limits(maxElements: 20_000, maxWork: 20_000_000)

    /// The argument values numbers are replaced by.
    static let values = [
        "0", "1", "2", "3", "-1", "-2", "0.5", "-0.5", "7", "64", "1000", "100000", "1000000000", "1_000_000_000_000",
        "9223372036854775807", "-9223372036854775807", "4.9e-324", "2.2e-308", "1e-300", "1e-8", "1e15", "1e16", "1e200",
        "-1e200", "1e300", "1e308", "-1e308", "1.7976931348623157e308", "0.0", "-0.0", "1e-15", "123456.789",
    ]

    /// The call `bytes` describe: the example of builtin `bytes[0] | bytes[1] << 8`, each of its numbers replaced by the
    /// value the next byte picks (kept while bytes last); nil for an empty input.
    static func call(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first else { return nil }
        let builtins = BuiltinRegistry.all
        let index = (Int(first) | Int(bytes.count > 1 ? bytes[1] : 0) << 8) % builtins.count
        let example = Array(builtins[index].example.utf8)
        var picks = bytes.dropFirst(2).makeIterator()
        var result: [UInt8] = []
        var position = 0
        while position < example.count {
            let byte = example[position]
            let afterName = position > 0 && (isNameByte(example[position - 1]) || isDigit(example[position - 1]))
            guard isDigit(byte), !afterName else {
                result.append(byte)
                position += 1
                continue
            }
            var end = position
            while end < example.count, isDigit(example[end]) || "._eE".utf8.contains(example[end])
                || ("-+".utf8.contains(example[end]) && "eE".utf8.contains(example[end - 1])) { end += 1 }
            if let pick = picks.next() {
                result += Array(values[Int(pick) % values.count].utf8)
            } else {
                result += example[position..<end]
            }
            position = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Evaluates the call of one input and shows its values.
    static func run(_ bytes: [UInt8]) {
        guard let code = call(bytes) else { return }
        var session = ComputeSession(limits: limits)
        let run = session.run(code)
        for output in run.outputs {
            _ = ValueFormatter.value(output.value, precision: 3)
            _ = output.value.shortDescription
        }
        _ = run.diagnostics.map(\.message)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func builtinFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    BuiltinFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The executable's entry point: SwiftPM links an executable's `main` to `<module>_main`, so this hands the command line
/// to libFuzzer's driver.
@_cdecl("fuzz_builtins_main")
public func builtinFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in builtinFuzzInput(data, size) }
}
