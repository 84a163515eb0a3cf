import LessonDocument

extension Lesson {
    /// The number a lesson's file name starts with (`3` for `03-attention`), which the sidebar and the index show
    /// instead of the lesson's position, so that "lesson 3" in prose is the one numbered 3; nil without one.
    var number: Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        return Int(digits)
    }

    /// ` value="N"` for the lesson's `<li>` when its file name is numbered, else the empty string.
    var listValueAttribute: String {
        number.map { " value=\"\($0)\"" } ?? ""
    }
}
