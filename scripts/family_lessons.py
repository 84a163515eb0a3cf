#!/usr/bin/env python3
"""Writes one test lesson per family of swift-compute builtins, with results computed by NumPy/SciPy.

    python3 scripts/family_lessons.py

writes Tests/StudyGuideTests/Fixtures/families/NN-family.md (and NN-family.displays.json for lessons with
figures or tables). Run it by hand after changing a case, and commit what it writes; CI never runs it.
FamilyLessonTests runs `check`'s path on each lesson (zero failures, zero errors, every result verified)
and fails when a builtin of the registry is called in no lesson.

Every `// =>` number below is computed here, from the formulas in docs/language.md and the papers,
never by the Swift code under test:
- the math with NumPy/SciPy (float64);
- the seeded builtins (`gaussian`, `randomOrthogonal`) with scripts/reference.py's re-implementation of
  TransformerCore's documented generator (SplitMix64 + Marsaglia's polar method), then NumPy's QR;
- parameter counts with an independent count below, which must give the published totals
  (GPT-2 from its checkpoints, BERT, Llama 2 7B, GPT-3's 175,181,291,520 weights), asserted here.

Numbers are written at the lesson's precision (6 decimals: ±5e-7), in scientific notation with 13
significant digits beyond 1e7, and exactly where a result is exact by construction (slices, masks,
counts); a number within 1e-3 of a rounding tie gets more decimals, so the check never rests on the
last bit of a libm.
"""
import json
import math
import pathlib
import sys

import numpy as np
from scipy import special

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import reference  # noqa: E402  (SplitMix64 and the Gaussian generator, re-implemented)

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDER = ROOT / "Tests" / "StudyGuideTests" / "Fixtures" / "families"
PRECISION = 6


# ---------------------------------------------------------------- writing numbers and literals

def real_text(v, precision=PRECISION):
    """A real at `precision` decimals (more near a rounding tie); 13 significant digits in e-notation beyond 1e7."""
    v = float(v)
    if not math.isfinite(v):
        return "inf" if v > 0 else ("-inf" if v < 0 else "nan")
    if abs(v) >= 1e7:
        digits = 12
        while True:
            mantissa, exponent = f"{v:.{digits}e}".split("e")
            scaled = abs(v) / 10.0 ** int(exponent) * 10 ** digits
            if abs(scaled - math.floor(scaled) - 0.5) > 1e-3 or digits > 15:
                return f"{mantissa}e{int(exponent)}"
            digits += 1
    decimals = precision
    while True:
        scaled = abs(v) * 10 ** decimals
        if abs(scaled - math.floor(scaled) - 0.5) > 1e-3 or decimals > precision + 4:
            break
        decimals += 1
    text = f"{v:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def integer_text(n):
    """An exact integer with thousands separators."""
    return f"{int(n):,}"


class Exact:
    """A value written exactly: integers without decimals (the check then wants the same number)."""

    def __init__(self, value):
        self.value = value


def numbers(value, exact):
    """The written numbers of a scalar or a 1-D array."""
    if exact:
        out = []
        for x in np.ravel(np.asarray(value, dtype=np.float64)):
            assert float(x).is_integer(), f"not an integer: {x}"
            out.append(integer_text(x))
        return out
    return [real_text(x) for x in np.ravel(np.asarray(value, dtype=np.float64))]


def result_lines(value):
    """The comment text: the first line after `// => `, and the continuation lines (after `//    `)."""
    exact = isinstance(value, Exact)
    if exact:
        value = value.value
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return [integer_text(value)]
    if isinstance(value, float) or (isinstance(value, np.ndarray) and value.ndim == 0):
        return numbers(value, exact)
    array = np.asarray(value, dtype=np.float64)
    if array.ndim == 1:
        return ["[" + ", ".join(numbers(array, exact)) + "]"]
    rows = [numbers(row, exact) for row in array]
    width = max(len(x) for row in rows for x in row)
    return ["[" + ", ".join(x.rjust(width) for x in row) + "]" for row in rows]


def literal_number(x):
    """A number as a Swift literal, as short as it round-trips: 2, -1.5, 0.25."""
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def literal(value):
    """A vector or matrix as a Swift array literal."""
    array = np.asarray(value, dtype=np.float64)
    if array.ndim == 1:
        return "[" + ", ".join(literal_number(x) for x in array) + "]"
    return "[" + ", ".join(literal(row) for row in array) + "]"


# ---------------------------------------------------------------- lessons

class Block:
    """One swift-compute block: statements, each with its expected value (or none)."""

    def __init__(self, label, precision=None):
        self.label = label
        self.precision = precision
        self.lines = []  # (code, value or None)

    def let(self, name, value, annotation=None):
        """`let name: T = literal`; returns the value for the Python side."""
        annotation = annotation or ("Vector" if np.asarray(value).ndim == 1 else "Matrix")
        self.lines.append((f"let {name}: {annotation} = {literal(value)}", None))
        return np.asarray(value, dtype=np.float64)

    def code(self, code):
        """A statement without a result comment (a binding, an `#expect`, a figure)."""
        self.lines.append((code, None))

    def expr(self, code, value):
        """An expression statement and its `// =>` result, computed here."""
        self.lines.append((code, value))

    def text(self):
        out = ["```swift-compute", f"//| label: {self.label}"]
        if self.precision is not None:
            out.append(f"//| precision: {self.precision}")
        codes = [code for code, value in self.lines if value is not None]
        column = max([len(c.encode()) for c in codes if len(c.encode()) <= 64] or [0]) + 2
        for code, value in self.lines:
            if value is None:
                out.append(code)
                continue
            lines = result_lines(value)
            pad = max(column, len(code.encode()) + 2)
            out.append(code + " " * (pad - len(code.encode())) + "// => " + lines[0])
            out += [" " * pad + "//    " + line for line in lines[1:]]
        return "\n".join(out + ["```"])


class Lesson:
    """A test lesson: front matter, prose and blocks, and the figures and tables it shows."""

    def __init__(self, number, slug, title, summary):
        self.name = f"{number:02d}-{slug}"
        self.title = title
        self.summary = summary
        self.parts = []
        self.displays = []

    def prose(self, text):
        self.parts.append(text.strip())

    def block(self, label, precision=None):
        block = Block(label, precision)
        self.parts.append(block)
        return block

    def display(self, block, code, expected):
        """A figure or table statement and what it must show (checked by FamilyLessonTests)."""
        block.code(code)
        self.displays.append(dict(expected, code=code))

    def write(self):
        front = f"---\ntitle: {json.dumps(self.title)}\nsummary: {json.dumps(self.summary)}\nprecision: {PRECISION}\n---\n"
        body = "\n\n".join(part if isinstance(part, str) else part.text() for part in self.parts)
        text = front + f"\n# {self.title}\n\n" + body + "\n"
        path = FOLDER / f"{self.name}.md"
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)}")
        displays = FOLDER / f"{self.name}.displays.json"
        if self.displays:
            displays.write_text(json.dumps(self.displays, indent=1, ensure_ascii=False) + "\n")
            print(f"wrote {displays.relative_to(ROOT)}")
        elif displays.exists():
            displays.unlink()


INTRO = ("A test lesson generated by `scripts/family_lessons.py`: every `// =>` number was computed by "
         "NumPy/SciPy, not by `study`, and `check` verifies each at its written precision.")


# ---------------------------------------------------------------- the math, from the documented formulas

def softmax(z, t=1.0):
    """softmax(z / T) of a vector or of each row."""
    return special.softmax(np.asarray(z, dtype=np.float64) / t, axis=-1)


def log_softmax(z, t=1.0):
    return special.log_softmax(np.asarray(z, dtype=np.float64) / t, axis=-1)


def entropy(p, bits=False):
    h = float(special.entr(np.asarray(p, dtype=np.float64)).sum())
    return h / math.log(2) if bits else h


def gaussian(rows, columns, seed, mean=0.0, sd=1.0):
    """The documented seeded generator, row by row (reference.py's re-implementation)."""
    g = reference.GaussianGenerator(seed)
    return np.array([[mean + sd * g.next() for _ in range(columns)] for _ in range(rows)])


def qr(a):
    """Thin QR with R's diagonal made non-negative (unique for full column rank)."""
    q, r = np.linalg.qr(np.asarray(a, dtype=np.float64))
    signs = np.where(np.diag(r) < 0, -1.0, 1.0)
    return q * signs, r * signs[:, None]


def cosine(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def cosine_matrix(x):
    n = x / np.linalg.norm(x, axis=1, keepdims=True)
    return n @ n.T


def mean_abs_cosine(x):
    c = cosine_matrix(x)
    return float(np.abs(c[np.triu_indices(x.shape[0], 1)]).mean())


def expected_abs_cosine(d):
    return float(np.exp(special.gammaln(d / 2) - special.gammaln((d + 1) / 2)) / np.sqrt(np.pi))


def allowed(kind, queries, keys, payload=None):
    """The 0/1 matrix of (query, key) pairs that may attend."""
    if kind == "none":
        return np.ones((queries, keys))
    if kind == "causal":
        return np.tril(np.ones((queries, keys)))
    if kind == "padding":
        return np.tile(np.asarray(payload, dtype=np.float64), (queries, 1))
    if kind == "validLength":
        return np.tile((np.arange(keys) < payload).astype(np.float64), (queries, 1))
    return np.asarray(payload, dtype=np.float64)


def attention(q, k, v, mask=None, scaled=True):
    """Scaled dot-product attention: scores, scaled scores, weights, output."""
    scores = q @ k.T
    s = scores / np.sqrt(k.shape[1]) if scaled else scores
    if mask is not None:
        s = np.where(mask > 0, s, -np.inf)
    weights = special.softmax(s, axis=1)
    return {"scores": scores, "scaledScores": scores / np.sqrt(k.shape[1]) if scaled else scores,
            "maskedScores": s, "weights": weights, "output": weights @ v}


def multi_head(x, heads, w, b=None, mask=None, scaled=True, context=None):
    """Multi-head attention: project, split the projections into heads, attend, concatenate, project."""
    b = b or {}
    c = x if context is None else context
    q = x @ w["q"] + b.get("q", 0.0)
    k = c @ w["k"] + b.get("k", 0.0)
    v = c @ w["v"] + b.get("v", 0.0)
    d = q.shape[1] // heads
    results = [attention(q[:, h * d:(h + 1) * d], k[:, h * d:(h + 1) * d], v[:, h * d:(h + 1) * d], mask, scaled)
               for h in range(heads)]
    concatenated = np.concatenate([r["output"] for r in results], axis=1)
    return {"queries": q, "keys": k, "values": v, "heads": results, "concatenated": concatenated,
            "output": concatenated @ w["o"] + b.get("o", 0.0)}


def positional(length, d, base=10000.0):
    pe = np.zeros((length, d))
    for pos in range(length):
        for c in range(d):
            angle = pos / base ** ((2 * (c // 2)) / d)
            pe[pos, c] = math.sin(angle) if c % 2 == 0 else math.cos(angle)
    return pe


def layer_norm(x, gamma=1.0, beta=0.0, eps=1e-5):
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    y = (x - x.mean(axis=1, keepdims=True)) / np.sqrt(x.var(axis=1, keepdims=True) + eps) * gamma + beta
    return y


def rms_norm(x, gamma=1.0, eps=1e-5):
    x = np.atleast_2d(np.asarray(x, dtype=np.float64))
    return x / np.sqrt(np.mean(x * x, axis=1, keepdims=True) + eps) * gamma


ACTIVATIONS = {
    "relu": lambda x: np.maximum(0.0, x),
    "gelu": lambda x: 0.5 * x * (1.0 + special.erf(x / np.sqrt(2.0))),
    "geluTanh": lambda x: 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x ** 3))),
    "swish": lambda x: x * special.expit(x),
}


# ---------------------------------------------------------------- models: an independent parameter count

class Config:
    """A model's published dimensions and choices (GPT-2-like unless told)."""

    def __init__(self, name, vocabulary, context, d, layers, heads, d_head, d_ff, kv_heads=None, biases=True,
                 tied=True, norm="layerNorm", position="learned", mlp="gelu", token_types=0, embedding_norm=False,
                 final_norm=True, pooler=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.kv_heads = kv_heads or heads


def gpt2(name, d, layers, heads):
    return Config(name, 50257, 1024, d, layers, heads, 64, 4 * d)


def bert(name, d, layers, heads):
    return Config(name, 30522, 512, d, layers, heads, 64, 4 * d, token_types=2, embedding_norm=True,
                  final_norm=False, pooler=True)


def gpt3(name, layers, d, heads, d_head):
    return Config(name, 50257, 2048, d, layers, heads, d_head, 4 * d)


# The presets by their swift-compute names, with the dimensions their papers and checkpoints publish.
PRESETS = {
    "gpt2Small": gpt2("GPT-2 small", 768, 12, 12),
    "gpt2Medium": gpt2("GPT-2 medium", 1024, 24, 16),
    "gpt2Large": gpt2("GPT-2 large", 1280, 36, 20),
    "gpt2XL": gpt2("GPT-2 XL", 1600, 48, 25),
    "bertBase": bert("BERT-base", 768, 12, 12),
    "bertLarge": bert("BERT-large", 1024, 24, 16),
    "llama2_7B": Config("Llama 2 7B", 32000, 4096, 4096, 32, 32, 128, 11008, biases=False, tied=False,
                        norm="rmsNorm", position="rotary", mlp="swiGLU"),
    "gpt3Small": gpt3("GPT-3 Small", 12, 768, 12, 64),
    "gpt3Medium": gpt3("GPT-3 Medium", 24, 1024, 16, 64),
    "gpt3Large": gpt3("GPT-3 Large", 24, 1536, 16, 96),
    "gpt3XL": gpt3("GPT-3 XL", 24, 2048, 24, 128),
    "gpt3_2_7B": gpt3("GPT-3 2.7B", 32, 2560, 32, 80),
    "gpt3_6_7B": gpt3("GPT-3 6.7B", 32, 4096, 32, 128),
    "gpt3_13B": gpt3("GPT-3 13B", 40, 5140, 40, 128),
    "gpt3_175B": gpt3("GPT-3 175B", 96, 12288, 96, 128),
}
PRESETS["gpt3"] = PRESETS["gpt3_175B"]

# Published totals (checkpoints' parameter counts; GPT-3 175B's weight matrices).
PUBLISHED = {
    ("gpt2Small", "architecture"): 124_439_808, ("gpt2Medium", "architecture"): 354_823_168,
    ("gpt2Large", "architecture"): 774_030_080, ("gpt2XL", "architecture"): 1_557_611_200,
    ("bertBase", "architecture"): 109_482_240, ("bertLarge", "architecture"): 335_141_888,
    ("llama2_7B", "architecture"): 6_738_415_616, ("gpt3", "weightsOnly"): 175_181_291_520,
}

# Component titles, as docs/language.md lists ParameterComponent.
TITLES = {
    "tokenEmbedding": "Token embedding", "positionEmbedding": "Position embedding",
    "tokenTypeEmbedding": "Token-type embedding", "embeddingNorm": "Embedding norm", "queryWeight": "Q weight",
    "queryBias": "Q bias", "keyWeight": "K weight", "keyBias": "K bias", "valueWeight": "V weight",
    "valueBias": "V bias", "outputWeight": "O weight", "outputBias": "O bias", "attentionNorm": "Attention norm",
    "mlpUpWeight": "MLP up weight", "mlpUpBias": "MLP up bias", "mlpGateWeight": "MLP gate weight",
    "mlpGateBias": "MLP gate bias", "mlpDownWeight": "MLP down weight", "mlpDownBias": "MLP down bias",
    "mlpNorm": "MLP norm", "finalNorm": "Final norm", "unembedding": "Unembedding", "poolerWeight": "Pooler weight",
    "poolerBias": "Pooler bias",
}


def components(c, accounting="architecture"):
    """[(component, count over all layers, per layer or None, tied)] in table order."""
    full = accounting == "architecture"
    d, L = c.d, c.layers
    a, a_kv = c.heads * c.d_head, c.kv_heads * c.d_head
    norm = 2 * d if c.norm == "layerNorm" else d
    out = [("tokenEmbedding", c.vocabulary * d, None, False)]
    if full:
        if c.position == "learned":
            out.append(("positionEmbedding", c.context * d, None, False))
        if c.token_types:
            out.append(("tokenTypeEmbedding", c.token_types * d, None, False))
        if c.embedding_norm:
            out.append(("embeddingNorm", norm, None, False))
    layer = [("queryWeight", d * a, True), ("queryBias", a, full and c.biases),
             ("keyWeight", d * a_kv, True), ("keyBias", a_kv, full and c.biases),
             ("valueWeight", d * a_kv, True), ("valueBias", a_kv, full and c.biases),
             ("outputWeight", a * d, True), ("outputBias", d, full and c.biases),
             ("attentionNorm", norm, full),
             ("mlpUpWeight", d * c.d_ff, True), ("mlpUpBias", c.d_ff, full and c.biases),
             ("mlpGateWeight", d * c.d_ff, c.mlp == "swiGLU"), ("mlpGateBias", c.d_ff, full and c.biases and c.mlp == "swiGLU"),
             ("mlpDownWeight", c.d_ff * d, True), ("mlpDownBias", d, full and c.biases),
             ("mlpNorm", norm, full)]
    out += [(name, per * L, per, False) for name, per, present in layer if present]
    if full and c.final_norm:
        out.append(("finalNorm", norm, None, False))
    tied = full and c.tied
    out.append(("unembedding", 0 if tied else c.vocabulary * d, None, tied))
    if full and c.pooler:
        out += [("poolerWeight", d * d, None, False), ("poolerBias", d, None, False)]
    return out


def total(c, accounting="architecture"):
    return sum(count for _, count, _, _ in components(c, accounting))


def count_of(c, component, accounting="architecture"):
    return sum(count for name, count, _, _ in components(c, accounting) if name == component)


def per_layer(c):
    return sum(per for _, _, per, _ in components(c) if per is not None)


def non_embedding(c):
    """N of Kaplan et al. (2020): the layers' weight matrices."""
    a, a_kv = c.heads * c.d_head, c.kv_heads * c.d_head
    k = 3 if c.mlp == "swiGLU" else 2
    return c.layers * (c.d * a + 2 * c.d * a_kv + a * c.d + k * c.d * c.d_ff)


def forward_flops(c, context=None):
    return 2 * non_embedding(c) + 2 * c.layers * (c.context if context is None else context) * c.heads * c.d_head


BITS = {"fp32": 32, "fp16": 16, "bf16": 16, "int8": 8, "int4": 4}


def kv_cache_bytes(c, precision, context=None, batch=1):
    elements = 2 * c.layers * (c.context if context is None else context) * c.kv_heads * c.d_head * batch
    return -(-elements * BITS[precision] // 8)


def weight_bytes(c, precision):
    return -(-total(c) * BITS[precision] // 8)


for (preset, accounting), published in PUBLISHED.items():
    assert total(PRESETS[preset], accounting) == published, (preset, accounting, total(PRESETS[preset], accounting))
assert round(count_of(PRESETS["gpt3"], "mlpUpWeight", "weightsOnly") / 175_181_291_520 * 100, 3) == 33.098


# ---------------------------------------------------------------- the lessons, one per family

def numbers_lesson():
    lesson = Lesson(1, "numbers", "Family: numbers", "exp, log, sqrt, abs, sin, cos, tanh, log2, log10, exp2 and pow of numbers, vectors and matrices, "
                    "the reductions sum, mean, max and min, and Swift's numbers (Double(_:), Int(_:), max(_:_:), .pi, "
                    "squareRoot(), rounded()), against NumPy.")
    lesson.prose(INTRO + " Each element-wise function is called on a number, a vector and a matrix.")
    b = lesson.block("elementwise")
    x = b.let("x", [-1.5, 0.25, 2, 3.75])
    m = b.let("m", [[0.5, -2, 1.25], [4, -0.75, 3]])
    p = b.let("p", [[0.5, 2, 1.25], [4, 0.75, 3]])
    b.expr("exp(1)", math.e)
    b.expr("exp(-0.5)", float(np.exp(-0.5)))
    b.expr("exp(x)", np.exp(x))
    b.expr("exp(m)", np.exp(m))
    b.expr("log(2)", math.log(2))
    b.expr("log(0.001)", math.log(0.001))
    b.expr("log([0.5, 1, 10, 1000])", np.log([0.5, 1, 10, 1000]))
    b.expr("log(p)", np.log(p))
    b.expr("sqrt(64)", Exact(8))
    b.expr("sqrt(2)", math.sqrt(2))
    b.expr("sqrt([0, 0.25, 2, 10])", np.sqrt([0, 0.25, 2, 10]))
    b.expr("sqrt(p)", np.sqrt(p))
    b.expr("abs(-2.5)", 2.5)
    b.expr("abs(x)", np.abs(x))
    b.expr("abs(m)", np.abs(m))
    b.expr("sin(1)", math.sin(1))
    b.expr("sin(x)", np.sin(x))
    b.expr("sin(m)", np.sin(m))
    b.expr("cos(1)", math.cos(1))
    b.expr("cos(x)", np.cos(x))
    b.expr("cos(m)", np.cos(m))
    b.expr("tanh(0.5)", math.tanh(0.5))
    b.expr("tanh(x)", np.tanh(x))
    b.expr("tanh(m)", np.tanh(m))
    b.expr("pow(2, 10)", Exact(1024))
    b.expr("pow(2.5, -1.5)", 2.5 ** -1.5)
    b.expr("pow(10, 0.5)", 10 ** 0.5)
    b.expr("pow(-2, 3)", Exact(-8))
    r = lesson.block("reductions")
    r.expr("sum(x)", float(np.sum(x)))
    r.expr("sum(m)", float(np.sum(m)))
    r.expr("sum(softmax([2, 1, 0]))", 1.0)
    r.expr("mean(x)", float(np.mean(x)))
    r.expr("mean(m)", float(np.mean(m)))
    r.expr("max(x)", float(np.max(x)))
    r.expr("max(m)", float(np.max(m)))
    r.expr("min(x)", float(np.min(x)))
    r.expr("min(m)", float(np.min(m)))
    r.expr("max([-3, -1, -2])", -1.0)
    w = lesson.block("swift-numbers")
    w.expr("log2(1024)", Exact(10))
    w.expr("log2(0.1)", math.log2(0.1))
    w.expr("log2(x + 2)", np.log2(x + 2))
    w.expr("log2(p)", np.log2(p))
    w.expr("log10(0.001)", Exact(-3))
    w.expr("log10(2)", math.log10(2))
    w.expr("log10([0.5, 1, 10, 1000])", np.log10([0.5, 1, 10, 1000]))
    w.expr("log10(p)", np.log10(p))
    w.expr("exp2(-3)", 0.125)
    w.expr("exp2(0.5)", math.sqrt(2))
    w.expr("exp2(x)", np.exp2(x))
    w.expr("exp2(m)", np.exp2(m))
    w.expr("Double(7) / 2", 3.5)
    w.expr("Double(2.5)", 2.5)
    w.expr("Int(7)", 7)
    w.expr("Int(2.7)", int(np.trunc(2.7)))
    w.expr("Int(-2.7)", int(np.trunc(-2.7)))
    w.expr("Int(1e15 + 0.5)", int(np.trunc(1e15 + 0.5)))
    w.expr("max(3, 7)", 7)
    w.expr("max(-2, -5)", -2)
    w.expr("max(0.5, 2)", 2.0)
    w.expr("max(2.5, -1.25)", 2.5)
    w.expr("min(3, 7)", 3)
    w.expr("min(-2, -5)", -5)
    w.expr("min(0.5, 2)", 0.5)
    w.expr("min(2.5, -1.25)", -1.25)
    w.expr("max(3, 7, 5, 1)", max(3, 7, 5, 1))
    w.expr("max(0.5, 2, 1.5)", 2.0)
    w.expr("min(3, 7, 5, 1)", min(3, 7, 5, 1))
    w.expr("min(0.5, 2, 1.5, -4.25)", -4.25)
    w.expr("Double.pi", math.pi)
    w.expr("Int.max", 2 ** 63 - 1)
    w.expr("Int.min", -2 ** 63)
    w.code("let largest: Int = .max")
    w.expr("largest - Int.max", 0)
    # The limits are powers of two (times 2 − 2⁻⁵² for the largest), scaled here to numbers the lesson can write.
    w.expr("Double.ulpOfOne * exp2(52)", float(np.finfo(np.float64).eps * 2.0 ** 52))
    w.expr("Double.greatestFiniteMagnitude", np.finfo(np.float64).max)
    w.expr("Double.leastNormalMagnitude * exp2(1022)", float(np.finfo(np.float64).tiny * 2.0 ** 1022))
    w.expr("Double.leastNonzeroMagnitude * exp2(537) * exp2(537)", float(np.nextafter(0.0, 1.0) * 2.0 ** 537 * 2.0 ** 537))
    w.expr("Double.pi / 4", math.pi / 4)
    w.code("let halfTurn: Double = .pi")
    w.code("let quarterTurn: Double = .pi / 2")
    w.expr("sin(quarterTurn)", 1.0)
    w.expr("cos(halfTurn)", -1.0)
    w.expr("softmax([1, 0], temperature: .pi)", softmax([1, 0], math.pi))
    w.expr("2.0.squareRoot()", math.sqrt(2))
    w.expr("Double(10).squareRoot()", math.sqrt(10))
    w.expr("2.5.rounded()", 3.0)
    w.expr("(-2.5).rounded()", -3.0)
    w.expr("2.5.rounded(.toNearestOrEven)", 2.0)
    w.expr("2.5.rounded(.toNearestOrAwayFromZero)", 3.0)
    w.expr("2.7.rounded(.down)", 2.0)
    w.expr("2.1.rounded(.up)", 3.0)
    w.expr("(-2.7).rounded(.towardZero)", -2.0)
    w.expr("(-2.1).rounded(.awayFromZero)", -3.0)
    w.expr("7.5.truncatingRemainder(dividingBy: 2)", math.fmod(7.5, 2))
    w.expr("(-7.5).truncatingRemainder(dividingBy: 2)", math.fmod(-7.5, 2))
    return lesson


def softmax_lesson():
    lesson = Lesson(2, "softmax-and-entropy", "Family: softmax and entropy",
                    "softmax and logSoftmax of vectors and matrices at several temperatures, entropy from "
                    "probabilities and from logits in nats and bits, and argmax, against SciPy.")
    lesson.prose(INTRO)
    b = lesson.block("softmax")
    z = b.let("z", [2, 1, 0])
    logits = b.let("logits", [[2, 1, 0], [0.5, -1.25, 3], [-2, 4, 4]])
    b.expr("softmax(z)", softmax(z))
    b.expr("softmax(z, temperature: 0.5)", softmax(z, 0.5))
    b.expr("softmax(z, temperature: 2)", softmax(z, 2))
    b.expr("softmax([1000, 999, 998])", softmax([1000, 999, 998]))
    b.expr("softmax([0.5, -1.25, 3, 3, -7.5], temperature: 0.7)", softmax([0.5, -1.25, 3, 3, -7.5], 0.7))
    b.expr("softmax(logits)", softmax(logits))
    b.expr("softmax(logits, temperature: 0.7)", softmax(logits, 0.7))
    b.code("#expect(rowSums(softmax(logits, temperature: 3)) ≈ [1, 1, 1])")
    s = lesson.block("log-softmax")
    s.expr("logSoftmax(z)", log_softmax(z))
    s.expr("logSoftmax(z, temperature: 0.1)", log_softmax(z, 0.1))
    s.expr("logSoftmax([-40, 0, 40], temperature: 0.5)", log_softmax([-40, 0, 40], 0.5))
    s.expr("logSoftmax(logits)", log_softmax(logits))
    s.expr("logSoftmax(logits, temperature: 2)", log_softmax(logits, 2))
    e = lesson.block("entropy")
    e.expr("entropy(softmax(z))", entropy(softmax(z)))
    e.expr("entropy([0.25, 0.25, 0.25, 0.25], unit: .bits)", entropy([0.25] * 4, bits=True))
    e.expr("entropy([0.7, 0.2, 0.1], unit: .nats)", entropy([0.7, 0.2, 0.1]))
    e.expr("entropy([0.7, 0.2, 0.1], unit: InformationUnit.bits)", entropy([0.7, 0.2, 0.1], bits=True))
    e.expr("entropy([1, 0, 0])", 0.0)
    e.expr("entropy(logits: z)", entropy(softmax(z)))
    e.expr("entropy(logits: z, temperature: 0.5)", entropy(softmax(z, 0.5)))
    e.expr("entropy(logits: z, temperature: 10, unit: .bits)", entropy(softmax(z, 10), bits=True))
    e.expr("entropy(logits: [300, 0, -300], unit: .nats)", entropy(softmax([300, 0, -300])))
    e.expr("entropy(logits: [0.5, -1.25, 3, 3, -7.5], temperature: 0.7)", entropy(softmax([0.5, -1.25, 3, 3, -7.5], 0.7)))
    a = lesson.block("argmax")
    a.expr("argmax(z)", int(np.argmax(z)))
    a.expr("argmax([0.1, 0.9, 0.9, 0.2])", int(np.argmax([0.1, 0.9, 0.9, 0.2])))
    a.expr("argmax([-7, -5, -6])", int(np.argmax([-7, -5, -6])))
    a.expr("argmax(logits)", Exact(np.argmax(logits, axis=1)))
    a.expr("argmax([[0.1, 0.9], [0.7, 0.3]])", Exact([1, 0]))
    return lesson


def matrices_lesson():
    lesson = Lesson(3, "vectors-and-matrices", "Family: vectors and matrices",
                    "Construction, reshaping, transposes, dot products, norms, row and column sums, slices, "
                    "concatenation and heads, against NumPy.")
    lesson.prose(INTRO + " Results that only move numbers about are written as exact integers.")
    b = lesson.block("construction")
    b.expr("identity(3)", Exact(np.eye(3)))
    b.expr("identity(1)", Exact(np.eye(1)))
    b.expr("zeros(rows: 2, columns: 3)", Exact(np.zeros((2, 3))))
    b.expr("Vector([0.5, 1, 2])", [0.5, 1.0, 2.0])
    b.expr("Matrix(rows: [[1, 2], [3, 4]])", Exact([[1, 2], [3, 4]]))
    b.expr("Matrix(rows: [[0.5, -1, 2]])", [[0.5, -1.0, 2.0]])
    b.expr("ones(rows: 3, columns: 2)", Exact(np.ones((3, 2))))
    b.expr("reshape([1, 2, 3, 4, 5, 6], rows: 2, columns: 3)", Exact(np.arange(1, 7).reshape(2, 3)))
    b.expr("reshape([[1, 2, 3], [4, 5, 6]], rows: 3, columns: 2)", Exact(np.arange(1, 7).reshape(3, 2)))
    b.expr("rowMatrix([1, 2, 3])", Exact([[1, 2, 3]]))
    b.expr("columnMatrix([1, 2, 3])", Exact([[1], [2], [3]]))
    s = lesson.block("shape-and-products")
    a = s.let("a", [[1.5, -2, 0.25], [3, 0.5, -1]])
    w = s.let("w", [[0.1, 0.2, 0.3, 0.4], [1.0, 0.8, 0.5, 0.2], [0.3, 0.9, 0.1, 0.3], [0.7, 0.2, 0.8, 1.0]])
    s.expr("flatten(a)", a.ravel())
    s.expr("transpose(a)", a.T)
    s.expr("dot([1, 2, 3], [4, -5, 6.5])", float(np.dot([1, 2, 3], [4, -5, 6.5])))
    s.expr("dot(a[0], a[1])", float(a[0] @ a[1]))
    s.expr("norm([3, 4])", 5.0)
    s.expr("norm([1, -2, 0.5, 3])", float(np.linalg.norm([1, -2, 0.5, 3])))
    s.expr("norm(a)", float(np.linalg.norm(a, "fro")))
    s.expr("rowSums(a)", a.sum(axis=1))
    s.expr("columnSums(a)", a.sum(axis=0))
    s.expr("rowSums(w)", w.sum(axis=1))
    s.expr("columnSums(w)", w.sum(axis=0))
    s.expr("column(a, 1)", a[:, 1])
    s.expr("column(w, 3)", w[:, 3])
    c = lesson.block("slices-and-heads")
    c.expr("rowSlice(w, from: 1, to: 3)", w[1:3])
    c.expr("rowSlice(w, from: 0, to: 4)", w[0:4])
    c.expr("columnSlice(w, from: 0, to: 2)", w[:, 0:2])
    c.expr("columnSlice(w, from: 3, to: 4)", w[:, 3:4])
    c.expr("concatColumns(a, ones(rows: 2, columns: 1))", np.concatenate([a, np.ones((2, 1))], axis=1))
    c.expr("concatRows(a, [[7, 8, 9]])", np.concatenate([a, [[7, 8, 9]]], axis=0))
    c.code("let heads = splitHeads(w, count: 2)")
    c.expr("heads.count", 2)
    c.expr("heads[0]", w[:, 0:2])
    c.expr("heads[1]", w[:, 2:4])
    c.expr("splitHeads(w, count: 4)[3]", w[:, 3:4])
    c.expr("concatHeads(heads)", w)
    c.expr("concatHeads(splitHeads(w, count: 4))", w)
    c.expr("concatHeads(splitHeads(a, count: 3))", a)
    return lesson


def geometry_lesson():
    lesson = Lesson(4, "random-and-similarity", "Family: random matrices, orthogonality and similarity",
                    "Seeded Gaussian and orthogonal matrices from the documented generator, QR, Gram matrices, "
                    "orthogonality deviations and cosines, against NumPy and an independent generator.")
    lesson.prose(INTRO + " The seeded matrices come from a Python re-implementation of the documented generator "
                 "(SplitMix64 uniforms, Marsaglia's polar method), the factorizations from NumPy's LAPACK QR.")
    b = lesson.block("seeded")
    b.expr("gaussian(rows: 2, columns: 3, seed: 1)", gaussian(2, 3, 1))
    b.expr("gaussian(rows: 3, columns: 2, seed: 42, mean: 5, standardDeviation: 0.5)", gaussian(3, 2, 42, 5, 0.5))
    b.expr("gaussian(rows: 1, columns: 4, seed: 0, mean: -1)", gaussian(1, 4, 0, -1))
    b.expr("gaussian(rows: 1, columns: 3, seed: 9_223_372_036_854_775_807, standardDeviation: 2)",
           gaussian(1, 3, 9_223_372_036_854_775_807, 0, 2))
    b.expr("gaussian(rows: 2, columns: 2, seed: 7, standardDeviation: 0)", Exact(np.zeros((2, 2))))
    b.expr("randomOrthogonal(size: 3, seed: 7)", qr(gaussian(3, 3, 7))[0])
    b.expr("randomOrthogonal(rows: 4, columns: 2, seed: 7)", qr(gaussian(4, 2, 7))[0])
    b.expr("randomOrthogonal(rows: 3, columns: 3, seed: 11)", qr(gaussian(3, 3, 11))[0])
    b.expr("gram(randomOrthogonal(size: 4, seed: 5))", np.eye(4))
    q = lesson.block("qr")
    a = q.let("a", [[1, 2], [3, 4], [5, 6]])
    q.code("let f = qr(a)")
    qa, ra = qr(a)
    q.expr("f.q", qa)
    q.expr("f.r", ra)
    q.expr("f.q * f.r", a)
    c = q.let("c", [[2, -1, 0.5], [1, 3, -2], [0, 1, 4], [1.5, 0.5, 1]])
    qc, rc = qr(c)
    q.expr("qr(c).q", qc)
    q.expr("qr(c).r", rc)
    q.expr("qr([[-3, 1], [4, 2]]).r", qr([[-3, 1], [4, 2]])[1])
    q.expr("gram(a)", Exact(a.T @ a))
    q.expr("gram(c)", c.T @ c)
    d = lesson.block("orthogonality")
    w = gaussian(64, 4, 1)
    g = w.T @ w
    d.code("let w = gaussian(rows: 64, columns: 4, seed: 1)")
    d.code("let deviation = orthogonalityDeviation(w)")
    d.expr("deviation.frobeniusNorm", float(np.linalg.norm(g - np.eye(4), "fro")))
    d.expr("deviation.largestOffDiagonal", float(np.max(np.abs(g - np.diag(np.diag(g))))))
    gc = c.T @ c
    d.expr("orthogonalityDeviation(c).frobeniusNorm", float(np.linalg.norm(gc - np.eye(3), "fro")))
    d.expr("orthogonalityDeviation(c).largestOffDiagonal", float(np.max(np.abs(gc - np.diag(np.diag(gc))))))
    d.expr("orthogonalityDeviation(randomOrthogonal(size: 8, seed: 3)).frobeniusNorm", 0.0)
    d.expr("orthogonalityDeviation(identity(3)).largestOffDiagonal", Exact(0))
    s = lesson.block("cosines")
    s.expr("cosine([1, 0], [1, 1])", cosine([1, 0], [1, 1]))
    s.expr("cosine([1, 2, 3], [-2, 0.5, 4])", cosine([1, 2, 3], [-2, 0.5, 4]))
    s.expr("cosine([1, 2, 3], [-1, -2, -3])", -1.0)
    s.expr("cosine([3, 4], [4, 3])", 0.96)
    s.expr("cosineMatrix([[1, 0], [1, 1], [0, 1]])", cosine_matrix(np.array([[1, 0], [1, 1], [0, 1]], dtype=float)))
    s.expr("cosineMatrix(gaussian(rows: 4, columns: 8, seed: 3))", cosine_matrix(gaussian(4, 8, 3)))
    s.expr("meanAbsCosine([[1, 0], [1, 1], [0, 1]])", mean_abs_cosine(np.array([[1, 0], [1, 1], [0, 1]], dtype=float)))
    s.expr("meanAbsCosine(gaussian(rows: 10, columns: 64, seed: 1))", mean_abs_cosine(gaussian(10, 64, 1)))
    for dim in (1, 2, 3, 64, 768, 12288):
        s.expr(f"expectedAbsCosine(dimension: {dim})", expected_abs_cosine(dim))
    s.expr("expectedAbsCosine(dimension: 2) * 3.141592653589793", 2.0)
    return lesson


def rounded(rng, shape, scale=1.0):
    """Inputs with two decimals, so that the Swift literal and the NumPy array hold the same doubles."""
    return np.round(rng.normal(scale=scale, size=shape), 2)


def attention_lesson():
    lesson = Lesson(5, "attention", "Family: attention",
                    "Scaled dot-product attention with every mask, the fused attentionOutput, maskMatrix, and "
                    "every overload of multiHeadAttention, against NumPy/SciPy.")
    lesson.prose(INTRO + " Masked scores are −∞ before the row softmax, so their weights are exactly 0.")
    rng = np.random.default_rng(5)
    b = lesson.block("attention")
    q = b.let("q", rounded(rng, (4, 3)))
    k = b.let("k", rounded(rng, (4, 3)))
    v = b.let("v", rounded(rng, (4, 2)))
    q2 = b.let("q2", rounded(rng, (2, 3)))
    b.code("let r = attention(q: q, k: k, v: v)")
    r = attention(q, k, v)
    for member in ("scores", "scaledScores", "maskedScores", "weights", "output"):
        b.expr(f"r.{member}", r[member])
    b.code("#expect(rowSums(r.weights) ≈ [1, 1, 1, 1])")
    causal = allowed("causal", 4, 4)
    b.expr("attention(q: q, k: k, v: v, mask: .causal).weights", attention(q, k, v, causal)["weights"])
    b.expr("attention(q: q, k: k, v: v, mask: .causal).maskedScores", attention(q, k, v, causal)["maskedScores"])
    b.expr("attention(q: q, k: k, v: v, mask: AttentionMask.causal).output", attention(q, k, v, causal)["output"])
    b.expr("attention(q: q, k: k, v: v, mask: .none).output", r["output"])
    b.expr("attention(q: q, k: k, v: v, scaled: false).scaledScores", r["scores"])
    b.expr("attention(q: q, k: k, v: v, scaled: false).weights", attention(q, k, v, scaled=False)["weights"])
    b.expr("attention(q: q, k: k, v: v, mask: .causal, scaled: false).output", attention(q, k, v, causal, False)["output"])
    m = lesson.block("masks")
    pad = allowed("padding", 4, 4, [1, 1, 0, 1])
    m.expr("attention(q: q, k: k, v: v, mask: .padding([1, 1, 0, 1])).weights", attention(q, k, v, pad)["weights"])
    m.expr("attention(q: q, k: k, v: v, mask: .padding([true, true, false, true])).output", attention(q, k, v, pad)["output"])
    valid = allowed("validLength", 4, 4, 2)
    m.expr("attention(q: q, k: k, v: v, mask: .validLength(2)).weights", attention(q, k, v, valid)["weights"])
    explicit = np.array([[1, 0, 0, 1], [1, 1, 0, 0], [0, 1, 1, 0], [1, 1, 1, 1]], dtype=float)
    m.expr(f"attention(q: q, k: k, v: v, mask: .explicit({literal(explicit)})).weights",
           attention(q, k, v, explicit)["weights"])
    m.expr(f"attention(q: q, k: k, v: v, mask: {literal(explicit)}).output", attention(q, k, v, explicit)["output"])
    m.expr("attention(q: q2, k: k, v: v).weights", attention(q2, k, v)["weights"])
    m.expr("attention(q: q2, k: k, v: v, mask: .causal).output", attention(q2, k, v, allowed("causal", 2, 4))["output"])
    m.expr("maskMatrix(.none, queries: 2, keys: 3)", Exact(allowed("none", 2, 3)))
    m.expr("maskMatrix(.causal, queries: 3, keys: 3)", Exact(allowed("causal", 3, 3)))
    m.expr("maskMatrix(.causal, queries: 2, keys: 4)", Exact(allowed("causal", 2, 4)))
    m.expr("maskMatrix(.padding([1, 0, 1]), queries: 2, keys: 3)", Exact(allowed("padding", 2, 3, [1, 0, 1])))
    m.expr("maskMatrix(.validLength(2), queries: 3, keys: 4)", Exact(allowed("validLength", 3, 4, 2)))
    m.expr("maskMatrix(.explicit([[true, false], [true, true]]), queries: 2, keys: 2)", Exact([[1, 0], [1, 1]]))
    f = lesson.block("fused")
    f.expr("attentionOutput(q: q, k: k, v: v)", r["output"])
    f.expr("attentionOutput(q: q, k: k, v: v, causal: true)", attention(q, k, v, causal)["output"])
    f.expr("attentionOutput(q: q, k: k, v: v, scaled: false)", attention(q, k, v, scaled=False)["output"])
    f.expr("attentionOutput(q: q, k: k, v: v, causal: true, scaled: false)", attention(q, k, v, causal, False)["output"])
    f.expr("attentionOutput(q: q2, k: k, v: v)", attention(q2, k, v)["output"])
    h = lesson.block("multi-head")
    x = h.let("x", rounded(rng, (3, 4)))
    w = {key: h.let(f"w{key}", rounded(rng, (4, 4), 0.5)) for key in "qkvo"}
    bias = {key: h.let(f"b{key}", rounded(rng, 4, 0.2)) for key in "qkvo"}
    context = h.let("context", rounded(rng, (5, 4)))
    weights = "wq: wq, wk: wk, wv: wv, wo: wo"
    biases = "bq: bq, bk: bk, bv: bv, bo: bo"
    h.code(f"let mh = multiHeadAttention(x, heads: 2, {weights})")
    mh = multi_head(x, 2, w)
    for member in ("queries", "keys", "values", "concatenated", "output"):
        h.expr(f"mh.{member}", mh[member])
    h.expr("mh.heads.count", 2)
    h.expr("mh.heads[0].scores", mh["heads"][0]["scores"])
    h.expr("mh.heads[1].scaledScores", mh["heads"][1]["scaledScores"])
    h.expr("mh.heads[1].weights", mh["heads"][1]["weights"])
    h.expr("mh.heads[0].output", mh["heads"][0]["output"])
    h.expr("mh.headWeights[0]", mh["heads"][0]["weights"])
    h.expr(f"multiHeadAttention(x, heads: 2, {weights}, mask: .causal).output",
           multi_head(x, 2, w, mask=allowed("causal", 3, 3))["output"])
    h.expr(f"multiHeadAttention(x, heads: 4, {weights}, scaled: false).output",
           multi_head(x, 4, w, scaled=False)["output"])
    h.expr(f"multiHeadAttention(x, heads: 1, {weights}).headWeights[0]", multi_head(x, 1, w)["heads"][0]["weights"])
    h.code(f"let mb = multiHeadAttention(x, heads: 2, {weights}, {biases}, mask: .causal)")
    mb = multi_head(x, 2, w, bias, mask=allowed("causal", 3, 3))
    h.expr("mb.queries", mb["queries"])
    h.expr("mb.values", mb["values"])
    h.expr("mb.headWeights[1]", mb["heads"][1]["weights"])
    h.expr("mb.output", mb["output"])
    h.expr(f"multiHeadAttention(x, heads: 2, {weights}, {biases}, scaled: false).output",
           multi_head(x, 2, w, bias, scaled=False)["output"])
    c = lesson.block("cross-attention")
    pad = allowed("padding", 3, 5, [1, 1, 1, 0, 1])
    c.code(f"let cross = multiHeadAttention(x, context: context, heads: 2, {weights}, mask: .padding([1, 1, 1, 0, 1]))")
    cross = multi_head(x, 2, w, mask=pad, context=context)
    c.expr("cross.keys", cross["keys"])
    c.expr("cross.headWeights[0]", cross["heads"][0]["weights"])
    c.expr("cross.output", cross["output"])
    c.expr(f"multiHeadAttention(x, context: context, heads: 4, {weights}).output", multi_head(x, 4, w, context=context)["output"])
    c.code(f"let crossBiased = multiHeadAttention(x, context: context, heads: 2, {weights}, {biases})")
    cb = multi_head(x, 2, w, bias, context=context)
    c.expr("crossBiased.values", cb["values"])
    c.expr("crossBiased.heads[1].weights", cb["heads"][1]["weights"])
    c.expr("crossBiased.output", cb["output"])
    c.expr(f"multiHeadAttention(x, context: context, heads: 2, {weights}, {biases}, mask: .validLength(3), scaled: false).output",
           multi_head(x, 2, w, bias, mask=allowed("validLength", 3, 5, 3), scaled=False, context=context)["output"])
    return lesson


def embeddings_lesson():
    lesson = Lesson(6, "embeddings", "Family: embeddings and positions",
                    "Sinusoidal positional encodings, embedding lookups, logits and next-token distributions "
                    "with untied and tied unembeddings, against NumPy/SciPy.")
    lesson.prose(INTRO)
    p = lesson.block("positions")
    p.expr("positionalEncoding(length: 4, dModel: 6)", positional(4, 6))
    p.expr("positionalEncoding(length: 3, dModel: 5)", positional(3, 5))
    p.expr("positionalEncoding(length: 3, dModel: 4, base: 100)", positional(3, 4, 100.0))
    p.expr("positionalEncoding(length: 50, dModel: 8)[49]", positional(50, 8)[49])
    rng = np.random.default_rng(6)
    e = lesson.block("embeddings")
    table = e.let("table", rounded(rng, (6, 4)))
    hidden = e.let("hidden", rounded(rng, (2, 4)))
    wu = e.let("wu", rounded(rng, (4, 6)))
    e.expr("embed(table, tokens: [3, 0, 5, 3])", table[[3, 0, 5, 3]])
    e.expr("embed(identity(4), tokens: [2, 0, 3])", Exact(np.eye(4)[[2, 0, 3]]))
    e.expr("logits(hidden, unembedding: wu)", hidden @ wu)
    e.expr("logits(hidden, tiedTo: table)", hidden @ table.T)
    e.expr("tokenDistribution(hidden, unembedding: wu)", softmax(hidden @ wu))
    e.expr("tokenDistribution(hidden, unembedding: wu, temperature: 0.5)", softmax(hidden @ wu, 0.5))
    e.expr("tokenDistribution(hidden, tiedTo: table)", softmax(hidden @ table.T))
    e.expr("tokenDistribution(hidden, tiedTo: table, temperature: 2)", softmax(hidden @ table.T, 2))
    e.expr("argmax(logits(hidden, tiedTo: table))", Exact(np.argmax(hidden @ table.T, axis=1)))
    return lesson


def layers_lesson():
    lesson = Lesson(7, "layers", "Family: layers",
                    "LayerNorm and RMSNorm with and without γ and β, the activations on numbers, vectors and "
                    "matrices, the residual connection, and plain and gated feed-forward layers, against NumPy/SciPy.")
    lesson.prose(INTRO)
    rng = np.random.default_rng(7)
    n = lesson.block("normalization")
    x = n.let("x", [[1, 2, 3, 4.5], [-2, 0.5, 0, 6]])
    g = n.let("g", [0.5, 1, 2, -1])
    beta = n.let("beta", [0, 0.1, -0.2, 1])
    n.expr("layerNorm([1, 2, 3, 4])", layer_norm([1, 2, 3, 4])[0])
    n.expr("layerNorm(x)", layer_norm(x))
    n.expr("layerNorm(x, epsilon: 0.1)", layer_norm(x, eps=0.1))
    n.expr("layerNorm(x, gamma: g, beta: beta)", layer_norm(x, g, beta))
    n.expr("layerNorm([1, 2, 3, 4], gamma: g, beta: beta, epsilon: 0.001)", layer_norm([1, 2, 3, 4], g, beta, 0.001)[0])
    n.expr("layerNorm([5, 5, 5, 5])", np.zeros(4))
    n.expr("rmsNorm([1, 2, 3, 4])", rms_norm([1, 2, 3, 4])[0])
    n.expr("rmsNorm(x)", rms_norm(x))
    n.expr("rmsNorm(x, epsilon: 0.5)", rms_norm(x, eps=0.5))
    n.expr("rmsNorm(x, gamma: g)", rms_norm(x, g))
    n.expr("rmsNorm([1, 2, 3, 4], gamma: g, epsilon: 0.01)", rms_norm([1, 2, 3, 4], g, 0.01)[0])
    a = lesson.block("activations")
    points = a.let("points", [-6, -1.5, -0.5, 0, 0.5, 1.5, 6])
    for name, f in ACTIVATIONS.items():
        a.expr(f"{name}(-1.5)", float(f(np.float64(-1.5))))
        a.expr(f"{name}(points)", f(points))
        a.expr(f"{name}(x)", f(x))
    a.expr("residual(x, layerNorm(x))", x + layer_norm(x))
    a.expr("residual(identity(2), ones(rows: 2, columns: 2))", Exact(np.eye(2) + 1))
    f = lesson.block("feed-forward")
    w1 = f.let("w1", rounded(rng, (4, 6), 0.5))
    b1 = f.let("b1", rounded(rng, 6, 0.2))
    w2 = f.let("w2", rounded(rng, (6, 4), 0.5))
    b2 = f.let("b2", rounded(rng, 4, 0.2))
    act = ACTIVATIONS
    f.expr("feedForward(x, w1: w1, w2: w2)", act["gelu"](x @ w1) @ w2)
    for name in ("relu", "gelu", "geluTanh", "swish"):
        f.expr(f"feedForward(x, w1: w1, w2: w2, activation: .{name})", act[name](x @ w1) @ w2)
    f.expr("feedForward(x, w1: w1, b1: b1, w2: w2, b2: b2)", act["gelu"](x @ w1 + b1) @ w2 + b2)
    f.expr("feedForward(x, w1: w1, b1: b1, w2: w2, b2: b2, activation: .relu)", act["relu"](x @ w1 + b1) @ w2 + b2)
    f.expr("feedForward(x, w1: w1, b1: b1, w2: w2, b2: b2, activation: Activation.geluTanh)",
           act["geluTanh"](x @ w1 + b1) @ w2 + b2)
    g = lesson.block("gated")
    gw = g.let("gw", rounded(rng, (4, 6), 0.5))
    gb = g.let("gb", rounded(rng, 6, 0.2))
    gv = g.let("gv", rounded(rng, (4, 6), 0.5))
    gc = g.let("gc", rounded(rng, 6, 0.2))
    g.expr("gatedFeedForward(x, w: gw, v: gv, w2: w2)", (act["swish"](x @ gw) * (x @ gv)) @ w2)
    g.expr("gatedFeedForward(x, w: gw, v: gv, w2: w2, activation: .gelu)", (act["gelu"](x @ gw) * (x @ gv)) @ w2)
    g.expr("gatedFeedForward(x, w: gw, v: gv, w2: w2, activation: .relu)", (act["relu"](x @ gw) * (x @ gv)) @ w2)
    g.expr("gatedFeedForward(x, w: gw, b: gb, v: gv, c: gc, w2: w2, b2: b2)",
           (act["swish"](x @ gw + gb) * (x @ gv + gc)) @ w2 + b2)
    g.expr("gatedFeedForward(x, w: gw, b: gb, v: gv, c: gc, w2: w2, b2: b2, activation: .geluTanh)",
           (act["geluTanh"](x @ gw + gb) * (x @ gv + gc)) @ w2 + b2)
    return lesson


def model_call(name, vocabulary, context, d, layers, heads, d_head, d_ff, kv_heads=None, **options):
    """`Model(name: …)` and the Config it stands for (options: biases, tiedEmbeddings, norm, position, mlp)."""
    code = f"Model(name: {json.dumps(name)}, vocabulary: {vocabulary}, context: {context}, dModel: {d}, layers: {layers}, heads: {heads}, "
    if kv_heads is not None:
        code += f"kvHeads: {kv_heads}, "
    code += f"dHead: {d_head}, dFF: {d_ff}"
    for key, value in options.items():
        code += f", {key}: " + (str(value).lower() if isinstance(value, bool) else "." + value)
    config = Config(name, vocabulary, context, d, layers, heads, d_head, d_ff, kv_heads=kv_heads,
                    biases=options.get("biases", True), tied=options.get("tiedEmbeddings", True),
                    norm=options.get("norm", "layerNorm"), position=options.get("position", "learned"),
                    mlp=options.get("mlp", "gelu"))
    return code + ")", config


def table_display(c, accounting):
    """What parameterTable shows: a row per component (its dimensions not checked), then the total."""
    entries = components(c, accounting)
    n = total(c, accounting)
    rows = []
    for name, count, _, tied in entries:
        title = TITLES[name] + (" (tied to token embedding)" if tied else "")
        rows.append([{"text": title}, None, {"integer": count}, {"percent": count / n if n else 0.0}])
    rows.append([{"text": "Total"}, {"text": ""}, {"integer": n}, {"percent": 1.0 if n else 0.0}])
    return {"kind": "table", "columns": ["component", "dimensions", "count", "share"], "rows": rows}


def models_lesson():
    lesson = Lesson(8, "models", "Family: models",
                    "Models of one's own and the presets: parameter counts by an independent count that gives the "
                    "published totals, parameter tables, counts and shares of every component, FLOPs and memory.")
    lesson.prose(INTRO + " The counts come from an independent Python count (the papers' conventions), which "
                 "reproduces the published totals: GPT-2 small `{swift} Model.gpt2Small.parameters => 124,439,808`, "
                 "BERT-base `{swift} Model.bertBase.parameters => 109,482,240`, Llama 2 7B "
                 "`{swift} Model.llama2_7B.parameters => 6,738,415,616`, and GPT-3's weight matrices "
                 "`{swift} Model.gpt3.weightParameters => 175,181,291,520`, of which one MLP matrix holds "
                 "`{swift} parameterShare(Model.gpt3, of: .mlpUpWeight, accounting: .weightsOnly) => 33.098%`; "
                 "training GPT-3 on 300B tokens takes "
                 "`{swift} trainingFLOPs(Model.gpt3, tokens: 300_000_000_000) => 3.14e23` FLOPs (Brown et al. 2020, Table D.1).")
    b = lesson.block("own-models")
    models = {}
    specs = [
        ("tiny", ("tiny", 1000, 128, 64, 2, 4, 16, 256), {}),
        ("gqa", ("gqa", 32000, 4096, 4096, 32, 32, 128, 11008),
         dict(kv_heads=8, biases=False, tiedEmbeddings=False, norm="rmsNorm", position="rotary", mlp="swiGLU")),
        ("encoder", ("encoder", 500, 64, 32, 3, 4, 8, 128),
         dict(tiedEmbeddings=False, norm="layerNorm", position="sinusoidal", mlp="relu")),
        ("gated", ("gated", 300, 16, 24, 2, 3, 8, 40), dict(kv_heads=1, norm="rmsNorm", position="none", mlp="swiGLU")),
        ("odd", ("odd", 7, 3, 3, 1, 1, 3, 5), dict(biases=False, norm="rmsNorm", position="learned", mlp="gelu")),
    ]
    for var, args, options in specs:
        code, config = model_call(*args, **options)
        b.code(f"let {var} = {code}")
        models[var] = config
    for var, c in models.items():
        b.expr(f"{var}.parameters", total(c))
        b.expr(f"{var}.weightParameters", total(c, "weightsOnly"))
        b.expr(f"{var}.nonEmbeddingParameters", non_embedding(c))
        b.expr(f"{var}.parametersPerLayer", per_layer(c))
    assert total(models["odd"]) % 2 == 1, total(models["odd"])
    p = lesson.block("presets")
    for var, c in PRESETS.items():
        p.expr(f"Model.{var}.parameters", total(c))
        p.expr(f"Model.{var}.weightParameters", total(c, "weightsOnly"))
    for var in ("gpt2Small", "bertBase", "llama2_7B", "gpt3"):
        p.expr(f"Model.{var}.nonEmbeddingParameters", non_embedding(PRESETS[var]))
        p.expr(f"Model.{var}.parametersPerLayer", per_layer(PRESETS[var]))
    t = lesson.block("tables")
    for code, config, accounting in [
        ("parameterTable(Model.gpt2Small)", PRESETS["gpt2Small"], "architecture"),
        ("parameterTable(Model.bertBase, accounting: .architecture)", PRESETS["bertBase"], "architecture"),
        ("parameterTable(Model.gpt3, accounting: .weightsOnly)", PRESETS["gpt3"], "weightsOnly"),
        ("parameterTable(gqa)", models["gqa"], "architecture"),
        ("parameterTable(gated, accounting: Accounting.weightsOnly)", models["gated"], "weightsOnly"),
    ]:
        lesson.display(t, code, table_display(config, accounting))
    # every component, on a model that has it, under both accountings; and some that a model lacks or ties
    c = lesson.block("components")
    holders = ["bertBase", "gpt2Small", "llama2_7B"]
    for component in TITLES:
        where = next((m for m in holders if count_of(PRESETS[m], component)), None)
        config, name = (PRESETS[where], f"Model.{where}") if where else (models["gated"], "gated")
        assert count_of(config, component) > 0 or component == "unembedding", component
        c.expr(f"parameterCount({name}, of: .{component})", count_of(config, component))
    for code, config, component, accounting in [
        ("Model.gpt3, of: .mlpUpWeight, accounting: .weightsOnly", PRESETS["gpt3"], "mlpUpWeight", "weightsOnly"),
        ("Model.gpt2Small, of: .unembedding", PRESETS["gpt2Small"], "unembedding", "architecture"),
        ("Model.gpt2Small, of: .unembedding, accounting: .weightsOnly", PRESETS["gpt2Small"], "unembedding", "weightsOnly"),
        ("Model.gpt2Small, of: .queryBias, accounting: .weightsOnly", PRESETS["gpt2Small"], "queryBias", "weightsOnly"),
        ("Model.llama2_7B, of: .positionEmbedding", PRESETS["llama2_7B"], "positionEmbedding", "architecture"),
        ("gqa, of: .keyWeight", models["gqa"], "keyWeight", "architecture"),
    ]:
        c.expr(f"parameterCount({code})", count_of(config, component, accounting))
    for code, config, component, accounting in [
        ("Model.gpt3, of: .mlpUpWeight, accounting: .weightsOnly", PRESETS["gpt3"], "mlpUpWeight", "weightsOnly"),
        ("Model.gpt2Small, of: .tokenEmbedding", PRESETS["gpt2Small"], "tokenEmbedding", "architecture"),
        ("Model.gpt2Small, of: .unembedding", PRESETS["gpt2Small"], "unembedding", "architecture"),
        ("Model.bertBase, of: .poolerWeight, accounting: .architecture", PRESETS["bertBase"], "poolerWeight", "architecture"),
        ("gated, of: .mlpGateWeight, accounting: .weightsOnly", models["gated"], "mlpGateWeight", "weightsOnly"),
    ]:
        c.expr(f"parameterShare({code})", count_of(config, component, accounting) / total(config, accounting))
    f = lesson.block("compute-and-memory")
    for var in ("gpt2Small", "gpt3", "llama2_7B"):
        f.expr(f"forwardFLOPs(Model.{var})", forward_flops(PRESETS[var]))
    f.expr("forwardFLOPs(gqa)", forward_flops(models["gqa"]))
    f.expr("forwardFLOPs(Model.gpt2Small, context: 512)", forward_flops(PRESETS["gpt2Small"], 512))
    f.expr("forwardFLOPs(tiny, context: 0)", forward_flops(models["tiny"], 0))
    f.expr("trainingFLOPs(Model.gpt3, tokens: 300_000_000_000)", float(6 * total(PRESETS["gpt3"]) * 300_000_000_000))
    f.expr("trainingFLOPs(tiny, tokens: 1_000_000)", float(6 * total(models["tiny"]) * 1_000_000))
    f.expr("trainingFLOPs(Model.llama2_7B, tokens: 2_000_000_000_000)", float(6 * total(PRESETS["llama2_7B"]) * 2 * 10 ** 12))
    llama = PRESETS["llama2_7B"]
    f.expr("kvCacheBytes(Model.llama2_7B, precision: .fp16)", kv_cache_bytes(llama, "fp16"))
    f.expr("kvCacheBytes(Model.llama2_7B, precision: .fp32, batch: 4)", kv_cache_bytes(llama, "fp32", batch=4))
    f.expr("kvCacheBytes(Model.llama2_7B, precision: .int4, context: 2048)", kv_cache_bytes(llama, "int4", 2048))
    f.expr("kvCacheBytes(gqa, precision: .bf16, context: 1000, batch: 3)", kv_cache_bytes(models["gqa"], "bf16", 1000, 3))
    f.expr("kvCacheBytes(odd, precision: .int4, context: 1)", kv_cache_bytes(models["odd"], "int4", 1))
    f.expr("kvCacheBytes(tiny, precision: .int8)", kv_cache_bytes(models["tiny"], "int8"))
    assert kv_cache_bytes(llama, "fp16") == 2 * 1024 ** 3  # 2 GiB at 4096 tokens
    for precision in BITS:
        f.expr(f"weightBytes(Model.llama2_7B, precision: .{precision})", weight_bytes(llama, precision))
    f.expr("weightBytes(odd, precision: .int4)", weight_bytes(models["odd"], "int4"))
    f.expr("weightBytes(Model.gpt3, precision: .bf16)", weight_bytes(PRESETS["gpt3"], "bf16"))
    return lesson


def series(names, rows):
    return [{"name": name, "values": [float(v) for v in row]} for name, row in zip(names, rows)]


def figures_lesson():
    lesson = Lesson(9, "figures-and-tables", "Family: figures and tables",
                    "Heatmaps, bars and lines of computed values, and labelled tables, with every way of labelling "
                    "them; the values they show are checked here and in FamilyLessonTests.")
    lesson.prose(INTRO + " A figure has no result comment: the values each one shows are written as results "
                 "first, and FamilyLessonTests compares every figure and table with "
                 "`09-figures-and-tables.displays.json`, written by the same script.")
    z = np.array([2.0, 1.0, 0.0])
    temps = [0.5, 1.0, 2.0]
    by_t = np.array([softmax(z, t) for t in temps])
    h = lesson.block("heatmaps")
    h.code("let z: Vector = [2, 1, 0]")
    h.code("let byTemperature = [softmax(z, temperature: 0.5), softmax(z, temperature: 1), softmax(z, temperature: 2)]")
    h.expr("byTemperature", by_t)
    lesson.display(h, 'heatmap(byTemperature, rows: ["T=0.5", "T=1", "T=2"], columns: ["a", "b", "c"], title: "softmax(z / T)")',
                   {"kind": "heatmap", "title": "softmax(z / T)", "rows": ["T=0.5", "T=1", "T=2"],
                    "columns": ["a", "b", "c"], "values": by_t.tolist()})
    rng = np.random.default_rng(9)
    q = h.let("q", rounded(rng, (3, 2)))
    weights = attention(q, q, q, allowed("causal", 3, 3))["weights"]
    h.expr("attention(q: q, k: q, v: q, mask: .causal).weights", weights)
    lesson.display(h, "heatmap(attention(q: q, k: q, v: q, mask: .causal).weights)",
                   {"kind": "heatmap", "title": "", "rows": ["0", "1", "2"], "columns": ["0", "1", "2"],
                    "values": weights.tolist()})
    lesson.display(h, 'heatmap(attention(q: q, k: q, v: q, mask: .causal).weights, title: "weights on [0, 1]", scale: [0, 1])',
                   {"kind": "heatmap", "title": "weights on [0, 1]", "rows": ["0", "1", "2"], "columns": ["0", "1", "2"],
                    "values": weights.tolist(), "scale": [0.0, 1.0]})
    lesson.display(h, 'heatmap([[1, -2.5]], rows: ["only"], title: "one row")',
                   {"kind": "heatmap", "title": "one row", "rows": ["only"], "columns": ["0", "1"], "values": [[1.0, -2.5]]})
    b = lesson.block("bars")
    b.expr("softmax(z)", softmax(z))
    lesson.display(b, "bars(softmax(z))", {"kind": "bars", "title": "", "categories": ["0", "1", "2"],
                                           "series": series([""], [softmax(z)]), "xLabel": "", "yLabel": ""})
    lesson.display(b, 'bars(softmax(z, temperature: 2), categories: ["a", "b", "c"], title: "T = 2", yLabel: "p")',
                   {"kind": "bars", "title": "T = 2", "categories": ["a", "b", "c"],
                    "series": series([""], [softmax(z, 2)]), "xLabel": "", "yLabel": "p"})
    lesson.display(b, 'bars(byTemperature, labels: ["T=0.5", "T=1", "T=2"], categories: ["a", "b", "c"], '
                      'title: "softmax by temperature", xLabel: "token", yLabel: "probability")',
                   {"kind": "bars", "title": "softmax by temperature", "categories": ["a", "b", "c"],
                    "series": series(["T=0.5", "T=1", "T=2"], by_t), "xLabel": "token", "yLabel": "probability"})
    lesson.display(b, "bars(byTemperature)", {"kind": "bars", "title": "", "categories": ["0", "1", "2"],
                                              "series": series(["row 0", "row 1", "row 2"], by_t), "xLabel": "", "yLabel": ""})
    ln = lesson.block("lines")
    ts = [0.25, 0.5, 1.0, 2.0, 4.0]
    entropies = np.array([entropy(softmax(z, t)) for t in ts])
    ln.code("let entropies = [" + ", ".join(f"entropy(logits: z, temperature: {literal_number(t)})" for t in ts) + "]")
    ln.expr("entropies", entropies)
    lesson.display(ln, "lines(y: entropies)", {"kind": "lines", "title": "", "x": [0.0, 1.0, 2.0, 3.0, 4.0],
                                               "series": series([""], [entropies]), "xLabel": "", "yLabel": ""})
    lesson.display(ln, 'lines(x: [0.25, 0.5, 1, 2, 4], y: entropies, title: "entropy", xLabel: "temperature", yLabel: "nats")',
                   {"kind": "lines", "title": "entropy", "x": ts, "series": series([""], [entropies]),
                    "xLabel": "temperature", "yLabel": "nats"})
    lesson.display(ln, 'lines(x: [0.5, 1, 2], y: byTemperature, labels: ["a", "b", "c"])',
                   {"kind": "lines", "title": "", "x": temps, "series": series(["a", "b", "c"], by_t.T),
                    "xLabel": "", "yLabel": ""})
    pe = positional(2, 4)
    ln.expr("positionalEncoding(length: 2, dModel: 4)", pe)
    lesson.display(ln, "lines(x: [0, 1, 2, 3], y: positionalEncoding(length: 2, dModel: 4))",
                   {"kind": "lines", "title": "", "x": [0.0, 1.0, 2.0, 3.0], "series": series(["row 0", "row 1"], pe),
                    "xLabel": "", "yLabel": ""})
    lesson.display(ln, "lines(y: byTemperature)",
                   {"kind": "lines", "title": "", "x": [0.0, 1.0, 2.0],
                    "series": series(["column 0", "column 1", "column 2"], by_t.T), "xLabel": "", "yLabel": ""})
    t = lesson.block("tables")

    def cells(matrix, labels=None):
        return [([{"text": labels[i]}] if labels is not None else []) + [{"real": float(x)} for x in row]
                for i, row in enumerate(np.atleast_2d(matrix))]

    lesson.display(t, "table(softmax(z))", {"kind": "table", "columns": ["", "value"],
                                            "rows": cells(softmax(z)[:, None], ["0", "1", "2"])})
    lesson.display(t, 'table(byTemperature, rows: ["T=0.5", "T=1", "T=2"], columns: ["a", "b", "c"])',
                   {"kind": "table", "columns": ["", "a", "b", "c"], "rows": cells(by_t, ["T=0.5", "T=1", "T=2"])})
    lesson.display(t, 'table(byTemperature, rows: ["T=0.5", "T=1", "T=2"], columns: ["T", "a", "b", "c"])',
                   {"kind": "table", "columns": ["T", "a", "b", "c"], "rows": cells(by_t, ["T=0.5", "T=1", "T=2"])})
    lesson.display(t, "table(byTemperature)", {"kind": "table", "columns": ["", "0", "1", "2"],
                                               "rows": cells(by_t, ["0", "1", "2"])})
    lesson.display(t, 'table(columns: ["T", "max p"], values: [[0.5, 1, 2], [max(byTemperature[0]), max(byTemperature[1]), max(byTemperature[2])]])',
                   {"kind": "table", "columns": ["T", "max p"],
                    "rows": cells(np.array([temps, by_t.max(axis=1)]).T)})
    lesson.display(t, 'table(rows: ["a", "b", "c"], columns: ["token", "T=0.5", "T=2"], values: [byTemperature[0], byTemperature[2]])',
                   {"kind": "table", "columns": ["token", "T=0.5", "T=2"],
                    "rows": cells(np.array([by_t[0], by_t[2]]).T, ["a", "b", "c"])})
    lesson.display(t, 'table(columns: ["H (nats)"], values: entropies)',
                   {"kind": "table", "columns": ["H (nats)"], "rows": cells(entropies[:, None])})
    return lesson


def operators_lesson():
    lesson = Lesson(10, "operators-and-members", "Family: operators and members",
                    "The arithmetic, comparison and logical operators, subscripts, and the members of vectors, "
                    "matrices, shapes, lists and models, against NumPy and the published model dimensions.")
    lesson.prose(INTRO + " Members of attention results, QR factors and orthogonality deviations are read in "
                 "their families' lessons; the `Model` dimensions here are those of the papers.")
    o = lesson.block("arithmetic")
    a = o.let("a", [[1.5, -2], [0.25, 3]])
    b = o.let("b", [[0.5, 1], [-1, 2.5]])
    u = o.let("u", [1, -2, 0.5])
    o.expr("a + b", a + b)
    o.expr("a - b", a - b)
    o.expr("u + [0.5, 0.5, 0.5]", u + 0.5)
    o.expr("u - [1, 1, 1]", u - 1)
    o.expr("a + [10, 20]", a + [10, 20])
    o.expr("a - [1, 2]", a - [1, 2])
    o.expr("a * b", a @ b)
    o.expr("[1, 2] * a", np.array([1, 2]) @ a)
    o.expr("a * [1, 2]", a @ np.array([1, 2]))
    o.expr("2 * a", 2 * a)
    o.expr("a * 0.5", a * 0.5)
    o.expr("a / 4", a / 4)
    o.expr("u / 2", u / 2)
    o.expr("3 * u", 3 * u)
    o.expr("a ⊙ b", a * b)
    o.expr("u ⊙ u", u * u)
    o.expr("-a", -a)
    o.expr("-u", -u)
    o.expr("-2.5", -2.5)
    o.expr("7.0 / 2", 3.5)
    o.expr("8 / 2", 4)
    o.expr("7 % 3", 7 % 3)
    o.expr("-7 % 3", int(math.fmod(-7, 3)))  # Swift's % truncates: the sign of the dividend (Python's % floors)
    o.expr("7 % -3", int(math.fmod(7, -3)))
    o.expr("12 % 4", 0)
    o.expr("12 * 1_000_000", 12_000_000)
    o.expr("0x1F + 1", 32)
    o.expr("2 - 5", -3)
    o.expr("0.1 + 0.2", 0.1 + 0.2)
    c = lesson.block("comparisons-and-subscripts")
    c.code("#expect(2 > 1)")
    c.code("#expect(1 < 2.5)")
    c.code("#expect(2 >= 2 && 1 <= 1)")
    c.code("#expect(1 == 1 && 1 != 2)")
    c.code("#expect(true || false)")
    c.code("#expect(!(1 > 2))")
    c.code("#expect(softmax([2, 1, 0]) ≈ [0.665, 0.245, 0.090])")
    c.code("#expect(a * identity(2) ≈ a)")
    c.code('#expect(["The", "car"][1] == "car")')
    c.expr("u[1]", -2.0)
    c.expr("a[1]", a[1])
    c.expr("a[0, 1]", -2.0)
    c.expr("a[1, 1] * u[2]", 1.5)
    m = lesson.block("members")
    m.expr("a.T", a.T)
    m.expr("[[1, 2, 3]].T", Exact([[1], [2], [3]]))
    m.expr("a.rows", 2)
    m.expr("a.columns", 2)
    m.expr("ones(rows: 2, columns: 5).shape.rows", 2)
    m.expr("ones(rows: 2, columns: 5).shape.columns", 5)
    m.expr("u.count", 3)
    m.expr("u.shape.count", 3)
    m.expr('"red".count', 3)
    m.expr('["The", "car", "is", "red"].count', 4)
    m.expr("splitHeads(identity(4), count: 2).count", 2)
    m.code("#expect(identity(4).shape == ones(rows: 4, columns: 4).shape)")
    d = lesson.block("model-members")
    for var in ("gpt3XL", "llama2_7B", "bertBase"):
        c3 = PRESETS[var]
        for member, value in (("vocabulary", c3.vocabulary), ("context", c3.context), ("dModel", c3.d),
                              ("layers", c3.layers), ("heads", c3.heads), ("kvHeads", c3.kv_heads),
                              ("dHead", c3.d_head), ("dFF", c3.d_ff), ("tokenTypes", c3.token_types)):
            d.expr(f"Model.{var}.{member}", value)
    d.code('#expect(Model.gpt3XL.name == "GPT-3 XL")')
    d.code('#expect(Model.gpt3XL.source == "Brown et al. 2020, Table 2.1")')
    d.code("#expect(Model.gpt3XL.findings.count == 1)")
    d.code("#expect(Model.gpt3_13B.findings.count == 1)")
    d.code("#expect(Model.gpt3.findings.count == 0)")
    d.code("#expect(Model.gpt2Small.attentionBiases && Model.gpt2Small.mlpBiases && Model.gpt2Small.tiedEmbeddings)")
    d.code("#expect(!Model.llama2_7B.attentionBiases && !Model.llama2_7B.mlpBiases && !Model.llama2_7B.tiedEmbeddings)")
    d.code("#expect(Model.bertBase.embeddingNorm && Model.bertBase.pooler && !Model.bertBase.finalNorm)")
    d.code("#expect(Model.llama2_7B.finalNorm && !Model.llama2_7B.pooler && !Model.llama2_7B.embeddingNorm)")
    d.code("#expect(Model.llama2_7B.norm == NormKind.rmsNorm && Model.gpt2Small.norm == NormKind.layerNorm)")
    d.code("#expect(Model.llama2_7B.position == PositionKind.rotary && Model.bertBase.position == PositionKind.learned)")
    d.code("#expect(Model.llama2_7B.mlp == MLPKind.swiGLU && Model.gpt3.mlp == MLPKind.gelu)")
    d.expr("Model.gpt3XL.heads * Model.gpt3XL.dHead - Model.gpt3XL.dModel", 24 * 128 - 2048)
    return lesson


def sampling_lesson():
    lesson = Lesson(11, "sampling-and-loss", "Family: sampling and loss",
                    "argsort, cumulativeSum, top-k and top-p truncation, seeded sampling, cross-entropy from "
                    "probabilities and from logits, and one-hot vectors, against NumPy.")
    lesson.prose(INTRO + " The seeded draws come from reference.py's re-implementation of SplitMix64 (inverse CDF "
                 "on its uniforms); indices are exact.")
    o = lesson.block("orderings")
    p = o.let("p", [0.1, 0.4, 0.2, 0.3])
    x = o.let("x", [3, -1, 3, 0, -1, 2.5])
    o.expr("argsort(p)", Exact(reference.stable_order(p)))
    o.expr("argsort(p, descending: true)", Exact(reference.stable_order(p, True)))
    o.expr("argsort(x)", Exact(reference.stable_order(x)))
    o.expr("argsort(x, descending: false)", Exact(reference.stable_order(x)))
    o.expr("argsort(x, descending: true)", Exact(reference.stable_order(x, True)))
    o.expr("cumulativeSum(p)", np.cumsum(p))
    o.expr("cumulativeSum(x)", np.cumsum(x))
    o.expr("cumulativeSum([0.5, 0.25, 0.125, 0.125])", np.cumsum([0.5, 0.25, 0.125, 0.125]))
    t = lesson.block("truncation")
    q = t.let("q", softmax([2.5, 0.5, 1.5, -1, 2, 0]))
    for k in (1, 2, 3, 6):
        t.expr(f"topK(q, k: {k})", reference.top_k(q, k))
    t.expr("topK([0.1, 0.4, 0.2, 0.3], k: 2)", reference.top_k(p, 2))
    for threshold in (0.3, 0.6, 0.9, 1):
        t.expr(f"topP(q, p: {threshold})", reference.top_p(q, threshold))
    t.expr("topP([0.25, 0.25, 0.25, 0.25], p: 0.5)", reference.top_p([0.25] * 4, 0.5))
    d = lesson.block("sampling")
    for seed in (0, 7, 42):
        d.expr(f"sample(p, seed: {seed})", reference.draws(p, 1, seed)[0])
    d.expr("sample(p, count: 10, seed: 7)", Exact(reference.draws(p, 10, 7)))
    d.expr("sample(topK(q, k: 2), count: 8, seed: 1)", Exact(reference.draws(reference.top_k(q, 2), 8, 1)))
    d.expr("sample(topP(q, p: 0.9), count: 8, seed: 2024)", Exact(reference.draws(reference.top_p(q, 0.9), 8, 2024)))
    c = lesson.block("cross-entropy")
    c.expr("crossEntropy(p, target: 1)", -math.log(0.4))
    c.expr("crossEntropy([0.7, 0.2, 0.1], target: 0)", -math.log(0.7))
    c.expr("crossEntropy(q, target: 3)", float(-np.log(q[3])))
    z = c.let("z", [2.5, 0.5, 1.5, -1, 2, 0])
    c.expr("crossEntropy(logits: z, target: 3)", float(-log_softmax(z)[3]))
    c.expr("crossEntropy(logits: [1000, 999, 998], target: 2)", float(-log_softmax([1000, 999, 998])[2]))
    c.expr("crossEntropy(logits: [-800, 0], target: 0)", float(-log_softmax([-800, 0])[0]))
    logits = c.let("logits", [[2, 1, 0], [0.5, -1.25, 3], [-2, 4, 4]])
    targets = [0, 2, 1]
    c.code("let targets: Vector = [0, 2, 1]")
    c.expr("crossEntropy(logits: logits, targets: targets)",
           float(np.mean(-log_softmax(logits)[np.arange(3), targets])))
    c.expr("crossEntropy(softmax(logits), targets: targets)",
           float(np.mean(-np.log(softmax(logits)[np.arange(3), targets]))))
    c.expr("oneHot(2, count: 4)", Exact(np.eye(4)[2]))
    c.expr("oneHot(0, count: 1)", Exact(np.eye(1)[0]))
    c.expr("dot(oneHot(1, count: 4), p)", 0.4)
    return lesson


def main():
    FOLDER.mkdir(parents=True, exist_ok=True)
    for make in (numbers_lesson, softmax_lesson, matrices_lesson, geometry_lesson, attention_lesson,
                 embeddings_lesson, layers_lesson, models_lesson, figures_lesson, operators_lesson, sampling_lesson):
        make().write()


if __name__ == "__main__":
    main()
