#!/usr/bin/env python3
"""TransformerCore beside NumPy, float64, on the same inputs, in one run (`make bench`).

    python3 Benchmarks/numpy_bench.py --swift PATH/transformer-bench [--rounds 3] [--runs 3]

Cases: the n×n matrix product for n = 256, 512, 1024 (GFLOP/s = 2n³ / median time), and scaled
dot-product attention softmax(Q @ K.T / sqrt(d)) @ V with d = 64 for L = 256, 1024, 4096 (median
time), the Swift side three ways: the fused `AttentionKernel.output`, the unfused building blocks
(`multipliedByTransposeOf`, `Softmax.applyRows`, `*`) with the L×L matrices in memory as NumPy
has them, and `Attention.scaledDotProduct`, which also returns every intermediate matrix.

The Swift benchmark (a release build) runs as a subprocess in `--serve` mode. For each case, after
one warm-up run of each side, `--rounds` rounds alternate: each Swift variant runs `--runs` times
back to back, then NumPy does the same in this process, then a short pause lets OpenBLAS's idle
worker threads (which spin for about 0.1 s after a call) go to sleep, so that they never take a
core from Swift. Alternating rounds spread the load of other processes over both sides; the
medians of all timed runs are compared. Inputs are SplitMix64
uniforms in [−1, 1) reproduced here bit for bit (seeds 1, 2 for the product; 3, 4, 5 for Q, K, V);
the checksums (sums of the results) of both sides must agree to 1e-9 relative, or the script fails.

Without --swift only NumPy is measured. A benchmark, never a test: `make test` does not run it.
Timings on a shared machine vary from run to run; OpenBLAS suffers most when another process
competes for a core.
"""

import argparse
import json
import subprocess
import sys
import time

import numpy as np

def uniform_matrix(rows, columns, seed):
    """SplitMix64 outputs for states seed + i·γ (i = 1, 2, …), as 2·(z >> 11)·2⁻⁵³ − 1."""
    with np.errstate(over="ignore"):
        i = np.arange(1, rows * columns + 1, dtype=np.uint64)
        z = np.uint64(seed) + i * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (2.0 * (z >> np.uint64(11)).astype(np.float64) * 2.0**-53 - 1.0).reshape(rows, columns)


def attention(q, k, v):
    """softmax(Q Kᵀ / √d) V, the softmax stable (row maximum subtracted) and in place."""
    s = q @ k.T / np.sqrt(q.shape[1])
    s -= s.max(axis=1, keepdims=True)
    np.exp(s, out=s)
    s /= s.sum(axis=1, keepdims=True)
    return s @ v


def numpy_workload(name, size):
    if name == "matmul":
        a, b = uniform_matrix(size, size, 1), uniform_matrix(size, size, 2)
        return lambda: a @ b
    q, k, v = (uniform_matrix(size, 64, seed) for seed in (3, 4, 5))
    return lambda: attention(q, k, v)


class SwiftServer:
    """The Swift benchmark in --serve mode: a block of back-to-back timed runs per request."""

    def __init__(self, binary):
        self.process = subprocess.Popen(
            [binary, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )

    def run(self, name, size, runs):
        self.process.stdin.write(f"{name} {size} {runs}\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        if "error" in answer:
            raise RuntimeError(f"transformer-bench: {answer['error']}")
        return answer["seconds"], answer["checksum"]

    def close(self):
        self.process.stdin.close()
        self.process.wait()


# OpenBLAS's idle threads spin for about 2^28 cycles (~0.1 s) after a call before they sleep.
PAUSE_S = 0.15


def summary(times, checksum):
    return {"median_s": float(np.median(times)), "min_s": min(times), "checksum": checksum}


def measure_case(name, size, rounds, runs, swift, variants):
    """`rounds` rounds of: each Swift variant's block of `runs` back-to-back runs, then NumPy's block,
    then a pause. One warm-up run of each precedes the first round and is not counted."""
    body = numpy_workload(name, size)
    swift_times = {variant: [] for variant in variants} if swift else {}
    swift_checksums = {}
    numpy_times = []
    for round in range(rounds):
        warm_up = 1 if round == 0 else 0
        for variant in swift_times:
            times, swift_checksums[variant] = swift.run(variant, size, runs + warm_up)
            swift_times[variant] += times[warm_up:]
        for index in range(runs + warm_up):
            start = time.perf_counter()
            result = body()
            elapsed = time.perf_counter() - start
            if index >= warm_up:
                numpy_times.append(elapsed)
        numpy_checksum = float(result.sum())
        del result
        time.sleep(PAUSE_S)
    swift_results = {variant: summary(times, swift_checksums[variant]) for variant, times in swift_times.items()}
    return swift_results, summary(numpy_times, numpy_checksum)


# What each Swift variant is, in the table.
VARIANTS = {
    "matmul": ("matrix product n = {size}", "Matrix * Matrix"),
    "attention": ("attention L = {size}, d = 64", "AttentionKernel.output (fused)"),
    "attention-unfused": ("attention L = {size}, d = 64", "A·Bᵀ, Softmax.applyRows, * (unfused)"),
    "attention-api": ("attention L = {size}, d = 64", "Attention.scaledDotProduct (all matrices)"),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--swift", help="path of the release transformer-bench executable")
    parser.add_argument("--rounds", type=int, default=3, help="alternations of Swift and NumPy per case")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per side in each round")
    args = parser.parse_args()

    cases = [("matmul", n, ["matmul"]) for n in (256, 512, 1024)] + [
        ("attention", n, ["attention", "attention-unfused", "attention-api"]) for n in (256, 1024, 4096)
    ]
    server = SwiftServer(args.swift) if args.swift else None
    results = []
    for name, size, variants in cases:
        swift, numpy = measure_case(name, size, args.rounds, args.runs, server, variants)
        results.append((name, size, variants, swift, numpy))
    if server:
        server.close()

    print(f"TransformerCore (Swift, release) beside NumPy {np.__version__} (OpenBLAS), float64, "
          f"median of {args.rounds * args.runs} runs after a warm-up")
    print(f"({args.rounds} rounds alternating Swift and NumPy, {args.runs} runs each per round)")
    print()
    header = (f"{'case':<30}{'Swift':<44}{'Swift':>12}{'NumPy':>12}{'Swift÷NumPy':>13}"
              f"{'(fastest runs)':>16}  checksum")
    print(header)
    print("-" * len(header))
    failures = []
    ratios = {}
    for name, size, variants, swift, numpy in results:
        for variant in variants if swift else [None]:
            label, implementation = VARIANTS[variant or name]
            label = label.format(size=size)
            if name == "matmul":
                flops = 2.0 * size**3
                value = lambda r: flops / r["median_s"] / 1e9
                fmt = lambda x: f"{x:7.1f} GF/s"
            else:
                value = lambda r: r["median_s"] * 1e3
                fmt = lambda x: f"{x:8.2f} ms"
            # Speed ratios (time ratios inverted), from the medians and from the fastest runs.
            ratio = numpy["median_s"] / swift[variant]["median_s"] if variant else None
            best_ratio = numpy["min_s"] / swift[variant]["min_s"] if variant else None
            agree = "-"
            if variant:
                difference = abs(swift[variant]["checksum"] - numpy["checksum"]) / max(1.0, abs(numpy["checksum"]))
                agree = "agrees" if difference <= 1e-9 else f"DIFFERS by {difference:.1e}"
                if difference > 1e-9:
                    failures.append(f"{label}, {implementation}")
                ratios[(variant, size)] = ratio
            swift_text = fmt(value(swift[variant])) if variant else "-"
            ratio_text = f"{ratio:.2f}×" if variant else "-"
            best_text = f"({best_ratio:.2f}×)" if variant else "-"
            print(f"{label:<30}{(implementation if variant else '-'):<44}{swift_text:>12}{fmt(value(numpy)):>12}"
                  f"{ratio_text:>13}{best_text:>16}  {agree}")
    print()
    print("Swift÷NumPy is a speed ratio: NumPy's median time over Swift's (for the product, GFLOP/s over")
    print("GFLOP/s); above 1 Swift is faster. In parentheses, the same from each side's fastest run, which")
    print("varies less when other processes compete for the two cores. NumPy's attention is")
    print("softmax(Q @ K.T / sqrt(d)) @ V with a stable, in-place softmax.")
    if args.swift:
        matmul_ratio = ratios[("matmul", 1024)]
        attention_ratio = ratios[("attention", 1024)]
        print(f"Goal, matrix product n = 1024 at least 0.5× NumPy: {matmul_ratio:.2f}× "
              f"({'met' if matmul_ratio >= 0.5 else 'NOT met'}).")
        print(f"Goal, attention L = 1024 no slower than NumPy: {attention_ratio:.2f}× "
              f"({'met' if attention_ratio >= 1 else 'NOT met'}).")
    if failures:
        print("checksums differ: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
