import SharingModel
import SimKernel

/// The `assignment` block as read.
struct DecodedAssignment {
    /// Department id → profile name, with where each is.
    var departments: [(id: DepartmentID, profile: String, location: JSONLocation)] = []
    /// Profile name → share, for the departments not named.
    var mix: [(profile: String, share: Double, location: JSONLocation)] = []
    /// The profile of departments not named, when there is no mix.
    var defaultProfile: (name: String, location: JSONLocation)?
}

extension ScenarioDecoder {
    /// `profiles`: name → `{"kind", "onTimeProbability", "lateness", "sharing", "provision"}`; `sharing` and
    /// `provision` override fields of the kind's SharingBehaviour and ProvisionBehaviour presets.
    func readProfiles(_ r: ObjectReader) {
        let entries = r.value.objectValue?.members ?? []
        for member in entries {
            guard let v = r.value(forKey: member.key) else { continue }
            let profile = v.object { p -> BehaviourProfile? in
                let kind = p.enumValue("kind", as: BehaviourProfile.Kind.self) ?? .cooperative
                let onTime = p.double("onTimeProbability", in: 0...1)
                let lateness = p.value(forKey: "lateness")
                if lateness == nil { p.reportMissing("lateness", expected: "a duration or a distribution object") }
                // Read before returning, so that its errors are found even when lateness is missing.
                let sharing = p.object("sharing", required: false) {
                    readSharingBehaviour($0, preset: .preset(for: kind))
                }
                let provision = p.object("provision", required: false) {
                    readProvisionBehaviour($0, preset: .preset(for: kind))
                }
                return lateness.flatMap { readDistribution($0) }.map {
                    BehaviourProfile(
                        kind: kind, onTimeProbability: onTime, lateness: $0, sharing: sharing, provision: provision)
                }
            }
            if let profile = profile ?? nil {
                profiles.append(NamedProfile(name: member.key, profile: profile))
            }
        }
    }

    /// `assignment`: `departments` (id → profile), `mix` (`[{"profile", "share"}]`) or `default`.
    func readAssignment(_ r: ObjectReader) {
        let entries = r.entries("departments", required: false) { _, v in v.string().map { ($0, v.location) } }
        assignment.departments = entries.map { (DepartmentID($0.key), $0.value.0, $0.value.1) }
        assignment.mix = r.objects("mix", required: false) { m in
            (m.string("profile"), m.double("share", in: 0...), m.location(ofKey: "profile"))
        }
        if let d = r.optional("default", as: String.self) {
            assignment.defaultProfile = (d, r.location(ofKey: "default"))
            if r.has("mix") {
                r.report(
                    .invalidValue, key: "default", "\"default\" and \"mix\" cannot both be given",
                    expected: "either one profile for all unnamed departments, or a mix")
            }
        }
        if !assignment.mix.isEmpty && assignment.mix.allSatisfy({ $0.share == 0 }) {
            r.report(.invalidValue, key: "mix", "the shares of the mix are all zero", expected: "a positive share")
        }
    }

    /// Checks the profile names and department ids of `assignment`, then the profile name of each department in
    /// world order: named in `departments`, else drawn from `mix`, else `default`, else its own (cooperative
    /// for listed departments, the generator's draw for generated ones).
    func assignProfiles(to world: inout WorldSpec) -> [String] {
        let names = profiles.map(\.name)
        func check(_ name: String, _ location: JSONLocation) {
            if !names.contains(name) {
                reportUnknown(
                    "profile", name, at: location, expected: "a built-in profile or one defined in profiles",
                    candidates: names)
            }
        }
        let ids = world.departments.map(\.id)
        let idSet = Set(ids)
        var named: [DepartmentID: String] = [:]
        for a in assignment.departments {
            check(a.profile, a.location)
            if idSet.contains(a.id) {
                named[a.id] = a.profile
            } else {
                reportUnknown(
                    "department", a.id.rawValue, at: JSONLocation(path: a.location.path, position: a.location.position),
                    expected: "the id of a department of the topology", candidates: ids.map(\.rawValue))
            }
        }
        for m in assignment.mix { check(m.profile, m.location) }
        if let d = assignment.defaultProfile { check(d.name, d.location) }
        guard diagnostics.isEmpty else { return [] }

        let byName = Dictionary(profiles.map { ($0.name, $0.profile) }, uniquingKeysWith: { _, last in last })
        let weights = assignment.mix.map(\.share)
        // A stream of its own, so the mix does not shift the generator's or the actors' draws.
        var random = RandomStream(seed: seed, name: "scenario.assignment")
        var result: [String] = []
        result.reserveCapacity(world.departments.count)
        for i in world.departments.indices {
            let own = world.departments[i].profile
            let name: String
            if let n = named[world.departments[i].id] {
                name = n
            } else if !weights.isEmpty {
                name = assignment.mix[random.weightedIndex(weights)].profile
            } else if let d = assignment.defaultProfile {
                name = d.name
            } else {
                name = profiles.last { $0.profile == own }?.name ?? own.kind.rawValue
            }
            if let p = byName[name] { world.departments[i].profile = p }
            result.append(name)
        }
        return result
    }
}
