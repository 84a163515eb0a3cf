#!/usr/bin/env python3
"""Issue 11's hostile lessons, measured against a release `study build` (`make hostile`; a benchmark, not a test).

Each case is written as its own course in a temporary folder and built with `study build DIR --output OUT` (a fresh folder, so exit 1 means errors, not stale output), the
process's wall time and peak resident memory taken with wait4. A case passes when the exit code is the expected one,
standard error holds the expected located diagnostic (`lessons/…:LINE:COL: error: …`, or the expected refusal), and it
finished within 2 s and 1 GiB (issue 11: "every hostile input ends in a located error within 2 s and 1 GB in a release
build"). The cases whose true values are finite (scaled norms, QR) must check clean against the values mpmath gives.

    python3 Benchmarks/hostile.py --study .build/release/study [--runs 3]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

SECONDS = 2.0
BYTES = 1 << 30


def block(*lines):
    return "```swift-compute\n" + "\n".join(lines) + "\n```\n"


def lesson(body, front=""):
    return (("---\n" + front + "---\n\n") if front else "") + "# Hostile\n\n" + body


def cases():
    """(name, files {relative path: bytes or a callable making the path}, exit code, regular expression on stderr)."""
    located = r"lessons/01-x\.md:{line}:\d+: error: {message}"

    def one(name, text, line, message, code=1):
        return name, {"lessons/01-x.md": text.encode()}, code, located.format(line=line, message=message) if code else ""

    yield one("front matter raising the limits",
              lesson(block("let z = zeros(rows: 100000, columns: 100000)"),
                     "limits: {elements: 10000000000, work: 100000000000}\n"), 2, r".*limit")
    yield one("zeros(rows: 0, columns: 1_000_000_000) shown",
              lesson(block("zeros(rows: 0, columns: 1_000_000_000)")), 4, ".*")
    yield one("zeros(rows: 0, columns: 100_000_000) shown",
              lesson(block("zeros(rows: 0, columns: 100_000_000)")), 4, ".*")
    yield one("gaussian(rows: 9_223_372_036_854_775_807, columns: 0, seed: 1)",
              lesson(block("gaussian(rows: 9_223_372_036_854_775_807, columns: 0, seed: 1)")), 4, ".*")
    yield one("positionalEncoding(length: 0, dModel: 9_223_372_036_854_775_807)",
              lesson(block("positionalEncoding(length: 0, dModel: 9_223_372_036_854_775_807)")), 4, ".*")
    yield one("rowSums of a 10⁹×0 matrix",
              lesson(block("rowSums(zeros(rows: 1_000_000_000, columns: 0))")), 4, ".*")
    yield one("columnSums of a 0×10⁹ matrix",
              lesson(block("columnSums(zeros(rows: 0, columns: 1_000_000_000))")), 4, ".*")
    yield one("a 1000×1000 matrix shown eight times",
              lesson("".join(block("zeros(rows: 1000, columns: 1000)") + "\n" for _ in range(8))), 4, ".*")
    yield one("geluTanh of 10⁶ elements repeated to the work limit",
              lesson(block("let x = zeros(rows: 1000, columns: 1000)", "var y = x",
                           *["y = geluTanh(x)" for _ in range(1000)])), r"\d+", ".*work limit.*")
    yield one("500 bindings of 10⁶ elements",
              lesson(block(*["let a%d = zeros(rows: 1000, columns: 1000)" % i for i in range(500)])), r"\d+", ".*")
    yield one("16,000 wrong claims",
              lesson("".join("A claim `{swift} 1 + 1 => 3`.\n" for _ in range(16_000))), r"\d+", "wrong claim.*")
    yield one("100,000 lines with 25,000 blocks",
              lesson("".join("Prose `{swift} x => 2`.\n" + block("let x = 1") for _ in range(25_000))),
              r"\d+", "wrong claim.*")
    yield one("front matter with 20,000 keys",
              lesson("Text.\n", "".join("key%d: %d\n" % (i, i) for i in range(20_000))), r"\d+",
              "unknown front matter key.*")
    yield one("a 10 MB line",
              lesson("word 0.5 `code` x " * (10_000_000 // 18) + "`{swift} 1 + 1 => 3`\n"), 3, "wrong claim.*")
    yield one("Model(…) with kvHeads 0",
              lesson(block('Model(name: "m", vocabulary: 10, context: 8, dModel: 8, layers: 1, heads: 4, kvHeads: 0, '
                           'dHead: 2, dFF: 16)')), 4, "Model: kvHeads must be at least 1.*")
    yield one("Model(…) with a zero size",
              lesson(block('Model(name: "m", vocabulary: 0, context: 8, dModel: 8, layers: 1, heads: 2, dHead: 4, '
                           'dFF: 16)')), 4, "Model: vocabulary must be at least 1.*")
    yield one("an inline span wrapped onto a second line",
              lesson("A claim `{swift} 1 +\nnope => 3` here.\n"), 4, ".*")
    yield one("a control character beside '=' (swift-syntax traps; make fuzz)",
              lesson(block("let r \x01= 1")), 4, "'=' must have consistent whitespace on both sides")
    bad = lesson("Caf\xe9 ok.\n").encode("latin-1")
    yield "invalid UTF-8 in one lesson, one good lesson beside it", {
        "lessons/01-x.md": bad, "lessons/02-y.md": lesson(block("1 + 1 // => 2")).encode()}, 1, \
        r"lessons/01-x\.md:3:4: error: invalid UTF-8"
    yield "a FIFO named as a lesson", {"lessons/01-x.md": "fifo"}, 2, r"FIFO"
    yield "a symlink loop named as a lesson", {"lessons/01-x.md": "loop"}, 2, r"loop"
    # Values whose true results are finite: check must pass against mpmath's digits.
    yield one("layerNorm([1e200, -1e200]) (honest: ±1)",
              lesson(block("layerNorm([1e200, -1e200]) // => [1.000, -1.000]")), 0, "", code=0)
    yield one("rmsNorm([1e200, 1e200]) (honest: 1)",
              lesson(block("rmsNorm([1e200, 1e200]) // => [1.000, 1.000]")), 0, "", code=0)
    yield one("norm and mean near the top of Double (honest)",
              lesson(block("norm([1e200, 1e200]) // => 1.414e+200", "mean([1e308, 1e308]) // => 1.000e+308")), 0, "",
              code=0)


def materialise(root, files):
    for path, content in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        if content == "fifo":
            os.mkfifo(full)
        elif content == "loop":
            os.symlink(os.path.basename(full), full)
        else:
            with open(full, "wb") as handle:
                handle.write(content)


def run(study, root):
    """Runs `study build` on ROOT/lessons into a fresh output folder; returns (exit code, stderr, seconds, peak bytes)."""
    output = os.path.join(root, "output")
    start = time.monotonic()
    process = subprocess.Popen([study, "build", os.path.join(root, "lessons"), "--output", output],
                               cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), stderr.decode("utf-8", "replace"), seconds, usage.ru_maxrss * 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study", required=True, help="the study binary (a release build)")
    parser.add_argument("--runs", type=int, default=3, help="runs a case; the median is reported")
    arguments = parser.parse_args()
    study = os.path.abspath(arguments.study)
    failures = 0
    print("%-56s %5s %9s %9s  %s" % ("case", "exit", "median s", "peak MiB", "first diagnostic"))
    for name, files, code, pattern in cases():
        times, peaks = [], []
        for _ in range(arguments.runs):
            with tempfile.TemporaryDirectory() as root:
                materialise(root, files)
                status, stderr, seconds, peak = run(study, root)
                times.append(seconds)
                peaks.append(peak)
        first = next((line for line in stderr.splitlines() if ": error: " in line or "cannot" in line), "")
        problems = []
        if status != code:
            problems.append("exit %d, expected %d" % (status, code))
        if pattern and not re.search(pattern.replace("lessons/", r"(?:^|/)lessons/"), stderr, re.MULTILINE):
            problems.append("no diagnostic matching %r" % pattern)
        if statistics.median(times) > SECONDS:
            problems.append("over %g s" % SECONDS)
        if max(peaks) > BYTES:
            problems.append("over 1 GiB")
        failures += bool(problems)
        print("%-56s %5d %9.3f %9.1f  %s%s" % (name[:56], status, statistics.median(times), max(peaks) / 2**20,
                                                re.sub(r"^.*?/lessons/", "lessons/", first)[:90], ("   FAIL: " + "; ".join(problems)) if problems else ""))
    print("%d case(s) failed" % failures if failures else "every case within %g s and 1 GiB" % SECONDS)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
