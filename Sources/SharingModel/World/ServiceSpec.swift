import SimKernel

/// A service citizens or companies apply for at a department (R-USE-2), e.g. a school-place application
/// that checks six departments' data (seed 004).
public struct ServiceSpec: Hashable, Sendable, Codable {
    /// Who applies.
    public enum Applicant: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// A citizen.
        case citizen
        /// A company.
        case company

        /// The raw value.
        public var description: String { rawValue }
    }

    /// A resource the service checks.
    public struct Need: Hashable, Sendable, Codable {
        /// The providing department.
        public var provider: DepartmentID
        /// The resource.
        public var resource: ResourceCode

        /// A need.
        public init(provider: DepartmentID, resource: ResourceCode) {
            self.provider = provider
            self.resource = resource
        }
    }

    /// The most resources one service may check (a bit mask per application tracks them).
    public static let maxNeeds = 64

    /// Its id, unique in the world.
    public var id: ServiceID
    /// Its name, e.g. `义务教育入学申请`.
    public var name: String
    /// The department that handles the applications (the user of the shared data).
    public var department: DepartmentID
    /// Who applies.
    public var applicant: Applicant
    /// Mean applications per year; arrivals are a Poisson process.
    public var applicationsPerYear: Double
    /// The resources each application checks.
    public var needs: [Need]
    /// How long an application can wait for shared data before the applicant is asked for originals.
    public var waitLimit: SimDuration

    /// A service.
    public init(
        id: ServiceID, name: String, department: DepartmentID, applicant: Applicant = .citizen,
        applicationsPerYear: Double, needs: [Need], waitLimit: SimDuration = .days(3)
    ) {
        self.id = id
        self.name = name
        self.department = department
        self.applicant = applicant
        self.applicationsPerYear = applicationsPerYear
        self.needs = needs
        self.waitLimit = waitLimit
    }

    /// The purpose its applications declare (R-USE-1).
    public var purpose: Purpose { .service(id) }
}
