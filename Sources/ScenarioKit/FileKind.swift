/// Which kind of ShareSim file a JSON file is: an experiment names a `scenario` file at its top
/// level; anything else is read as a scenario.
public enum FileKind: String, Sendable, CustomStringConvertible {
    case scenario
    case experiment

    /// Detects the kind of the file at `path`; syntax errors are reported as the scenario loader would.
    public static func detect(path: String) throws(ScenarioErrors) -> FileKind {
        let value = try JSONParser().parseFile(atPath: path, displayName: path)
        if let object = value.objectValue, object.member("scenario") != nil { return .experiment }
        return .scenario
    }

    public var description: String { rawValue }
}
