import TransformerCore

/// A function a swift-compute block can call: its Swift-style signature, its documentation and its body.
public struct Builtin: Sendable {
    /// One parameter: its argument label (nil for `_`), its name, type and optional default.
    public struct Parameter: Sendable {
        /// The argument label, or nil when the argument is unlabelled (`_`).
        public let label: String?
        /// The parameter's name, shown in signatures.
        public let name: String
        /// The type it accepts.
        public let type: ValueType
        /// The value used when the argument is left out.
        public let defaultValue: Value?
        /// Whether it takes any number of arguments, none included (`_ rest: Int...`, Swift's variadic parameter);
        /// only the last parameter may, and the body then receives one value per argument after the others.
        public let variadic: Bool

        /// A parameter; `label: nil` means unlabelled.
        public init(_ label: String?, _ name: String, _ type: ValueType, default defaultValue: Value? = nil, variadic: Bool = false) {
            self.label = label
            self.name = name
            self.type = type
            self.defaultValue = defaultValue
            self.variadic = variadic
        }
    }

    /// The function's name.
    public let name: String
    /// Its parameters, in order.
    public let parameters: [Parameter]
    /// The type of its result.
    public let result: ValueType
    /// One line saying what it computes, with its formula.
    public let summary: String
    /// A one-line example call.
    public let example: String
    /// The size of the result and the operations a call will take, known from its arguments before it runs,
    /// so that a call too big for the limits is refused before anything is allocated; nil when the result's
    /// own size (checked after the call) bounds the work.
    let bounds: (@Sendable ([Value]) -> Cost)?
    /// The computation, given arguments already converted to the parameters' types.
    let body: @Sendable ([Value]) throws(TransformerError) -> Value

    /// A builtin with its documentation, optional bounds and body.
    init(
        _ name: String, _ parameters: [Parameter], _ result: ValueType, summary: String, example: String,
        bounds: (@Sendable ([Value]) -> Cost)? = nil,
        body: @escaping @Sendable ([Value]) throws(TransformerError) -> Value
    ) {
        self.name = name
        self.parameters = parameters
        self.result = result
        self.summary = summary
        self.example = example
        self.bounds = bounds
        self.body = body
    }

    /// The Swift selector, e.g. `softmax(_:temperature:)`.
    public var selector: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// The full signature, e.g. `softmax(_ logits: Vector | Matrix, temperature: Double = 1) -> Vector | Matrix`.
    public var signature: String {
        let list = parameters.map { parameter in
            let head = parameter.label.map { $0 == parameter.name ? $0 : "\($0) \(parameter.name)" } ?? "_ \(parameter.name)"
            let tail = parameter.defaultValue.map { " = " + $0.literalDescription } ?? ""
            return "\(head): \(parameter.type.rawValue)\(parameter.variadic ? "..." : "")\(tail)"
        }
        return "\(name)(\(list.joined(separator: ", "))) -> \(result.rawValue)"
    }
}

extension Value {
    /// A short Swift-literal rendering, for defaults in signatures (`1`, `1e-05`, `.nats`).
    var literalDescription: String {
        switch self {
        case let .integer(n): String(n)
        case let .real(x): x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        case let .bool(b): String(b)
        case let .string(s): "\"\(s)\""
        case let .vector(v): "[" + v.map { String($0) }.joined(separator: ", ") + "]"
        case let .matrix(m): "\(m.rows)×\(m.columns) matrix"
        case let .strings(list): "[" + list.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        case let .record(record): record.caseName.map { "." + $0 } ?? typeName
        case .table, .figure, .function: typeName
        case .list, .tuple, .range, .optional, .dictionary: swiftDebugDescription
        }
    }
}
