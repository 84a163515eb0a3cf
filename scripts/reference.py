#!/usr/bin/env python3
"""Writes the reference fixtures the Swift tests compare against, computed independently with NumPy.

Each fixture stores its own inputs, so nothing depends on the code under test. Run it by hand
(`python3 scripts/reference.py`) after changing a case, and commit the JSON; CI never runs it.
Non-finite numbers are written as the strings "inf", "-inf" and "nan".
"""
import json
import pathlib

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE_FIXTURES = ROOT / "Tests" / "TransformerCoreTests" / "Fixtures"


def encode(x):
    """Floats as JSON numbers with every digit repr keeps; non-finite values as strings."""
    if isinstance(x, (list, tuple, np.ndarray)):
        return [encode(v) for v in x]
    x = float(x)
    if np.isnan(x):
        return "nan"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def softmax(z, temperature):
    """softmax(z / T), shifted by the maximum for stability; -inf logits give exact zeros."""
    z = np.asarray(z, dtype=np.float64) / temperature
    shifted = z - np.max(z)
    e = np.exp(shifted)
    return e / e.sum()


def softmax_cases():
    cases = []
    for t in [0.1, 0.5, 1.0, 2.0, 10.0]:
        cases.append({"logits": [2.0, 1.0, 0.0], "temperature": t})
    cases.append({"logits": [1000.0, 999.0, 998.0], "temperature": 1.0})
    cases.append({"logits": [-np.inf, 0.0, 1.0], "temperature": 1.0})
    cases.append({"logits": [0.5, -1.25, 3.0, 3.0, -7.5], "temperature": 0.7})
    for case in cases:
        case["expected"] = softmax(case["logits"], case["temperature"])
    return {"source": "numpy " + np.__version__, "cases": [{k: encode(v) for k, v in c.items()} for c in cases]}


def main():
    CORE_FIXTURES.mkdir(parents=True, exist_ok=True)
    path = CORE_FIXTURES / "softmax.json"
    path.write_text(json.dumps(softmax_cases(), indent=2) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
