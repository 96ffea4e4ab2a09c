import SharingModel

// String-backed enums of the model, read by name with "did you mean" suggestions.
extension BaseResourceKind: ScenarioDecodable {}
