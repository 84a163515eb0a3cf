import SwiftSyntax

extension Interpreter {
    /// `for pattern in sequence where condition { … }` over a range, a stride, an array, a vector, a dictionary
    /// (its `(key, value)` pairs in insertion order) or a string's characters. Each iteration is charged as a step;
    /// an error inside one gets a note with the loop variable's value.
    mutating func executeFor(_ loop: ForStmtSyntax, label: String?) throws(Failure) -> Completion {
        if loop.tryKeyword != nil || loop.awaitKeyword != nil {
            throw error(.unsupported("'for try' and 'for await' loops"), at: loop.forKeyword)
        }
        if let caseKeyword = loop.caseKeyword { throw error(.unsupported("'for case' patterns"), at: caseKeyword) }
        let sequence = try evaluate(loop.sequence)
        var cursor = try elements(of: sequence, at: loop.sequence)
        repetitionSites.append(Syntax(loop))
        loopLabels.append(label)
        defer {
            repetitionSites.removeLast()
            loopLabels.removeLast()
        }
        var iteration = 0
        while let element = cursor.next() {
            iteration += 1
            try charge(WorkWeight.step, at: loop)
            let before = run.diagnostics.count
            do {
                let completion = try withScope(at: loop) { interpreter throws(Failure) -> Completion in
                    try interpreter.destructure(loop.pattern, element, mutable: false, at: loop.sequence)
                    if let condition = loop.whereClause?.condition, try !interpreter.condition(condition) { return .normal }
                    return try interpreter.executeBlock(loop.body.statements)
                }
                switch completion {
                case .normal: continue
                case let .breakLoop(target) where target == nil || target == label: return .normal
                case let .continueLoop(target) where target == nil || target == label: continue
                default: return completion
                }
            } catch {
                note(since: before, .iteration(pattern: loop.pattern.trimmedDescription, value: element, iteration: iteration))
                throw error
            }
        }
        return .normal
    }

    /// `while condition { … }`, each test of the condition charged as a step.
    mutating func executeWhile(_ loop: WhileStmtSyntax, label: String?) throws(Failure) -> Completion {
        repetitionSites.append(Syntax(loop))
        loopLabels.append(label)
        defer {
            repetitionSites.removeLast()
            loopLabels.removeLast()
        }
        var iteration = 0
        while true {
            iteration += 1
            try charge(WorkWeight.step, at: loop)
            let before = run.diagnostics.count
            do {
                let completion = try withScope(at: loop) { interpreter throws(Failure) -> Completion? in
                    guard try interpreter.conditions(loop.conditions) else { return nil }
                    return try interpreter.executeBlock(loop.body.statements)
                }
                switch completion {
                case nil: return .normal
                case .normal?: continue
                case let .breakLoop(target)? where target == nil || target == label: return .normal
                case let .continueLoop(target)? where target == nil || target == label: continue
                case let other?: return other
                }
            } catch {
                note(since: before, .whileIteration(iteration))
                throw error
            }
        }
    }

    /// `repeat { … } while condition`.
    mutating func executeRepeat(_ loop: RepeatStmtSyntax, label: String?) throws(Failure) -> Completion {
        repetitionSites.append(Syntax(loop))
        loopLabels.append(label)
        defer {
            repetitionSites.removeLast()
            loopLabels.removeLast()
        }
        var iteration = 0
        while true {
            iteration += 1
            try charge(WorkWeight.step, at: loop)
            let before = run.diagnostics.count
            do {
                let completion = try executeBlock(loop.body.statements)
                switch completion {
                case .normal: break
                case let .breakLoop(target) where target == nil || target == label: return .normal
                case let .continueLoop(target) where target == nil || target == label: break
                default: return completion
                }
                guard try condition(loop.condition) else { return .normal }
            } catch {
                note(since: before, .whileIteration(iteration))
                throw error
            }
        }
    }

    /// Adds `message` as a note to the first error recorded since `before`.
    mutating func note(since before: Int, _ message: String) {
        guard let index = run.diagnostics.indices.first(where: { $0 >= before && run.diagnostics[$0].severity == .error }) else { return }
        run.diagnostics[index].notes.append(.init(message))
    }

    /// The elements a `for` loop takes from `value`, one at a time.
    mutating func elements(of value: Value, at node: ExprSyntax) throws(Failure) -> Cursor {
        switch value {
        case let .range(range): return Cursor(range: range)
        case let .list(list): return Cursor(values: list.elements)
        case let .vector(v): return Cursor(values: v.map(Value.real))
        case let .strings(list): return Cursor(values: list.map(Value.string))
        case let .string(text): return Cursor(values: text.map { .string(String($0)) })
        case let .dictionary(dictionary): return Cursor(values: zip(dictionary.keys, dictionary.values).map { .tuple([$0, $1]) })
        default:
            throw error(.notASequence(value.typeName), at: node)
        }
    }

    /// Walks a sequence: a range by counting, anything else by its stored elements.
    struct Cursor {
        private var range: IntegerRange?
        private var values: [Value] = []
        private var index = 0

        init(range: IntegerRange) { self.range = range }
        init(values: [Value]) { self.values = values }

        /// The next element, or nil at the end.
        mutating func next() -> Value? {
            if let range {
                guard index < range.count else { return nil }
                defer { index += 1 }
                return .integer(range.lower + index)
            }
            guard index < values.count else { return nil }
            defer { index += 1 }
            return values[index]
        }
    }
}

private extension String {
    static func notASequence(_ type: String) -> String { "for-in loop requires '\(type)' to conform to 'Sequence'" }

    /// "in the iteration where i is 3".
    static func iteration(pattern: String, value: Value, iteration: Int) -> String {
        pattern == "_" ? "in iteration \(iteration) of the loop" : "in the iteration where \(pattern) is \(value.elidedDescription())"
    }

    static func whileIteration(_ iteration: Int) -> String { "in iteration \(iteration) of the loop" }
}
