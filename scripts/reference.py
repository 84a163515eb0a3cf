#!/usr/bin/env python3
"""Writes the reference fixtures the Swift tests compare against, computed independently with NumPy/SciPy.

Each fixture stores its own inputs (random ones come from NumPy's own generator, seeded here), so
nothing depends on the code under test. Run it by hand (`python3 scripts/reference.py`, or with
fixture names such as `extremes.json` to write only those) after changing a case, and commit the
JSON; CI never runs it. Non-finite numbers are written as the strings "inf", "-inf" and "nan".

extremes.json is computed with mpmath (`pip install mpmath`) instead: its cases overflow or underflow in
double precision, where NumPy's own norm, mean and QR fail.

sampling.json draws its indices with the SplitMix64 re-implementation below (inverse CDF on its uniforms).

The one exception is gaussian.json: it holds the first outputs of TransformerCore's documented
seeded Gaussian generator (SplitMix64 + Marsaglia's polar method + a fixed ln series), re-implemented
below in plain Python floats, which follow the same IEEE binary64 operations bit for bit.
"""
import json
import math
import pathlib

import numpy as np
from scipy import special

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



def matrix(x):
    """A 2-D array as a list of rows, encoded."""
    return encode(np.asarray(x, dtype=np.float64))


def write(name, content):
    path = CORE_FIXTURES / name
    path.write_text(json.dumps(content, indent=1) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


def source():
    import scipy
    return f"numpy {np.__version__}, scipy {scipy.__version__}"


# ---------------------------------------------------------------- log-softmax, entropy, argmax

def softmax_extras():
    log_cases = []
    for logits, t in [([2.0, 1.0, 0.0], 1.0), ([2.0, 1.0, 0.0], 0.1), ([1000.0, 999.0, 998.0], 1.0),
                      ([-np.inf, 0.0, 1.0], 1.0), ([0.5, -1.25, 3.0, 3.0, -7.5], 0.7), ([-40.0, 0.0, 40.0], 2.0)]:
        z = np.asarray(logits) / t
        log_cases.append({"logits": encode(logits), "temperature": t, "expected": encode(special.log_softmax(z))})
    entropy_cases = []
    for p in [[0.25, 0.25, 0.25, 0.25], [1.0, 0.0, 0.0], [0.5, 0.5], [0.7, 0.2, 0.1],
              softmax([2.0, 1.0, 0.0], 1.0).tolist(), softmax([0.1, 0.8, 0.3, 0.2], 1.0).tolist()]:
        p = np.asarray(p)
        entropy_cases.append({"probabilities": encode(p), "nats": float(special.entr(p).sum()),
                              "bits": float(special.entr(p).sum() / np.log(2))})
    logit_entropy_cases = []
    for logits, t in [([2.0, 1.0, 0.0], 0.5), ([2.0, 1.0, 0.0], 10.0), ([-np.inf, 0.0, 1.0], 1.0), ([300.0, 0.0, -300.0], 1.0)]:
        p = softmax(logits, t)
        nats = float(special.entr(p).sum())
        logit_entropy_cases.append({"logits": encode(logits), "temperature": t, "nats": nats, "bits": nats / float(np.log(2))})
    argmax_cases = [{"values": encode(v), "expected": int(np.argmax(v))}
                    for v in [[2.0, 1.0, 0.0], [0.1, 0.9, 0.9, 0.2], [-np.inf, -5.0, -7.0], [3.0]]]
    return {"source": source(), "logSoftmax": log_cases, "entropy": entropy_cases,
            "entropyFromLogits": logit_entropy_cases, "argmax": argmax_cases}


# ---------------------------------------------------------------- attention

def mask_json(kind, value=None):
    if kind in ("none", "causal"):
        return {"kind": kind}
    if kind == "padding":
        return {"kind": kind, "keys": [bool(b) for b in value]}
    if kind == "validLength":
        return {"kind": kind, "length": int(value)}
    return {"kind": "explicit", "allowed": [[bool(b) for b in row] for row in value]}


def allowed(mask, queries, keys):
    """The boolean matrix of (query, key) pairs that may attend."""
    kind = mask["kind"]
    if kind == "none":
        return np.ones((queries, keys), dtype=bool)
    if kind == "causal":
        return np.tril(np.ones((queries, keys), dtype=bool))  # key j > query i is masked
    if kind == "padding":
        return np.tile(np.asarray(mask["keys"], dtype=bool), (queries, 1))
    if kind == "validLength":
        return np.tile(np.arange(keys) < mask["length"], (queries, 1))
    return np.asarray(mask["allowed"], dtype=bool)


def attention(q, k, v, mask, scaled):
    scores = q @ k.T
    scaled_scores = scores / np.sqrt(k.shape[1]) if scaled else scores
    masked = np.where(allowed(mask, q.shape[0], k.shape[0]), scaled_scores, -np.inf)
    weights = special.softmax(masked, axis=1)
    return {"scores": scores, "scaledScores": scaled_scores, "weights": weights, "output": weights @ v}


def attention_case(name, q, k, v, mask, scaled):
    result = attention(q, k, v, mask, scaled)
    case = {"name": name, "queries": matrix(q), "keys": matrix(k), "values": matrix(v), "mask": mask, "scaled": scaled}
    case.update({key: matrix(value) for key, value in result.items()})
    return case


def random_explicit(rng, queries, keys):
    allowed_matrix = rng.random((queries, keys)) < 0.5
    for i in range(queries):  # every query keeps at least one key
        allowed_matrix[i, rng.integers(keys)] = True
    return allowed_matrix


def attention_cases():
    scores = np.array([[0.1, 0.8, 0.3, 0.2], [0.2, 0.9, 0.7, 0.6], [0.1, 0.8, 0.4, 0.5], [0.3, 0.9, 0.2, 0.1]])
    values = np.array([[0.1, 0.2, 0.3, 0.4], [1.0, 0.8, 0.5, 0.2], [0.3, 0.9, 0.1, 0.3], [0.7, 0.2, 0.8, 1.0]])
    cases = []
    for scaled in (True, False):
        for kind in ("none", "causal"):
            name = f"the car is red, {'scaled' if scaled else 'unscaled'}, {'causal' if kind == 'causal' else 'no mask'}"
            cases.append(attention_case(name, scores, np.eye(4), values, mask_json(kind), scaled))
    rng = np.random.default_rng(20240501)
    q, k, v = rng.normal(size=(5, 4)), rng.normal(size=(5, 4)), rng.normal(size=(5, 3))
    masks = [mask_json("none"), mask_json("causal"), mask_json("padding", [True, True, False, True, False]),
             mask_json("validLength", 3), mask_json("explicit", random_explicit(rng, 5, 5))]
    for mask in masks:
        cases.append(attention_case(f"random 5×4, {mask['kind']}", q, k, v, mask, True))
    cases.append(attention_case("random 5×4, causal, unscaled", q, k, v, mask_json("causal"), False))
    q2, k2, v2 = rng.normal(size=(3, 6)), rng.normal(size=(7, 6)), rng.normal(size=(7, 2))
    cases.append(attention_case("random cross 3×7, padding", q2, k2, v2,
                                mask_json("padding", [True, False, True, True, False, True, False]), True))
    cases.append(attention_case("random cross 3×7, causal", q2, k2, v2, mask_json("causal"), True))
    cases.append(attention_case("random cross 3×7, explicit", q2, k2, v2, mask_json("explicit", random_explicit(rng, 3, 7)), True))
    return {"source": source(), "cases": cases}


def multihead_case(rng, name, tokens, d_model, heads, mask, biases, scaled=True, context_tokens=None):
    x = rng.normal(size=(tokens, d_model))
    context = rng.normal(size=(context_tokens, d_model)) if context_tokens else None
    w = {key: rng.normal(size=(d_model, d_model)) / np.sqrt(d_model) for key in ("q", "k", "v", "o")}
    b = {key: (rng.normal(size=d_model) if biases else None) for key in ("q", "k", "v", "o")}
    source_rows = context if context is not None else x

    def project(inp, key):
        out = inp @ w[key]
        return out + b[key] if b[key] is not None else out

    q, k, v = project(x, "q"), project(source_rows, "k"), project(source_rows, "v")
    d_head = d_model // heads
    head_results = [attention(q[:, h * d_head:(h + 1) * d_head], k[:, h * d_head:(h + 1) * d_head],
                              v[:, h * d_head:(h + 1) * d_head], mask, scaled) for h in range(heads)]
    concatenated = np.concatenate([r["output"] for r in head_results], axis=1)
    output = project(concatenated, "o")
    return {
        "name": name, "input": matrix(x), "context": matrix(context) if context is not None else None,
        "heads": heads, "mask": mask, "scaled": scaled,
        "weights": {key: matrix(value) for key, value in w.items()},
        "biases": {key: (encode(value) if value is not None else None) for key, value in b.items()},
        "queries": matrix(q), "keys": matrix(k), "values": matrix(v),
        "headScores": [matrix(r["scores"]) for r in head_results],
        "headWeights": [matrix(r["weights"]) for r in head_results],
        "headOutputs": [matrix(r["output"]) for r in head_results],
        "concatenated": matrix(concatenated), "output": matrix(output),
    }


def multihead_cases():
    rng = np.random.default_rng(7_000_001)
    cases = [
        multihead_case(rng, "d_model 8, 2 heads, causal, biases", 5, 8, 2, mask_json("causal"), True),
        multihead_case(rng, "d_model 12, 3 heads, no mask, no biases", 4, 12, 3, mask_json("none"), False),
        multihead_case(rng, "d_model 8, 4 heads, padding, biases", 6, 8, 4,
                       mask_json("padding", [True, True, True, False, True, False]), True),
        multihead_case(rng, "d_model 6, 2 heads, valid length 4, unscaled", 5, 6, 2, mask_json("validLength", 4), False, False),
        multihead_case(rng, "d_model 8, 1 head, explicit", 4, 8, 1, mask_json("explicit", random_explicit(rng, 4, 4)), True),
    ]
    cases.append(multihead_case(rng, "cross-attention d_model 8, 2 heads, explicit", 3, 8, 2,
                                mask_json("explicit", random_explicit(rng, 3, 5)), True, context_tokens=5))
    return {"source": source(), "cases": cases}


# ---------------------------------------------------------------- positions, embeddings

def sinusoidal(positions, d):
    pe = np.zeros((positions, d))
    pos = np.arange(positions, dtype=np.float64)[:, None]
    for c in range(d):
        angle = pos[:, 0] / np.power(10000.0, (2 * (c // 2)) / d)
        pe[:, c] = np.sin(angle) if c % 2 == 0 else np.cos(angle)
    return pe


def positional_cases():
    return {"source": source(), "cases": [{"positions": n, "dimension": d, "expected": matrix(sinusoidal(n, d))}
                                          for n, d in [(10, 8), (12, 16), (6, 7), (1, 1)]]}


def embedding_cases():
    rng = np.random.default_rng(31337)
    table = rng.normal(size=(11, 6))
    ids = [3, 0, 10, 3, 7]
    hidden = rng.normal(size=(4, 6))
    w_u = rng.normal(size=(6, 11))
    cases = []
    for name, weights, tied, t in [("untied", w_u, False, 1.0), ("tied", table.T, True, 1.0), ("untied, T = 0.5", w_u, False, 0.5)]:
        logits = hidden @ weights
        cases.append({"name": name, "tied": tied, "unembedding": None if tied else matrix(w_u), "temperature": t,
                      "hidden": matrix(hidden), "logits": matrix(logits),
                      "distribution": matrix(special.softmax(logits / t, axis=1))})
    return {"source": source(), "table": matrix(table), "tokenIds": ids, "embedded": matrix(table[ids]),
            "unembeddingCases": cases}


# ---------------------------------------------------------------- normalization, feed-forward

def layer_norm(x, gamma, beta, eps):
    mean = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)  # biased (ddof = 0), as in PyTorch's LayerNorm
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def rms_norm(x, gamma, eps):
    return x / np.sqrt(np.mean(x * x, axis=1, keepdims=True) + eps) * gamma


def normalization_cases():
    rng = np.random.default_rng(99)
    x = rng.normal(loc=2.0, scale=3.0, size=(4, 6))
    gamma, beta = rng.normal(size=6), rng.normal(size=6)
    constant_row = np.array([[5.0, 5.0, 5.0, 5.0]])
    layer = [
        {"input": matrix(x), "gamma": encode(gamma), "beta": encode(beta), "epsilon": 1e-5, "expected": matrix(layer_norm(x, gamma, beta, 1e-5))},
        {"input": matrix(x), "gamma": None, "beta": None, "epsilon": 1e-5, "expected": matrix(layer_norm(x, 1.0, 0.0, 1e-5))},
        {"input": matrix(x), "gamma": encode(gamma), "beta": None, "epsilon": 0.1, "expected": matrix(layer_norm(x, gamma, 0.0, 0.1))},
        {"input": matrix(constant_row), "gamma": None, "beta": None, "epsilon": 1e-5, "expected": matrix(layer_norm(constant_row, 1.0, 0.0, 1e-5))},
    ]
    rms = [
        {"input": matrix(x), "gamma": encode(gamma), "epsilon": 1e-6, "expected": matrix(rms_norm(x, gamma, 1e-6))},
        {"input": matrix(x), "gamma": None, "epsilon": 1e-5, "expected": matrix(rms_norm(x, 1.0, 1e-5))},
    ]
    return {"source": source(), "layerNorm": layer, "rmsNorm": rms}


ACTIVATIONS = {
    "relu": lambda x: np.maximum(0.0, x),
    "gelu": lambda x: 0.5 * x * (1.0 + special.erf(x / np.sqrt(2.0))),
    "geluTanh": lambda x: 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x ** 3))),
    "swish": lambda x: x * special.expit(x),
}


def feedforward_cases():
    points = np.array([-40.0, -6.0, -3.0, -1.5, -1.0, -0.5, -1e-3, 0.0, 1e-3, 0.5, 1.0, 1.5, 3.0, 6.0, 40.0])
    activations = {name: encode(f(points)) for name, f in ACTIVATIONS.items()}
    rng = np.random.default_rng(4242)
    x = rng.normal(size=(3, 4))
    cases = []
    for name in ("relu", "gelu", "geluTanh"):
        w1, b1, w2, b2 = rng.normal(size=(4, 8)), rng.normal(size=8), rng.normal(size=(8, 4)), rng.normal(size=4)
        hidden = ACTIVATIONS[name](x @ w1 + b1)
        cases.append({"name": f"{name} with biases", "activation": name, "gated": False, "input": matrix(x),
                      "w1": matrix(w1), "b1": encode(b1), "v": None, "c": None, "w2": matrix(w2), "b2": encode(b2),
                      "hidden": matrix(hidden), "output": matrix(hidden @ w2 + b2)})
    w1, w2 = rng.normal(size=(4, 8)), rng.normal(size=(8, 4))
    hidden = ACTIVATIONS["relu"](x @ w1)
    cases.append({"name": "relu without biases", "activation": "relu", "gated": False, "input": matrix(x),
                  "w1": matrix(w1), "b1": None, "v": None, "c": None, "w2": matrix(w2), "b2": None,
                  "hidden": matrix(hidden), "output": matrix(hidden @ w2)})
    for biases in (False, True):
        w, v, w2 = rng.normal(size=(4, 6)), rng.normal(size=(4, 6)), rng.normal(size=(6, 4))
        b, c, b2 = (rng.normal(size=6), rng.normal(size=6), rng.normal(size=4)) if biases else (None, None, None)
        gate = x @ w + (b if biases else 0.0)
        up = x @ v + (c if biases else 0.0)
        hidden = ACTIVATIONS["swish"](gate) * up
        output = hidden @ w2 + (b2 if biases else 0.0)
        cases.append({"name": f"SwiGLU {'with' if biases else 'without'} biases", "activation": "swish", "gated": True,
                      "input": matrix(x), "w1": matrix(w), "b1": encode(b) if biases else None, "v": matrix(v),
                      "c": encode(c) if biases else None, "w2": matrix(w2), "b2": encode(b2) if biases else None,
                      "hidden": matrix(hidden), "output": matrix(output)})
    return {"source": source(), "points": encode(points), "activations": activations, "layers": cases}


# ---------------------------------------------------------------- similarity, orthogonality, QR

def expected_abs_cosine(d):
    return float(np.exp(special.gammaln(d / 2) - special.gammaln((d + 1) / 2)) / np.sqrt(np.pi))


def similarity_cases():
    rng = np.random.default_rng(123456)
    pairs = []
    for a, b in [([1.0, 0.0], [0.0, 1.0]), ([1.0, 2.0, 3.0], [2.0, 4.0, 6.0]), ([1.0, 2.0, 3.0], [-1.0, -2.0, -3.0]),
                 (rng.normal(size=16).tolist(), rng.normal(size=16).tolist()), ([3.0, 4.0], [4.0, 3.0])]:
        a, b = np.asarray(a), np.asarray(b)
        pairs.append({"a": encode(a), "b": encode(b), "expected": float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))})
    cosine_matrices = []
    for x in [rng.normal(size=(5, 8)), rng.normal(size=(3, 64))]:
        normalized = x / np.linalg.norm(x, axis=1, keepdims=True)
        c = normalized @ normalized.T
        upper = np.abs(c[np.triu_indices(x.shape[0], 1)])
        cosine_matrices.append({"input": matrix(x), "expected": matrix(c), "meanAbsolute": float(upper.mean())})
    grams = []
    for w in [rng.normal(size=(6, 4)), rng.normal(size=(3, 3)), np.eye(4)]:
        g = w.T @ w
        off = g - np.diag(np.diag(g))
        grams.append({"input": matrix(w), "gram": matrix(g),
                      "frobeniusDeviation": float(np.linalg.norm(g - np.eye(w.shape[1]), "fro")),
                      "largestOffDiagonal": float(np.max(np.abs(off)))})
    qr = []
    for a in [rng.normal(size=(5, 5)), rng.normal(size=(7, 3)), rng.normal(size=(4, 4)) * 1e3]:
        q, r = np.linalg.qr(a)  # LAPACK Householder QR (thin), then the sign fix: R gets a positive diagonal
        signs = np.sign(np.diag(r))
        signs[signs == 0] = 1.0
        qr.append({"input": matrix(a), "q": matrix(q * signs), "r": matrix(r * signs[:, None])})
    dimensions = [1, 2, 3, 4, 8, 16, 64, 128, 512, 768, 4096, 12288, 100000]
    expected = [{"dimension": d, "expected": expected_abs_cosine(d)} for d in dimensions]
    try:  # an independent check of the gammaln form in 50-digit arithmetic; the difference of two large
        # lnΓ values keeps absolute, not relative, precision (about 1e-10 relative at d = 1e5)
        import mpmath
        mpmath.mp.dps = 50
        for row in expected:
            d = mpmath.mpf(row["dimension"])
            exact = mpmath.gamma(d / 2) / (mpmath.sqrt(mpmath.pi) * mpmath.gamma((d + 1) / 2))
            assert abs(row["expected"] - float(exact)) <= 1e-12, (row["dimension"], row["expected"], exact)
    except ImportError:
        pass
    return {"source": source(), "cosinePairs": pairs, "cosineMatrices": cosine_matrices, "grams": grams,
            "qr": qr, "expectedAbsoluteCosine": expected}


# ---------------------------------------------------------------- extreme magnitudes (mpmath)

def extremes_cases():
    """Norms, means, sums, dot products, layer and RMS norm, QR and E|cos θ| where plain double arithmetic
    overflows or underflows although the answer is a double: the reference is mpmath at 60 digits (its exponent
    range is unbounded), never the code under test. Each case also notes what NumPy (SciPy's gammaln form for
    E|cos θ|) gives in plain double precision, "agrees", "differs" or "not finite": NumPy's own norm, mean
    and QR overflow on several of these."""
    import mpmath
    mp = mpmath.mp
    mp.dps = 60
    f = mpmath.mpf

    def close(a, b):
        a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
        if not np.all(np.isfinite(a)):
            return "not finite"
        scale = np.maximum(np.abs(b), np.finfo(float).tiny)
        return "agrees" if np.all(np.abs(a - b) <= 1e-12 * scale) else "differs"

    def quiet(fn):
        with np.errstate(all="ignore"):
            return fn()

    vectors = [[1e200, 1e200], [1e-200, 1e-200], [1e308, 1e308], [3e-320, 4e-320], [1e308, 1.0, 1e-308],
               [1e-160, 1e-170], [1e154, 1e154, 1e154], [1.0, 2.0, 2.0]]
    norms = []
    for x in vectors:
        expected = float(mpmath.sqrt(mpmath.fsum(f(v) ** 2 for v in x)))
        norms.append({"input": encode(x), "expected": expected, "numpy": close(quiet(lambda: np.linalg.norm(x)), expected)})
    means = []
    for x in [[1e308, 1e308], [1.7e308, 1.7e308, -1e308], [1e308, 1e308, 1e308, -1e308], [1e-320, 3e-320], [1.0, 2.0, 4.0]]:
        expected = float(mpmath.fsum(f(v) for v in x) / len(x))
        means.append({"input": encode(x), "expected": expected, "numpy": close(quiet(lambda: np.mean(x)), expected)})
    sums = []
    for x in [[1e308, 1e308, -1e308], [1.5e308, 1.5e308, -1.5e308, -1e308], [1.0, 2.0, 4.0]]:
        expected = float(mpmath.fsum(f(v) for v in x))
        sums.append({"input": encode(x), "expected": expected, "numpy": close(quiet(lambda: np.sum(x)), expected)})
    dots = []
    for a, b in [([1e200, 1e200], [1e200, -1e200]), ([1e200, 1e200, 1e154], [1e200, -1e200, 1e154]), ([1e-200, 1e200], [1e200, 1e-200])]:
        expected = float(mpmath.fsum(f(x) * f(y) for x, y in zip(a, b)))
        dots.append({"a": encode(a), "b": encode(b), "expected": expected, "numpy": close(quiet(lambda: np.dot(a, b)), expected)})

    def mp_layer_norm(row, eps):
        x = [f(v) for v in row]
        mean = mpmath.fsum(x) / len(x)
        var = mpmath.fsum((v - mean) ** 2 for v in x) / len(x)
        return [float((v - mean) / mpmath.sqrt(var + f(eps))) for v in x]

    def mp_rms_norm(row, eps):
        x = [f(v) for v in row]
        return [float(v / mpmath.sqrt(mpmath.fsum(v ** 2 for v in x) / len(x) + f(eps))) for v in x]

    layer = []
    for rows, eps in [([[1e200, -1e200]], 1e-5), ([[1e308, 1.0]], 1e-5), ([[1e308, -1e308, 1e308]], 1e-5),
                      ([[1.7e308, 1.7e308, -1.7e308]], 1e-5), ([[1e-200, -1e-200, 3e-200]], 1e-5),
                      ([[1e-200, -1e-200, 3e-200]], 1e-300), ([[1e-160, -1e-160]], 5e-324),
                      ([[1e-170, -3e-170, 2e-170]], 5e-324), ([[1e300, 1e300]], 1e-320),
                      ([[1e200, -1e200], [1.0, 2.0], [1e-160, -1e-160]], 5e-324),
                      ([[1e154, -1e154]], 1e308)]:
        expected = [mp_layer_norm(r, eps) for r in rows]
        layer.append({"input": matrix(rows), "epsilon": eps, "expected": matrix(expected),
                      "numpy": close(quiet(lambda: layer_norm(np.asarray(rows), 1.0, 0.0, eps)), expected)})
    rms = []
    for rows, eps in [([[1e200, 1e200]], 1e-5), ([[1e308, 1.0]], 1e-5), ([[1e-200, 1e-200]], 1e-5),
                      ([[1e-160, 1e-160]], 5e-324), ([[1e-200, -2e-200]], 5e-324), ([[3e-320, 4e-320]], 5e-324),
                      ([[1e200, 1e200], [3.0, 4.0]], 1e-5), ([[1e154, 1e154]], 1.5e308)]:
        expected = [mp_rms_norm(r, eps) for r in rows]
        rms.append({"input": matrix(rows), "epsilon": eps, "expected": matrix(expected),
                    "numpy": close(quiet(lambda: rms_norm(np.asarray(rows), 1.0, eps)), expected)})
    qr = []
    for a in [[[1e308, 1.0], [1.0, 1.0]], [[1e-200, 2e-200], [3e-200, 4e-200]], [[1.0, 1.0], [0.0, 1e-170], [0.0, 1e-170]],
              [[1e200, 1.0], [1e200, 2.0], [1.0, 3.0]], [[1e-300, 1e300], [2e-300, -1e300], [3e-300, 5e299]],
              [[1e154, 1e154], [1e154, -1e154]]]:
        q, r = mpmath.qr(mpmath.matrix(a), mode="skinny")
        n = len(a[0])
        signs = [1 if r[j, j] >= 0 else -1 for j in range(n)]  # the sign fix: R gets a non-negative diagonal
        q_rows = [[float(q[i, j] * signs[j]) for j in range(n)] for i in range(len(a))]
        r_rows = [[float(r[i, j] * signs[i]) for j in range(n)] for i in range(n)]
        def numpy_qr():
            nq, nr = np.linalg.qr(np.asarray(a))
            s = np.sign(np.diag(nr))
            s[s == 0] = 1.0
            return np.concatenate([(nq * s).ravel(), (nr * s[:, None]).ravel()])
        qr.append({"input": matrix(a), "q": matrix(q_rows), "r": matrix(r_rows),
                   "numpy": close(quiet(numpy_qr), np.concatenate([np.ravel(q_rows), np.ravel(r_rows)]))})
    cosines = []
    for d in [1, 2, 3, 10, 19, 20, 21, 64, 100, 1e6, 1e14, 1e16, 1e18, 9.2e18, 1e300]:
        mp.dps = 400  # ln Γ of 5e299 has 302 digits before the point
        d = f(d)
        exact = mpmath.exp(mpmath.loggamma(d / 2) - mpmath.loggamma((d + 1) / 2)) / mpmath.sqrt(mpmath.pi)
        cosines.append({"dimension": float(d), "expected": float(exact), "numpy": close(expected_abs_cosine(float(d)), float(exact))})
    mp.dps = 60
    return {"source": f"mpmath {mpmath.__version__} at 60 digits (400 for E|cos θ|); {source()} for the 'numpy' notes",
            "norms": norms, "means": means, "sums": sums, "dots": dots, "layerNorm": layer, "rmsNorm": rms, "qr": qr,
            "expectedAbsoluteCosine": cosines}


# ---------------------------------------------------------------- the documented Gaussian generator

MASK64 = (1 << 64) - 1


class SplitMix64:
    """SplitMix64, as in TransformerCore's SplitMix64.swift."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def uniform(self):
        return float(self.next() >> 11) * 2.0 ** -53


def natural_log(x):
    """ln x by frexp reduction and the atanh series, exactly as GaussianGenerator.naturalLogarithm."""
    m, e = math.frexp(x)  # x = m * 2**e, m in [0.5, 1)
    if m < 0.7071067811865476:
        m *= 2.0
        e -= 1
    t = (m - 1.0) / (m + 1.0)
    w = t * t
    p = 1.0 / 23
    for k in range(21, 2, -2):
        p = 1.0 / float(k) + w * p
    return float(e) * 0.6931471805599453 + (2.0 * t) * (1.0 + w * p)


class GaussianGenerator:
    """Marsaglia's polar method on SplitMix64 uniforms, as in TransformerCore's GaussianGenerator.swift."""

    def __init__(self, seed):
        self.uniforms = SplitMix64(seed)
        self.pending = None

    def next(self):
        if self.pending is not None:
            value, self.pending = self.pending, None
            return value
        while True:
            x = 2.0 * self.uniforms.uniform() - 1.0
            y = 2.0 * self.uniforms.uniform() - 1.0
            s = x * x + y * y
            if not (0.0 < s < 1.0):
                continue
            factor = math.sqrt((-2.0 * natural_log(s)) / s)
            self.pending = y * factor
            return x * factor


def gaussian_cases():
    for x in [1e-300, 1e-20, 0.001, 0.3, 0.5, 0.7071, 0.70711, 0.9, 0.999999, 1.5, 1e10]:
        assert abs(natural_log(x) - math.log(x)) <= 4e-16 * max(1.0, abs(math.log(x))), x
    seeds = [0, 1, 42, 2024, 0xFFFFFFFFFFFFFFFF]
    splitmix = []
    for seed in seeds:
        g = SplitMix64(seed)
        splitmix.append({"seed": f"{seed:016x}", "outputs": [f"{g.next():016x}" for _ in range(5)]})
    gaussians = []
    for seed in seeds:
        g = GaussianGenerator(seed)
        gaussians.append({"seed": f"{seed:016x}", "outputs": [g.next() for _ in range(41)]})
    samples = GaussianGenerator(7)
    big = np.array([samples.next() for _ in range(200_000)])
    assert abs(big.mean()) < 0.01 and abs(big.std() - 1) < 0.01
    return {"algorithm": "SplitMix64 uniforms (next >> 11) * 2^-53, Marsaglia polar method, ln by frexp + atanh series to t^23",
            "splitmix64": splitmix, "gaussian": gaussians}


# ---------------------------------------------------------------- sampling and the cross-entropy loss

def stable_order(x, descending=False):
    """The indices that sort x, equal values in index order (NumPy's stable sort; descending sorts −x)."""
    x = np.asarray(x, dtype=np.float64)
    return np.argsort(-x if descending else x, kind="stable")


def top_k(p, k):
    p = np.asarray(p, dtype=np.float64)
    kept = stable_order(p, descending=True)[:k]
    q = np.zeros_like(p)
    q[kept] = p[kept] / p[np.sort(kept)].sum()
    return q


def top_p(p, threshold):
    """Nucleus truncation: the smallest prefix of the descending order whose cumulative mass reaches the threshold."""
    p = np.asarray(p, dtype=np.float64)
    order = stable_order(p, descending=True)
    mass = np.cumsum(p[order])
    count = min(int(np.searchsorted(mass, threshold, side="left")) + 1, len(p))
    kept = order[:count]
    q = np.zeros_like(p)
    q[kept] = p[kept] / p[np.sort(kept)].sum()
    return q


def draws(p, count, seed):
    """Inverse-CDF draws on SplitMix64 uniforms: the first i with u · Σp < cumsum(p)[i]."""
    p = np.asarray(p, dtype=np.float64)
    cumulative = np.cumsum(p)
    last = int(np.flatnonzero(p > 0)[-1])
    g = SplitMix64(seed)
    return [min(int(np.searchsorted(cumulative, g.uniform() * cumulative[-1], side="right")), last) for _ in range(count)]


def sampling_cases():
    rng = np.random.default_rng(12)
    vectors = [[0.2, 0.5, 0.1, 0.2], [3.0, -1.0, 3.0, 0.0, -1.0, 2.5], [1.0], [0.0, 0.0, 0.0],
               list(rng.normal(size=9)), list(np.round(rng.normal(size=12), 1))]
    argsort = [{"values": encode(v), "ascending": [int(i) for i in stable_order(v)],
                "descending": [int(i) for i in stable_order(v, True)]} for v in vectors]
    cumulative = [{"values": encode(v), "expected": encode(np.cumsum(v))} for v in vectors]
    distributions = [[0.1, 0.4, 0.2, 0.3], [0.25, 0.25, 0.25, 0.25], [0.5, 0.0, 0.3, 0.2, 0.0],
                     list(special.softmax(rng.normal(size=10) * 2)), list(special.softmax([2.0, 1.0, 0.0]))]
    truncations = []
    for p in distributions:
        for k in range(1, len(p) + 1):
            truncations.append({"probabilities": encode(p), "k": k, "expected": encode(top_k(p, k))})
    nucleus = []
    for p in distributions:
        for threshold in [0.05, 0.3, 0.5, 0.6, 0.75, 0.9, 0.95, 1.0]:
            nucleus.append({"probabilities": encode(p), "p": threshold, "expected": encode(top_p(p, threshold))})
    samples = []
    for p in distributions:
        for seed in [0, 1, 7, 42, 2024]:
            samples.append({"probabilities": encode(p), "seed": seed, "expected": draws(p, 20, seed)})
    frequencies = np.bincount(draws(distributions[0], 100_000, 3), minlength=4) / 100_000
    assert np.abs(frequencies - distributions[0]).max() < 0.01, frequencies
    losses = []
    for p in distributions[:4]:
        for t in range(len(p)):
            if p[t] > 0:
                losses.append({"probabilities": encode(p), "target": t, "expected": float(-np.log(p[t]))})
    logit_vectors = [[2.0, 1.0, 0.0], [1000.0, 999.0, 998.0], [0.5, -1.25, 3.0, 3.0, -7.5], [-40.0, 0.0, 40.0],
                     list(rng.normal(size=7) * 3)]
    logit_losses = []
    for z in logit_vectors:
        for t in range(len(z)):
            logit_losses.append({"logits": encode(z), "target": t, "expected": float(-special.log_softmax(z)[t])})
    logits = rng.normal(size=(5, 6)) * 2
    targets = [int(t) for t in rng.integers(0, 6, size=5)]
    probabilities = special.softmax(logits, axis=1)
    rows = {"logits": matrix(logits), "probabilities": matrix(probabilities), "targets": targets,
            "expected": float(np.mean(-special.log_softmax(logits, axis=1)[np.arange(5), targets]))}
    one_hot = [{"index": i, "count": n, "expected": encode(np.eye(n)[i])} for i, n in [(0, 1), (2, 4), (4, 5), (0, 3)]]
    return {"source": source() + "; draws by SplitMix64 as in gaussian.json", "argsort": argsort,
            "cumulativeSum": cumulative, "topK": truncations, "topP": nucleus, "sample": samples,
            "crossEntropy": losses, "crossEntropyFromLogits": logit_losses, "crossEntropyRows": rows, "oneHot": one_hot}


def main(only=None):
    """Writes every fixture, or with names on the command line (`extremes.json`) only those."""
    CORE_FIXTURES.mkdir(parents=True, exist_ok=True)
    if only:
        for name in only:
            write(name, FIXTURES[name]())
        return
    path = CORE_FIXTURES / "softmax.json"
    path.write_text(json.dumps(softmax_cases(), indent=2) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")
    write("softmax-extras.json", softmax_extras())
    write("attention.json", attention_cases())
    write("multihead.json", multihead_cases())
    write("positional.json", positional_cases())
    write("embedding.json", embedding_cases())
    write("normalization.json", normalization_cases())
    write("feedforward.json", feedforward_cases())
    write("similarity.json", similarity_cases())
    write("gaussian.json", gaussian_cases())
    write("extremes.json", extremes_cases())
    write("sampling.json", sampling_cases())


FIXTURES = {
    "softmax-extras.json": softmax_extras, "attention.json": attention_cases, "multihead.json": multihead_cases,
    "positional.json": positional_cases, "embedding.json": embedding_cases, "normalization.json": normalization_cases,
    "feedforward.json": feedforward_cases, "similarity.json": similarity_cases, "gaussian.json": gaussian_cases,
    "extremes.json": extremes_cases, "sampling.json": sampling_cases,
}

if __name__ == "__main__":
    import sys
    main(sys.argv[1:])
