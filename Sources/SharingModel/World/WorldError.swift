/// Why a world cannot be built. The description names what is wrong and where.
public enum WorldError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A department's catalog breaks catalog rules (R-CAT-2, R-CAT-3, R-SHR-4); every error is listed.
    case invalidCatalog(department: DepartmentID, errors: [CatalogError])
    /// Two governments share an id.
    case duplicateGovernment(GovernmentID)
    /// Two departments share an id.
    case duplicateDepartment(DepartmentID)
    /// There must be exactly one national government; the count found.
    case nationalGovernmentCount(Int)
    /// A government's parent is missing or not one level up.
    case badParent(government: GovernmentID, parent: GovernmentID?)
    /// A department names a government that does not exist.
    case unknownGovernment(department: DepartmentID, government: GovernmentID)
    /// A scripted change names a department that does not exist.
    case unknownScriptDepartment(change: Int, department: DepartmentID)
    /// Two scripted changes share an id.
    case duplicateChange(Int)
    /// A scripted change happens before the world starts.
    case changeBeforeStart(change: Int)
    /// Two services share an id.
    case duplicateService(ServiceID)
    /// A service or scripted request names a department that does not exist.
    case unknownDepartment(context: String, department: DepartmentID)
    /// A service need or scripted request names a resource its provider's catalog does not hold.
    case unknownNeed(context: String, provider: DepartmentID, resource: ResourceCode)
    /// A service checks more resources than ``ServiceSpec/maxNeeds``.
    case tooManyNeeds(ServiceID, Int)
    /// A vertical line (R-RET-1, R-RET-2) that cannot run, and why.
    case badLine(LineID, String)

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .invalidCatalog(let department, let errors):
            let lines = errors.map { "  \($0)" }.joined(separator: "\n")
            return "department \(department) cannot publish its catalog:\n\(lines)"
        case .duplicateGovernment(let id): return "government \(id) is defined more than once"
        case .duplicateDepartment(let id): return "department \(id) is defined more than once"
        case .nationalGovernmentCount(let n): return "a world needs exactly one national government, found \(n)"
        case .badParent(let government, let parent):
            let p = parent.map { "\($0)" } ?? "none"
            return "government \(government) has parent \(p), which is not a government one level up"
        case .unknownGovernment(let department, let government):
            return "department \(department) belongs to unknown government \(government)"
        case .unknownScriptDepartment(let change, let department):
            return "scripted change \(change) names unknown department \(department)"
        case .duplicateChange(let id): return "scripted change \(id) is defined more than once"
        case .changeBeforeStart(let id): return "scripted change \(id) is dated before the world starts"
        case .duplicateService(let id): return "service \(id) is defined more than once"
        case .unknownDepartment(let context, let department): return "\(context) names unknown department \(department)"
        case .unknownNeed(let context, let provider, let resource):
            return "\(context) needs resource \(resource) of \(provider), which its catalog does not hold"
        case .tooManyNeeds(let id, let n):
            return "service \(id) checks \(n) resources; at most \(ServiceSpec.maxNeeds) are allowed"
        case .badLine(let id, let why): return "line \(id) \(why)"
        }
    }
}
