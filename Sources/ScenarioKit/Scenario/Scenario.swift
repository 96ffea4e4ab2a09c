import SharingModel
import SimKernel

/// A scenario file, decoded and checked (DESIGN.md "Files"): a world, the run's dates, the script of
/// dated actions and the `expect` checks that make the scenario a test.
///
/// Made by `ScenarioLoader`; a value that exists has passed every check of the format, so it can be run.
/// The format is described in `docs/scenario-format.md` and `docs/scenario.schema.json`.
public struct Scenario: Hashable, Sendable {
    /// A short name, e.g. `small-sync`; used in reports.
    public var name: String
    /// What the scenario is about, one or more sentences.
    public var description: String
    /// The run's seed (`world.seed` is the same value).
    public var seed: UInt64
    /// The first day of the run (`world.startDate` is the same value).
    public var startDate: CivilDate
    /// How many days the run lasts.
    public var durationDays: Int
    /// Changes to the working-day calendar, applied after the built-in tables in this order.
    public var calendarOverrides: [CalendarOverride]
    /// The world to build: governments, departments with their resources and profiles, links, sync policy,
    /// the function changes of the script (the `functionChange` actions of `script`, plus generated ones),
    /// the services (`services`), the sharing policy (`policies.sharing`), the scripted requests (the
    /// `request` actions of `script`, in file order), the dispute policy (`policies.disputes`) and the scripted
    /// disputes (the `openDispute` actions of `script`, in file order).
    public var world: WorldSpec
    /// The behaviour profiles by name: the built-in ones, then the file's, in file order. A file's profile
    /// with a built-in name replaces the built-in one.
    public var profiles: [NamedProfile]
    /// The name of the profile of each department of `world.departments`, in the same order.
    public var departmentProfiles: [String]
    /// The dated actions, in file order (generated function changes are only in `world.script`; requests are
    /// in `world.requests` too, disputes in `world.disputes`).
    public var script: [ScriptEntry]
    /// The checks on metrics that decide whether a run passes.
    public var expectations: [Expectation]
    /// FNV-1a over the compact JSON text of the decoded tree (overrides applied), for `manifest.json`: equal
    /// for files that differ only in white space, different for every override.
    public var contentHash: UInt64

    /// The day after the last simulated day.
    public var endDate: CivilDate { startDate.adding(days: durationDays) }

    /// The run's length in virtual time.
    public var duration: SimDuration { .days(Int64(durationDays)) }

    /// The run's epoch.
    public var epoch: SimEpoch { SimEpoch(startDate: startDate) }

    /// The profile called `name`, if any.
    public func profile(named name: String) -> BehaviourProfile? {
        profiles.last { $0.name == name }?.profile
    }

    /// `contentHash` as 16 lower-case hex digits, for manifests.
    public var contentHashText: String {
        let hex = String(contentHash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
