extension LanguageReference {
    /// Swift's statements and expressions that swift-compute runs: construct, meaning, and an example that runs as
    /// written (statements on one line, separated by `;`) and shows one value.
    static let statementEntries: [(construct: String, meaning: String, example: String)] = [
        ("let x = … / var x = …", "a constant or a variable; `let (a, b) = pair` destructures a tuple; names declared in a block are local to it",
         "let (a, b) = (2, 0.5); var c = a; c += 1; c"),
        ("if … {} else if … {} else {}", "a condition (a `Bool`); `if let x = optional` binds what it holds; an `if` with an `else` is also a value",
         "let x = 3; let kind = if x > 2 { \"big\" } else { \"small\" }; kind"),
        ("c ? a : b", "the ternary conditional", "let n = 7; n > 5 ? \"many\" : \"few\""),
        ("guard … else { … }", "leaves the function or loop when the condition fails; its `let` names stay visible after it",
         "func half(_ n: Int) -> Int { guard n > 0 else { return 0 }; return n / 2 }; half(8)"),
        ("for x in …", "over a range (`0..<n`, `a...b`), `stride(from:to:by:)`, `stride(from:through:by:)`, an array, a vector, "
            + "a string's characters, a dictionary's `(key, value)` pairs (in insertion order), `zip(a, b)`, `xs.enumerated()`, `xs.indices`; "
            + "`where` filters; a failing iteration's error has a note with the loop variable's value",
         "var s = 0; for i in 1...4 where i != 2 { s += i * i }; s"),
        ("while … {} / repeat {} while …", "loops; `break` and `continue` (with a label: `outer: for …`, `break outer`)",
         "var n = 1; var steps = 0; while true { n *= 3; steps += 1; if n > 100 { break } }; steps"),
        ("func f(_ x: T, label y: T = d) -> R { … }", "a function: argument labels (`_` for none), defaults, a return type (a body that can end "
            + "without `return` is an error), implicit return of a single expression; recursion to a depth of 64",
         "func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }; fact(10)"),
        ("{ x in … } / { $0 … }", "a closure: named or `$0`, `$1` parameters, a trailing closure after a call; it reads the locals of its "
            + "block as they were when it was made (and cannot assign them) and the lesson's names as they are",
         "(1...5).map { $0 * $0 }"),
        ("[T], (A, B), T?, [K: V]", "Swift's arrays, tuples (`.0`, `.1`), optionals (`??`, `!`, `if let`, `guard let`) and dictionaries "
            + "(`d[k]` is an optional; `d[k, default: 0] += 1`; iterated and shown in the order keys were first inserted); "
            + "an untyped array literal of numbers stays a `Vector`",
         "var counts: [String: Int] = [:]; for w in [\"a\", \"b\", \"a\"] { counts[w, default: 0] += 1 }; counts[\"a\"] ?? 0"),
        ("xs.map / filter / reduce / sorted …", "`map`, `filter`, `reduce(_:_:)`, `reduce(into:_:)`, `sorted()`, `sorted(by:)`, `min()`, `max()` "
            + "(optionals), `contains`, `first(where:)`, `firstIndex(of:)`, `allSatisfy`, `reversed()`, `prefix`, `suffix`, `count`, "
            + "`isEmpty`, `forEach`; an operator is a function (`reduce(0, +)`, `sorted(by: >)`)",
         "(1...6).filter { $0 * 2 > 5 }.reduce(0, +)"),
        ("xs.append(x), xs[i] = x, m[i, j] = x, += -= *= /=", "changes a `var` in place: an element, a matrix cell, a dictionary entry, "
            + "a tuple member; `append(contentsOf:)`, `insert(_:at:)`, `removeLast()`, `removeAll()`; `+` concatenates arrays",
         "var m = zeros(rows: 2, columns: 2); for i in 0..<2 { m[i, i] = 1 }; m[1, 1]"),
        ("\"…\\(x)…\"", "string interpolation (values as Swift's `String(describing:)` writes them), `+`, `Array(text)`, "
            + "`split(separator:)`, `joined(separator:)`, `hasPrefix`, `hasSuffix`, `count`",
         "let words = \"the cat sat\".split(separator: \" \"); \"\\(words.count) words: \\(words.joined(separator: \"+\"))\""),
    ]

    /// The statements table.
    static var statements: String {
        table(
            heading: "## Statements and expressions",
            introduction: "Swift's control flow, functions, closures and collections, with Swift's meaning and swiftc's error messages. "
                + "Every loop iteration, call, and statement or expression inside a loop or call costs 25,000 work units, so that an "
                + "endless loop or recursion ends at the work limit, at the loop. Classes, structs, enums, protocols, generics, `import`, "
                + "`switch`, `throw`, `async` and I/O (`print`) are refused by name.",
            columns: ["construct", "meaning", "example"],
            rows: statementEntries.map { [code($0.construct), $0.meaning, code($0.example)] })
    }
}
