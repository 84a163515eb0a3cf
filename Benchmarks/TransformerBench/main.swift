// The TransformerCore benchmark, built in release by `make bench` and run beside NumPy by
// Benchmarks/numpy_bench.py. It depends on TransformerCore only, so it builds in seconds.
//
//   transformer-bench [--repetitions R]            every case, Swift only, as a table
//   transformer-bench [--repetitions R] CASE N     one case: a warm-up, R timed runs, one JSON line
//   transformer-bench --serve                      lines `CASE N R` on standard input, each answered
//                                                  by one JSON line with the R times and a checksum
//
// CASE is one of
//   matmul N             the product of two N×N matrices (Matrix * Matrix)
//   attention L          softmax(Q·Kᵀ/√64)·V for Q, K, V of shape L×64, fused (AttentionKernel.output)
//   attention-unfused L  the same from the building blocks with L×L matrices in memory
//   attention-api L      the same through Attention.scaledDotProduct (every intermediate matrix)
//
// Inputs are SplitMix64 uniforms in [−1, 1): seeds 1, 2 for the product and 3, 4, 5 for Q, K, V,
// mapped as 2·(z >> 11)·2⁻⁵³ − 1, which numpy_bench.py reproduces bit for bit; the checksum is the
// sum of the result's elements. Times are wall-clock seconds. Nothing here is a test.
import Dispatch
import TransformerCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A rows × columns matrix of SplitMix64 uniforms in [−1, 1), row-major.
func uniformMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
    var generator = SplitMix64(seed: seed)
    let elements = (0..<(rows * columns)).map { _ in 2 * generator.nextUniform() - 1 }
    return try! Matrix(rows: rows, columns: columns, elements: elements)
}

func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) * 1e-9 }

/// The timed body of a case, its inputs already made; nil for an unknown case.
func workload(_ name: String, size: Int) -> (() -> Matrix)? {
    if name == "matmul" {
        let a = uniformMatrix(rows: size, columns: size, seed: 1)
        let b = uniformMatrix(rows: size, columns: size, seed: 2)
        return { try! a * b }
    }
    let d = 64
    let q = uniformMatrix(rows: size, columns: d, seed: 3)
    let k = uniformMatrix(rows: size, columns: d, seed: 4)
    let v = uniformMatrix(rows: size, columns: d, seed: 5)
    switch name {
    case "attention":
        return { try! AttentionKernel.output(queries: q, keys: k, values: v) }
    case "attention-unfused":
        // Q·Kᵀ without forming Kᵀ, the row softmax in place at temperature √d
        // (softmax(S/√d) is the softmax of S at T = √d), and the product with V.
        return {
            var weights = try! q.multipliedByTransposeOf(k)
            try! Softmax.applyRows(inPlace: &weights, temperature: Double(d).squareRoot())
            return try! weights * v
        }
    case "attention-api":
        return { try! Attention.scaledDotProduct(queries: q, keys: k, values: v).output }
    default:
        return nil
    }
}

/// Runs `body` `runs` times back to back: the times, and the checksum of the last result.
func time(_ body: () -> Matrix, runs: Int) -> (times: [Double], checksum: Double) {
    var times: [Double] = []
    var checksum = 0.0
    for _ in 0..<runs {
        let start = seconds()
        let result = body()
        times.append(seconds() - start)
        checksum = result.elements.reduce(0, +)
    }
    return (times, checksum)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// A warm-up, then `repetitions` timed runs.
func measure(_ name: String, size: Int, repetitions: Int) -> (median: Double, fastest: Double, checksum: Double)? {
    guard let body = workload(name, size: size) else { return nil }
    let (times, checksum) = time(body, runs: repetitions + 1)
    let timed = Array(times.dropFirst())
    return (median(timed), timed.min()!, checksum)
}

/// Answers `CASE N R` lines until the end of standard input; inputs are made once per case.
func serve() {
    var workloads: [String: () -> Matrix] = [:]
    while let line = readLine() {
        let words = line.split(separator: " ").map(String.init)
        let answer: String
        if words.count == 3, let size = Int(words[1]), size > 0, let runs = Int(words[2]), runs > 0 {
            let key = "\(words[0]) \(size)"
            if workloads[key] == nil { workloads[key] = workload(words[0], size: size) }
            if let body = workloads[key] {
                let (times, checksum) = time(body, runs: runs)
                answer = "{\"seconds\": \(times), \"checksum\": \(checksum)}"
            } else {
                answer = "{\"error\": \"unknown case \(words[0])\"}"
            }
        } else {
            answer = "{\"error\": \"expected CASE N R, got \(line)\"}"
        }
        print(answer)
        fflush(nil)  // standard output is a pipe: answer now
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repetitions = 7
if let index = arguments.firstIndex(of: "--repetitions"), index + 1 < arguments.count,
   let value = Int(arguments[index + 1]), value > 0 {
    repetitions = value
    arguments.removeSubrange(index...(index + 1))
}

if arguments == ["--serve"] {
    serve()
} else if arguments.count == 2, let size = Int(arguments[1]), size > 0,
          let result = measure(arguments[0], size: size, repetitions: repetitions) {
    print("{\"case\": \"\(arguments[0])\", \"size\": \(size), \"median_s\": \(result.median), "
          + "\"min_s\": \(result.fastest), \"checksum\": \(result.checksum)}")
} else if arguments.isEmpty {
    print("TransformerCore alone, float64, median of \(repetitions) runs after a warm-up (beside NumPy: make bench)")
    for n in [256, 512, 1024] {
        let result = measure("matmul", size: n, repetitions: repetitions)!
        let gflops = 2 * Double(n * n * n) / result.median / 1e9
        print("matrix product n = \(n): \((gflops * 10).rounded() / 10) GFLOP/s")
    }
    for name in ["attention", "attention-unfused", "attention-api"] {
        for length in [256, 1024, 4096] {
            let result = measure(name, size: length, repetitions: repetitions)!
            print("\(name) L = \(length), d = 64: \((result.median * 1e5).rounded() / 100) ms")
        }
    }
} else {
    print("usage: transformer-bench [--repetitions R] [CASE N | --serve]; CASE: matmul, attention, attention-unfused, attention-api")
    exit(2)
}
