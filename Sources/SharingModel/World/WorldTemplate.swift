import SimKernel

/// Counts and templates for a large world (DESIGN.md "Files": large worlds are generated, not listed).
///
/// The defaults give the national shape: 1 + 31 + 333 platforms and 60 + 31·40 + 333·50 = 17,950
/// departments with 40 resources each.
public struct WorldTemplate: Hashable, Sendable, Codable {
    /// Seed of the run and of the generator.
    public var seed: UInt64 = 1
    /// First day of the run.
    public var startDate = CivilDate(year: 2017, month: 1, day: 1)!
    /// Provinces.
    public var provinces = 31
    /// Cities, spread over the provinces round robin.
    public var cities = 333
    /// Departments of the national government (central departments).
    public var centralDepartments = 60
    /// Departments per province.
    public var departmentsPerProvince = 40
    /// Departments per city.
    public var departmentsPerCity = 50
    /// Resources in each department's first catalog.
    public var resourcesPerDepartment = 40
    /// Weights of `api`, `frontEnd(6h)` and `spreadsheet(7d)` integration.
    public var integrationWeights: [Double] = [0.5, 0.4, 0.1]
    /// Weights of the cooperative, unwilling and unable profiles.
    public var profileWeights: [Double] = [0.7, 0.2, 0.1]
    /// Scripted changes of functions (R-CAT-4), spread over `changeWindowDays` from the start.
    public var changes = 0
    /// The window over which changes are spread, in days.
    public var changeWindowDays = 300
    /// The network.
    public var links = LinkProfiles.healthy
    /// The sync policy.
    public var policy = SyncPolicy.reliable

    /// The national-shape defaults.
    public init() {}

    /// A small world of the same shape (tests): `provinces` provinces, `cities` cities, and so on.
    public static func small(
        provinces: Int = 2, cities: Int = 4, centralDepartments: Int = 3, departmentsPerProvince: Int = 2,
        departmentsPerCity: Int = 3, resourcesPerDepartment: Int = 5, changes: Int = 0
    ) -> WorldTemplate {
        var t = WorldTemplate()
        t.provinces = provinces
        t.cities = cities
        t.centralDepartments = centralDepartments
        t.departmentsPerProvince = departmentsPerProvince
        t.departmentsPerCity = departmentsPerCity
        t.resourcesPerDepartment = resourcesPerDepartment
        t.changes = changes
        return t
    }

    /// The number of departments the template makes.
    public var departmentCount: Int {
        centralDepartments + provinces * departmentsPerProvince + cities * departmentsPerCity
    }
}
