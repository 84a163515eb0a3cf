extension Record {
    /// A list of values of one type, such as the heads of `splitHeads(_:count:)`: a record of type `[Element]`
    /// whose members are named by their 0-based index, read with subscripts (`heads[0]`) and `.count`.
    static func list(of element: String, _ values: [Value]) -> Record {
        Record(typeName: "[\(element)]", members: values.enumerated().map { Member(String($0.offset), $0.element) })
    }

    /// The elements in order if this record is a list, else nil.
    var listElements: [Value]? {
        guard typeName.hasPrefix("["), typeName.hasSuffix("]") else { return nil }
        guard members.enumerated().allSatisfy({ $0.element.name == String($0.offset) }) else { return nil }
        return members.map(\.value)
    }
}
