/// Turns an observation (any enum, struct or scalar of the model) into a JSON node for the
/// `--trace` JSON Lines file, by reflection, so every new observation case is traced without
/// a hand-written encoder: an enum case becomes `{"kind": "caseName", …its fields…}`, a struct
/// its fields in declaration order, a string-backed identifier its string. A field whose name ends in
/// `Hint` is a run-local shortcut (where to look something up), not part of the value, and is left out.
///
/// Reflection is slow compared with the simulation, which is why tracing is opt-in.
public enum TraceEncoding {
    /// The node for `value`.
    public static func node(_ value: Any) -> JSONNode {
        switch value {
        case let v as String: return .string(v)
        case let v as Bool: return .bool(v)
        case let v as Int: return .int(v)
        case let v as Int32: return .int(Int(v))
        case let v as Int64: return .int(Int(v))
        case let v as UInt64: return v <= UInt64(Int.max) ? .int(Int(v)) : .string(String(v))
        case let v as UInt32: return .int(Int(v))
        case let v as UInt16: return .int(Int(v))
        case let v as UInt8: return .int(Int(v))
        case let v as Double: return .number(v)
        case let v as CustomTraceRepresentable: return v.traceNode
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return .null }
            return node(wrapped)
        case .collection, .set:
            return .array(mirror.children.map { node($0.value) })
        case .enum:
            guard let payload = mirror.children.first else { return .string(String(describing: value)) }
            var members: [(String, JSONNode)] = [("kind", .string(payload.label ?? "case"))]
            members.append(contentsOf: fields(of: payload.value, label: payload.label ?? "value"))
            return .object(members)
        case .struct, .class:
            let children = Array(mirror.children)
            // A wrapper with a single raw value (identifiers, instants) is written as that value.
            if children.count == 1, let label = children[0].label,
                label == "rawValue" || label == "milliseconds" || label == "index"
            {
                return node(children[0].value)
            }
            return .object(
                children.enumerated().filter { !($0.element.label?.hasSuffix("Hint") ?? false) }.map {
                    ($0.element.label ?? "_\($0.offset)", node($0.element.value))
                })
        case .tuple:
            return .object(
                mirror.children.enumerated().map { ($0.element.label ?? "_\($0.offset)", node($0.element.value)) })
        default:
            return .string(String(describing: value))
        }
    }

    /// An enum payload's fields: a tuple of labelled values spreads into the object; a single
    /// struct payload spreads its fields; anything else is stored under the case label.
    private static func fields(of payload: Any, label: String) -> [(String, JSONNode)] {
        let mirror = Mirror(reflecting: payload)
        switch mirror.displayStyle {
        case .tuple:
            return mirror.children.enumerated().map { ($0.element.label ?? "_\($0.offset)", node($0.element.value)) }
        default:
            if case .object(let members) = node(payload), mirror.displayStyle == .struct { return members }
            return [("value", node(payload))]
        }
    }
}

/// A type that chooses its own trace form.
public protocol CustomTraceRepresentable {
    /// The JSON node written to the trace.
    var traceNode: JSONNode { get }
}
