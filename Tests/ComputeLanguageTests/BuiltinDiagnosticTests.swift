import Testing
@testable import ComputeLanguage

@Suite("Diagnostics of the builtins, members and operators")
struct BuiltinDiagnosticTests {
    private static let qkv = "let q = identity(2)\n"

    @Test("wrong labels name both selectors, and the note shows the expected signature")
    func testWrongLabels() throws {
        let attention = try #require(Compute.onlyError(Self.qkv + "attention(query: q, k: q, v: q)"))
        #expect(attention.message == "incorrect argument labels in call (have 'attention(query:k:v:)', expected 'attention(q:k:v:mask:scaled:)')")
        #expect(attention.notes.map(\.message) == [
            "expected attention(q: Matrix, k: Matrix, v: Matrix, mask: AttentionMask = .none, scaled: Bool = true) -> AttentionResult",
        ])
        // The caret is under the first argument whose label is wrong.
        #expect(Compute.place(attention) == [2, 11])
        let encoding = try #require(Compute.onlyError("positionalEncoding(length: 4, d: 8)"))
        #expect(encoding.message == "incorrect argument labels in call (have 'positionalEncoding(length:d:)', expected 'positionalEncoding(length:dModel:base:)')")
        #expect(encoding.notes.map(\.message) == ["expected positionalEncoding(length: Int, dModel: Int, base: Double = 10000) -> Matrix"])
        #expect(Compute.place(encoding) == [1, 31])
        let entropy = try #require(Compute.onlyError("entropy(p: [1])"))
        #expect(entropy.notes.count == 2)
        #expect(entropy.notes.first?.message == "expected entropy(_ probabilities: Vector, unit: InformationUnit = .nats) -> Double")
        let layer = try #require(Compute.onlyError("layerNorm([1, 2], gama: [1, 1], beta: [0, 0])"))
        #expect(layer.message.hasPrefix("incorrect argument labels in call (have 'layerNorm(_:gama:beta:)'"))
        let mask = try #require(Compute.onlyError("maskMatrix(.padding(keys: [true]), queries: 1, keys: 1)"))
        #expect(mask.message == "incorrect argument labels in call (have 'padding(keys:)', expected 'padding(_:)')")
        #expect(mask.notes.map(\.message) == ["expected padding(_ keys: Vector) -> AttentionMask"])
    }

    @Test("unknown members, of values and of types, suggest the nearest member", arguments: [
        (Self.qkv + "let r = attention(q: q, k: q, v: q)\nr.weight", "value of type 'AttentionResult' has no member 'weight'", "weights", [3, 3]),
        ("Model.gpt3.parameter", "value of type 'Model' has no member 'parameter'", "parameters", [1, 12]),
        ("Model.gpt4", "type 'Model' has no member 'gpt4'", "gpt3", [1, 7]),
        ("identity(2).shap", "value of type 'Matrix' has no member 'shap'", "shape", [1, 13]),
        ("maskMatrix(.casual, queries: 2, keys: 2)", "type 'AttentionMask' has no member 'casual'", "causal", [1, 13]),
        ("entropy([0.5, 0.5], unit: .bit)", "type 'InformationUnit' has no member 'bit'", "bits", [1, 28]),
        ("Modl.gpt3", "cannot find 'Modl' in scope", "Model", [1, 1]),
        ("splitHeads(identity(2), count: 2).cont", "value of type '[Matrix]' has no member 'cont'", "count", [1, 35]),
    ])
    func testUnknownMembers(code: String, message: String, suggestion: String, place: [Int]) throws {
        let error = try #require(Compute.onlyError(code))
        #expect(error.message == message)
        #expect(error.notes.map(\.message) == ["did you mean '\(suggestion)'?"])
        #expect(Compute.place(error) == place)
    }

    @Test("wrong types, members without a type, and types without a member", arguments: [
        ErrorCase("attention(q: [1, 2], k: identity(2), v: identity(2))", "cannot convert value of type 'Vector' to expected argument type 'Matrix'", 1, 14),
        ErrorCase("parameterTable(3)", "cannot convert value of type 'Int' to expected argument type 'Model'", 1, 16),
        ErrorCase("parameterTable(Model.gpt3, accounting: .bits)", "type 'Accounting' has no member 'bits'", 1, 41),
        ErrorCase("maskMatrix([true, false], queries: 1, keys: 2)", "cannot convert value of type 'Vector' to expected argument type 'AttentionMask'", 1, 12),
        ErrorCase("entropy([1], unit: 2)", "cannot convert value of type 'Int' to expected argument type 'InformationUnit'", 1, 20),
        ErrorCase(".causal", "cannot infer contextual base in reference to member 'causal'", 1, 1),
        ErrorCase("softmax(.causal)", "cannot infer contextual base in reference to member 'causal'", 1, 9),
        ErrorCase("Model", "expected member name or constructor call after type name", 1, 1),
        ErrorCase("maskMatrix(.padding, queries: 1, keys: 1)", "member 'padding' must be called with arguments", 1, 13),
        ErrorCase("maskMatrix(.causal(1), queries: 1, keys: 1)", "cannot call value of non-function type 'AttentionMask'", 1, 12),
        ErrorCase("identity(2).rows(1)", "cannot call value of non-function type 'Int'", 1, 1),
    ])
    func testTypes(error: ErrorCase) {
        error.check()
    }

    @Test("shape mismatches name both shapes", arguments: [
        ErrorCase("[[1, 2]] ⊙ [[1], [2]]", "'⊙' needs operands of one shape, got Matrix 1×2 and Matrix 2×1", 1, 10),
        ErrorCase("[1, 2] ⊙ [1, 2, 3]", "'⊙' needs operands of one shape, got Vector of 2 and Vector of 3", 1, 8),
        ErrorCase(
            "[[1, 2, 3]] + [1, 2]",
            "'+' of a matrix and a vector adds the vector to every row, so it needs one entry per column, got Matrix 1×3 and Vector of 2", 1, 13),
        ErrorCase("[1, 2] * [[1, 2, 3]]", "matrix product of shapes 1×2 and 1×3 is undefined", 1, 8),
        ErrorCase("[[1, 2, 3]] * [1, 2]", "matrix product of shapes 1×3 and 2×1 is undefined", 1, 13),
        ErrorCase(
            "attention(q: identity(2), k: identity(3), v: identity(3))",
            "attention scores QKᵀ (Q and K need the same d_k) of shapes 2×2 and 3×3 is undefined", 1, 1),
        ErrorCase("dot([1, 2], [1])", "dot product of shapes 1×2 and 1×1 is undefined", 1, 1),
        ErrorCase("cosine([1, 2], [1, 2, 3])", "cosine similarity of shapes 1×2 and 1×3 is undefined", 1, 1),
        ErrorCase("layerNorm([[1, 2]], gamma: [1], beta: [0, 0])", "layerNorm: normalization gamma (one entry per column) of shapes 1×2 and 1×1 is undefined", 1, 1),
        ErrorCase(
            "maskMatrix([[1, 0]], queries: 2, keys: 2)", "maskMatrix: explicit attention mask of shapes 1×2 and 2×2 is undefined", 1, 1),
    ])
    func testShapes(error: ErrorCase) {
        error.check()
    }

    @Test("domain errors name the bad value", arguments: [
        ErrorCase("maskMatrix(.padding([1, 0.5]), queries: 1, keys: 2)", "padding: a mask entry must be 0 or 1 (false or true), got 0.5", 1, 12),
        ErrorCase("gaussian(rows: 2, columns: 2, seed: -1)", "gaussian: seed must be at least 0, got -1", 1, 37),
        ErrorCase("embed(identity(2), tokens: [0, 2])", "embed: token id at position 1 must be in 0..<2 (the vocabulary size), got 2", 1, 28),
        ErrorCase("embed(identity(2), tokens: [0.5])", "embed: token id at position 0 must be a whole number, got 0.5", 1, 28),
        ErrorCase("rowSlice(identity(2), from: 2, to: 1)", "rowSlice: the end of the rows range must be at least its start 2, got 1", 1, 1),
        ErrorCase("mean([])", "mean needs at least one element", 1, 1),
        ErrorCase(
            "multiHeadAttention(identity(4), heads: 3, wq: identity(4), wk: identity(4), wv: identity(4), wo: identity(4))",
            "multiHeadAttention: head count must be a positive divisor of d_model = 4, got 3", 1, 40),
    ])
    func testDomains(error: ErrorCase) {
        error.check()
    }

    @Test("'.*' gets a fix-it to '⊙'; '*' of two vectors points to '⊙' and dot(_:_:)")
    func testElementwiseHints() throws {
        let dotStar = try #require(Compute.onlyError("[1, 2] .* [3, 4]"))
        #expect(dotStar.message == "operator '.*' is not supported in swift-compute; the element-wise product is '⊙'")
        #expect(dotStar.fixIts.map(\.replacement) == ["⊙"])
        #expect(dotStar.fixIts.map(\.range) == [7..<9])
        let star = try #require(Compute.onlyError("[1, 2] * [3, 4]"))
        #expect(star.notes.map(\.message) == ["use '⊙' for the element-wise product, or dot(_:_:) for the dot product"])
        let scale = try #require(Compute.onlyError("[1, 2] ⊙ 2"))
        #expect(scale.message == "binary operator '⊙' cannot be applied to operands of type 'Vector' and 'Int'")
        #expect(scale.notes.map(\.message) == ["use '*' to scale by a number; '⊙' multiplies vectors or matrices of one shape"])
    }

    @Test("sizes are refused before anything is allocated", arguments: [
        "identity(100_000)", "zeros(rows: 100_000, columns: 100_000)", "gaussian(rows: 9223372036854775807, columns: 2, seed: 1)",
        "positionalEncoding(length: 1_000_000, dModel: 512)", "randomOrthogonal(size: 5000, seed: 1)",
        "maskMatrix(.causal, queries: 100_000, keys: 100_000)", "reshape([1], rows: 100_000, columns: 100_000)",
    ])
    func testSizeLimits(code: String) throws {
        let error = try #require(Compute.onlyError(code))
        #expect(error.message.hasPrefix("a value of "))
        #expect(error.message.hasSuffix(" elements exceeds the limit of 1000000 elements per value"))
    }

    @Test("work is charged before a costly builtin runs")
    func testWorkLimit() throws {
        let limits = Limits(maxElements: 1_000_000, maxWork: 1_000_000)
        let error = try #require(Compute.onlyError("gram(zeros(rows: 100, columns: 400))", limits: limits))
        #expect(error.message == "this lesson exceeds its work limit of 1000000 operations")
    }

    @Test("no call of a new builtin traps, whatever its arguments: empty, negative, huge or mismatched")
    func testHostileCalls() {
        let snippets = [
            "attention(q: [[]], k: [[]], v: [[]])", "attention(q: zeros(rows: 0, columns: 2), k: identity(2), v: identity(2))",
            "attentionOutput(q: [[]], k: [[]], v: [[]], causal: true)", "splitHeads([[]], count: 0)", "splitHeads(identity(2), count: -1)",
            "concatHeads(splitHeads(zeros(rows: 0, columns: 2), count: 1))", "identity(-1)", "identity(0)", "zeros(rows: -1, columns: 2)",
            "reshape([1, 2], rows: -1, columns: -2)", "reshape([], rows: 0, columns: 0)", "positionalEncoding(length: -1, dModel: 8)",
            "positionalEncoding(length: 2, dModel: 0)", "positionalEncoding(length: 2, dModel: 2, base: 1)", "qr([[]])", "qr([[1, 2]])",
            "randomOrthogonal(size: 0, seed: 0)", "randomOrthogonal(rows: 2, columns: 3, seed: 0)", "gram([[]])", "cosineMatrix([[0, 0]])",
            "meanAbsCosine([[1, 2]])", "expectedAbsCosine(dimension: 0)", "expectedAbsCosine(dimension: 9223372036854775807)",
            "maskMatrix(.padding([]), queries: 1, keys: 0)", "maskMatrix(.validLength(-1), queries: 1, keys: 1)",
            "maskMatrix(.causal, queries: -1, keys: 2)", "maskMatrix(.none, queries: 0, keys: 0)", "embed([[]], tokens: [])",
            "embed(identity(2), tokens: [1e300])", "logits([[1]], unembedding: [[]])", "tokenDistribution([[1]], tiedTo: [[1]], temperature: 0)",
            "layerNorm([], epsilon: 0)", "layerNorm([[]])", "rmsNorm([1], epsilon: -1)", "feedForward([[1]], w1: [[]], w2: [[]])",
            "gatedFeedForward([[1]], w: [[1]], v: [[1, 2]], w2: [[1]])", "residual([[1]], [[1, 2]])", "entropy([])", "entropy([2, -1])",
            "entropy(logits: [], temperature: 1)", "argmax([])", "argmax([[]])", "logSoftmax([], temperature: -1)",
            "Model(name: \"x\", vocabulary: -1, context: 1, dModel: 1, layers: 1, heads: 1, dHead: 1, dFF: 1)",
            "Model(name: \"x\", vocabulary: 9223372036854775807, context: 1, dModel: 9223372036854775807, layers: 2, heads: 1, dHead: 1, dFF: 1)",
            "kvCacheBytes(Model.gpt3, precision: .fp32, context: 9223372036854775807)", "forwardFLOPs(Model.gpt3, context: -1)",
            "trainingFLOPs(Model.gpt3, tokens: -1)", "parameterShare(Model(name: \"z\", vocabulary: 0, context: 0, dModel: 0, layers: 0, heads: 0, dHead: 0, dFF: 0), of: .queryWeight)",
            "column(identity(2), 5)", "rowSlice(identity(2), from: -1, to: 1)", "columnSlice(identity(2), from: 0, to: 3)",
            "gaussian(rows: 2, columns: 2, seed: 0, standardDeviation: -1)", "pow(-1, 0.5)", "exp([1000])", "log([[0]])",
            "multiHeadAttention([[]], heads: 1, wq: [[]], wk: [[]], wv: [[]], wo: [[]])", ".padding([true])", "AttentionMask.padding",
            "Model.gpt3.findings[5]", "Model.gpt3.norm.rawValue", "splitHeads(identity(2), count: 2)[2]", "[1, 2] ⊙ 2", "identity(2) ⊙ [1, 2]",
        ]
        for snippet in snippets {
            let run = Compute.run(snippet)
            #expect(run.hasErrors || run.outputs.count == 1, "\(snippet)")
            for diagnostic in run.diagnostics {
                #expect(!diagnostic.message.isEmpty && !diagnostic.message.hasSuffix("."), "\(snippet)")
                #expect((0...snippet.utf8.count).contains(diagnostic.position.offset), "\(snippet)")
            }
        }
    }
}
