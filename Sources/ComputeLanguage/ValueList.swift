/// A Swift array of values of one type, such as `[Int]` from `(0..<4).map { $0 * $0 }` or `[(Int, Double)]` from
/// `zip`: its elements and the name of their type, which an empty array keeps.
public struct ValueList: Sendable, Equatable {
    /// The elements, in order.
    public var elements: [Value]
    /// The Swift type of each element, as written inside the brackets of the array's type (`Int`, `(Int, Double)`).
    public var elementType: String

    /// A list of `elements` of type `elementType`.
    public init(_ elements: [Value], of elementType: String) {
        self.elements = elements
        self.elementType = elementType
    }

    /// A list whose element type is that of its first element, or `fallback` when it is empty.
    init(inferring elements: [Value], fallback: String) {
        self.init(elements, of: elements.first?.typeName ?? fallback)
    }

    /// The numbers of a list of `Int` or `Double`, nil if any element is not a number.
    var numbers: [Double]? {
        var numbers: [Double] = []
        numbers.reserveCapacity(elements.count)
        for element in elements {
            guard let x = element.realValue else { return nil }
            numbers.append(x)
        }
        return numbers
    }
}
