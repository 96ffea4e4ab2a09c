/// Replaces one field of a JSON tree (ScenarioLoader's overrides).
enum OverrideApplier {
    /// Why an override could not be applied.
    struct Failure: Error {
        var message: String
        var expected: String?
        var suggestion: String?
    }

    /// Sets `override.value` at `override.path` in `tree`, creating missing object members on the way.
    /// Returns the paths it created (the objects on the way and the field itself) plus the override's path.
    static func apply(_ override: ScenarioOverride, to tree: inout JSONValue) throws(Failure) -> [JSONPath] {
        guard !override.path.isRoot else {
            throw Failure(message: "an override must name a field, not the whole scenario", expected: "a field path")
        }
        var created: [JSONPath] = [override.path]
        tree = try set(
            override.value, in: tree, at: override.path.components[...], prefix: JSONPath(),
            created: &created, full: override.path)
        return created
    }

    private static func set(
        _ newValue: JSONValue, in value: JSONValue, at rest: ArraySlice<JSONPath.Component>, prefix: JSONPath,
        created: inout [JSONPath], full: JSONPath
    ) throws(Failure) -> JSONValue {
        guard let step = rest.first else { return newValue }
        let tail = rest.dropFirst()
        switch step {
        case .key(let key):
            guard let object = value.objectValue else {
                throw Failure(
                    message: "override \(full) names no field: \(prefix) is \(value.typeName), not an object",
                    expected: "a path through objects and arrays of the scenario")
            }
            let here = prefix.appending(key: key)
            var members = object.members
            if let i = members.firstIndex(where: { $0.key == key }) {
                members[i].value = try set(
                    newValue, in: members[i].value, at: tail, prefix: here, created: &created, full: full)
            } else {
                // A missing field is created; the decoder rejects it if the format has no such field.
                created.append(here)
                let start = tail.isEmpty ? newValue : JSONValue(.object(JSONObject(members: [])), at: newValue.position)
                let filled = try set(newValue, in: start, at: tail, prefix: here, created: &created, full: full)
                members.append(JSONObject.Member(key: key, keyPosition: newValue.position, value: filled))
            }
            return JSONValue(.object(JSONObject(members: members)), at: value.position)
        case .index(let i):
            guard var elements = value.arrayValue else {
                throw Failure(
                    message: "override \(full) names no field: \(prefix) is \(value.typeName), not an array",
                    expected: "a path through objects and arrays of the scenario")
            }
            guard elements.indices.contains(i) else {
                throw Failure(
                    message: "override \(full) names no field: \(prefix) has \(elements.count) element"
                        + (elements.count == 1 ? "" : "s"),
                    expected: elements.isEmpty ? "no index" : "an index in 0...\(elements.count - 1)")
            }
            elements[i] = try set(
                newValue, in: elements[i], at: tail, prefix: prefix.appending(index: i), created: &created,
                full: full)
            return JSONValue(.array(elements), at: value.position)
        }
    }
}
