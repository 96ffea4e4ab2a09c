/// One information item (信息项) of a resource: a field of its records (R-CAT-2).
///
/// Encoded as `{"name":"身份证号","dataType":"string","updateCycle":"daily"}`.
public struct InformationItem: Hashable, Sendable, Codable {
    /// The item's name; R-CAT-2: required (catalog validation reports an empty one).
    public var name: String
    /// The item's data type.
    public var dataType: DataType
    /// How often the provider updates it.
    public var updateCycle: UpdateCycle

    /// An information item.
    public init(name: String, dataType: DataType = .string, updateCycle: UpdateCycle = .irregular) {
        self.name = name
        self.dataType = dataType
        self.updateCycle = updateCycle
    }
}
