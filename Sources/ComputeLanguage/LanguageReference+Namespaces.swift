import TransformerCore

extension LanguageReference {
    /// One section per type with members: its values, its members that take arguments, and for `Model` the presets' numbers.
    static var namespaces: [String] {
        TypeNamespace.all.map { namespace in
            var text = "## \(namespace.name)\n\n\(capitalized(namespace.summary)).\n"
            if namespace.type == .model {
                text += "\n" + presetTable
            } else {
                text += "\n| member | meaning |\n|---|---|\n"
                    + namespace.constants.map { "| `.\($0.name)` | \($0.summary.replacingOccurrences(of: "|", with: "\\|")) |" }.joined(separator: "\n") + "\n"
            }
            if !namespace.constructors.isEmpty {
                text += "\n| member | meaning | example |\n|---|---|---|\n" + namespace.constructors.map { builtin in
                    "| `.\(builtin.signature)` | \(builtin.summary) | `\(builtin.example)` |"
                }.joined(separator: "\n") + "\n"
            }
            return text
        }
    }

    /// The `Model` presets with their dimensions and both parameter counts.
    private static var presetTable: String {
        let rows = TypeNamespace.model.constants.map { preset -> String in
            guard case let .record(record) = preset.value else { return "" }
            let numbers = ["parameters", "weightParameters", "layers", "dModel", "heads", "dHead", "dFF"].map { name in
                if case let .integer(n)? = record[name] { return ValueFormatter.integer(n) }
                return ""
            }
            let name = if case let .string(text)? = record["name"] { text } else { preset.name }
            let findings = if case let .strings(list)? = record["findings"], !list.isEmpty { " (\(list.count) finding)" } else { "" }
            return "| `Model.\(preset.name)` | \(name)\(findings) | " + numbers.joined(separator: " | ") + " |"
        }
        return """
            Each preset is a `Model` record (see Members); `Model(name:…)` (under Models) makes one of your own.

            | member | model | parameters | weights only | n_layers | d_model | n_heads | d_head | d_ff |
            |---|---|---:|---:|---:|---:|---:|---:|---:|

            """ + rows.joined(separator: "\n") + "\n"
    }
}
