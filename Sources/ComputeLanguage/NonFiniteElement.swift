/// A number in a result that is infinite or NaN, and where it is in the value: nowhere for a number, vector
/// or matrix itself, `'.q'` for a record's member, `'.heads[1].weights'` deeper down, a column and row of a table.
struct NonFiniteElement: CustomStringConvertible, Equatable {
    /// The number: +∞, −∞ or NaN.
    let value: Double
    /// The member path (`.q`, `.heads[1].weights`) or table cell it is in; empty for the value itself.
    let place: String

    /// `value` at `place`.
    init(_ value: Double, at place: String = "") {
        self.value = value
        self.place = place
    }

    /// `nan`, `inf`, `-inf`, then where: `nan in '.q'`, `nan in column 'share' of row 2`.
    var description: String {
        let written = value.isNaN ? "nan" : String(value)
        if place.isEmpty { return written }
        return place.hasPrefix(".") || place.hasPrefix("[") ? "\(written) in '\(place)'" : "\(written) in \(place)"
    }

    /// The same element seen from the record that holds it under `member` (`.q`, or `[1]` in a list).
    func inside(_ member: String) -> NonFiniteElement {
        if place.isEmpty || place.hasPrefix(".") || place.hasPrefix("[") { return NonFiniteElement(value, at: member + place) }
        return NonFiniteElement(value, at: "\(place) of '\(member)'")
    }
}
