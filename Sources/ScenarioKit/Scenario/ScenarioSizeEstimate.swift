/// How much memory one replication of a scenario will need, estimated from its counts before the world is
/// generated or built (issue 12), so that a scenario too large for the machine says so at once instead of
/// being killed by the kernel hours later.
///
/// The estimate is linear in what a run keeps: actors and routes per government, per department and per
/// resource (each resource is held by its department and replicated at up to three platforms), the script, and
/// what the metrics keep per request over the run (a ledger entry and a sample or two per need). The costs per
/// item were measured with `sharesim bench sync` and `/usr/bin/time -v` on generated worlds and rounded up, so
/// the estimate errs on the high side by a factor of about two (docs/scenario-format.md, "Limits").
public struct ScenarioSizeEstimate: Hashable, Sendable, CustomStringConvertible {
    /// Governments (each builds a platform and a sharing authority).
    public var governments: Int
    /// Departments.
    public var departments: Int
    /// Resources in all first catalogs.
    public var resources: Int
    /// Scripted changes of functions, listed and generated.
    public var scriptedChanges: Int
    /// Scripted requests and disputes.
    public var scriptedRequests: Int
    /// Needs checked by service applications over the whole run (applications a year × needs × years).
    public var needsOverRun: Double
    /// Simulated days.
    public var durationDays: Int

    /// The runtime, calendar tables and metric tables of any run.
    public static let baseBytes = 48 << 20
    /// A platform actor with its routes and link states, and a sharing-authority actor.
    public static let bytesPerGovernment = 16 << 10
    /// A department actor with its instance, streams and link state.
    public static let bytesPerDepartment = 4 << 10
    /// A resource in its department's catalog and in the replicas of up to three platforms.
    public static let bytesPerResource = 384
    /// A scripted change, request or dispute and its pending event.
    public static let bytesPerScriptEntry = 2 << 10
    /// What the metrics keep per need of an application (ledger entry, data-age sample, review time).
    public static let bytesPerNeed = 128
    /// The end-of-day series of one simulated day.
    public static let bytesPerDay = 1 << 10

    /// An estimate from counts.
    public init(
        governments: Int, departments: Int, resources: Int, scriptedChanges: Int = 0, scriptedRequests: Int = 0,
        needsOverRun: Double = 0, durationDays: Int = 0
    ) {
        self.governments = governments
        self.departments = departments
        self.resources = resources
        self.scriptedChanges = scriptedChanges
        self.scriptedRequests = scriptedRequests
        self.needsOverRun = needsOverRun
        self.durationDays = durationDays
    }

    /// The estimated peak memory of one replication, in bytes (saturating at `Int.max`).
    public var bytes: Int {
        var total = Double(Self.baseBytes)
        total += Double(governments) * Double(Self.bytesPerGovernment)
        total += Double(departments) * Double(Self.bytesPerDepartment)
        total += Double(resources) * Double(Self.bytesPerResource)
        total += Double(scriptedChanges + scriptedRequests) * Double(Self.bytesPerScriptEntry)
        total += max(0, needsOverRun) * Double(Self.bytesPerNeed)
        total += Double(durationDays) * Double(Self.bytesPerDay)
        return total.isFinite && total < Double(Int.max) ? Int(total) : Int.max
    }

    /// Whether one replication fits in `budget` bytes.
    public func fits(in budget: Int) -> Bool { bytes <= budget }

    /// `1.2 GiB`-style text for a byte count.
    public static func text(bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let tenths = (value * 10).rounded() / 10
        return "\(tenths) \(units[unit])"
    }

    /// What the estimate is made of, e.g. `about 3.1 GiB (365 governments, 17950 departments, …)`.
    public var description: String {
        "about \(Self.text(bytes: bytes)) (\(governments) governments, \(departments) departments, "
            + "\(resources) resources, \(scriptedChanges + scriptedRequests) script entries, "
            + "\(Int(min(needsOverRun, 1e18))) needs over \(durationDays) days)"
    }
}
