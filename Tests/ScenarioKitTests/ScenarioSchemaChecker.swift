import Foundation

@testable import ScenarioKit

/// A checker for the subset of JSON Schema 2020-12 that `docs/scenario.schema.json` uses: `$ref` (local
/// `#/$defs/…`), `type`, `required`, `properties`, `additionalProperties`, `enum`, `const`, `items`, `minItems`,
/// `minimum`, `maximum`, `pattern`, `oneOf`, and `if`/`then`/`else`. Annotations (`description`, `default`,
/// `title`) are ignored. A keyword outside the subset is reported, so the schema cannot silently outgrow it.
struct ScenarioSchemaChecker {
    let schema: JSONValue

    static let supported: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "default", "type", "required", "properties",
        "additionalProperties", "enum", "const", "items", "minItems", "maxItems", "minimum", "maximum", "pattern",
        "oneOf", "if",
        "then", "else",
    ]

    /// The problems of `value`, one line each: `path: what`.
    func check(_ value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: schema, at: JSONPath(), into: &problems)
        return problems
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = schema
        for part in ref.dropFirst(2).split(separator: "/") { node = node?.objectValue?[String(part)] }
        return node
    }

    private func check(_ value: JSONValue, against s: JSONValue, at path: JSONPath, into problems: inout [String]) {
        guard let o = s.objectValue else { return }
        for key in o.keys where !Self.supported.contains(key) {
            problems.append("schema keyword \(key) is not supported by the checker")
        }
        if let ref = o["$ref"]?.stringValue {
            guard let target = resolve(ref) else {
                problems.append("\(path): unresolved $ref \(ref)")
                return
            }
            check(value, against: target, at: path, into: &problems)
        }
        if let type = o["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(value.typeName)")
                return
            }
        }
        if let options = o["enum"]?.arrayValue, !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value.compactText) is not one of the enum values")
        }
        if let constant = o["const"], !Self.equal(constant, value) {
            problems.append("\(path): expected \(constant.compactText)")
        }
        if let n = value.numberValue?.double {
            if let min = o["minimum"]?.numberValue?.double, n < min { problems.append("\(path): below \(min)") }
            if let max = o["maximum"]?.numberValue?.double, n > max { problems.append("\(path): above \(max)") }
        }
        if let pattern = o["pattern"]?.stringValue, let s = value.stringValue,
            s.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): \(value.compactText) does not match \(pattern)")
        }
        if let elements = value.arrayValue {
            if let min = o["minItems"]?.numberValue?.int64, elements.count < min {
                problems.append("\(path): fewer than \(min) items")
            }
            if let max = o["maxItems"]?.numberValue?.int64, elements.count > max {
                problems.append("\(path): more than \(max) items")
            }
            if let items = o["items"] {
                for (i, e) in elements.enumerated() {
                    check(e, against: items, at: path.appending(index: i), into: &problems)
                }
            }
        }
        if let object = value.objectValue {
            for key in o["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                problems.append("\(path): missing required \(key)")
            }
            let properties = o["properties"]?.objectValue
            for member in object.members {
                let here = path.appending(key: member.key)
                if let p = properties?[member.key] {
                    check(member.value, against: p, at: here, into: &problems)
                } else if let extra = o["additionalProperties"] {
                    if extra.boolValue == false {
                        problems.append("\(here): unknown key")
                    } else {
                        check(member.value, against: extra, at: here, into: &problems)
                    }
                }
            }
        }
        if let options = o["oneOf"]?.arrayValue {
            var results: [[String]] = []
            for option in options {
                var p: [String] = []
                check(value, against: option, at: path, into: &p)
                results.append(p)
            }
            let passing = results.filter(\.isEmpty).count
            if passing != 1 {
                let closest = results.min { $0.count < $1.count } ?? []
                problems.append(
                    "\(path): matches \(passing) of \(options.count) oneOf options"
                        + (closest.isEmpty ? "" : " (closest: \(closest.joined(separator: "; ")))"))
            }
        }
        if let condition = o["if"] {
            var p: [String] = []
            check(value, against: condition, at: path, into: &p)
            if let branch = p.isEmpty ? o["then"] : o["else"] {
                check(value, against: branch, at: path, into: &problems)
            }
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value.kind) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("number", .number):
            return true
        case ("integer", .number(let n)): return n.int64 != nil
        default: return false
        }
    }

    private static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = a.numberValue?.double, let y = b.numberValue?.double { return x == y }
        return a.compactText == b.compactText
    }
}
