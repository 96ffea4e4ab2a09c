import ShareSim
import SharingModel
import SimKernel

/// A small random world and its script for the property tests (issue 12): everything drawn from one seeded
/// stream, so a seed names a world (`SHARESIM_PROPERTY_SEED=N` replays one).
///
/// Worlds are small (1–3 levels, up to 12 departments, up to 4 resources each) and varied: levels, network
/// zones, integration modes, sharing modes, behaviour profiles (presets and random ones), link latency, loss and
/// outages (scripted or random), sync policies with and without retries, scripted changes of functions (some
/// refused as invalid), scripted requests and disputes, and services that draw applications.
///
/// Faults stop: scripted outage windows and changes fall in the first part of the run, and loss and random
/// outages (which go on) are only drawn with retries on, so the catalogs can converge once the run is quiet.
/// Changes never change an existing resource's share type, so whether a delivery needed a grant is decided
/// by the resource's code alone (``RandomWorld/shareTypes``).
struct RandomWorld {
    var seed: UInt64
    var spec: WorldSpec
    var durationDays: Int
    /// The share type of every resource code that exists in any version of any catalog.
    var shareTypes: [ResourceCode: ShareTypeKind]

    /// One line about the world, printed with a failing property so the case can be read and replayed.
    var summary: String {
        let levels = Set(spec.governments.map(\.level)).count
        let inner = spec.departments.filter { $0.zone == .inner }.count
        return "seed \(seed): \(spec.governments.count) governments (\(levels) levels), "
            + "\(spec.departments.count) departments (\(inner) inner), \(spec.resourceCount) resources, "
            + "\(spec.sharing.mode), retries \(spec.policy.retriesEnabled ? "on" : "off"), "
            + "loss \(spec.links.frontEnd.lossProbability)/\(spec.links.municipalProvincial.lossProbability)/"
            + "\(spec.links.provincialNational.lossProbability), \(spec.script.count) changes, "
            + "\(spec.requests.count) requests, \(spec.disputes.count) disputes, \(spec.services.count) services, "
            + "\(spec.lines.count) lines, \(durationDays) days"
    }

    init(seed: UInt64) {
        self.seed = seed
        var random = RandomStream(seed: seed, name: "random-world")
        var shareTypes: [ResourceCode: ShareTypeKind] = [:]
        let start = CivilDate(year: 2017, month: 1, day: 1)!.adding(days: random.int(below: 700))
        let durationDays = random.int(in: 20...120)
        // Faults and changes happen in the active part; the rest of the run is quiet.
        let activeDays = max(1, durationDays * 2 / 3)

        // Governments: the nation, up to two provinces, up to three cities under them.
        var governments = [GovernmentSpec(id: "CN", name: "国家", level: .national, parent: nil)]
        let provinces = random.int(in: 0...2)
        for p in 0..<provinces {
            governments.append(
                GovernmentSpec(id: GovernmentID("P\(p)"), name: "省\(p)", level: .provincial, parent: "CN"))
        }
        if provinces > 0 {
            for c in 0..<random.int(in: 0...3) {
                let parent = GovernmentID("P\(random.int(below: provinces))")
                governments.append(
                    GovernmentSpec(id: GovernmentID("M\(c)"), name: "市\(c)", level: .municipal, parent: parent))
            }
        }

        // Departments with their first catalogs.
        var departments: [DepartmentSpec] = []
        for g in governments {
            let count = random.int(in: g.level == .national ? 0...2 : 1...3)
            for _ in 0..<count {
                let id = DepartmentID("D\(departments.count)")
                let zone: NetworkZone = random.bernoulli(0.2) ? .inner : .outer
                let resources = (1...random.int(in: 1...4)).map { n in
                    Self.resource(of: id, n, zone: zone, start: start, random: &random, shareTypes: &shareTypes)
                }
                departments.append(
                    DepartmentSpec(
                        id: id, name: "部门\(departments.count)", government: g.id, zone: zone,
                        integration: Self.integration(&random), profile: Self.profile(&random), resources: resources))
            }
        }
        while departments.count < 2 {
            // Sharing needs two sides: more at the national government.
            let id = DepartmentID("D\(departments.count)")
            departments.append(
                DepartmentSpec(
                    id: id, name: "部门\(departments.count)", government: "CN",
                    resources: [
                        Self.resource(of: id, 1, zone: .outer, start: start, random: &random, shareTypes: &shareTypes)
                    ]))
        }

        var spec = WorldSpec(seed: seed, startDate: start, governments: governments, departments: departments)
        let retries = random.bernoulli(0.75)
        spec.policy =
            retries
            ? SyncPolicy(
                initialRetryDelay: .minutes(Int64(random.int(in: 5...60))),
                maxRetryDelay: .hours(Int64(random.int(in: 1...24))), maxAttempts: random.int(in: 3...40))
            : .noRetries
        spec.links = Self.links(&random, retries: retries, epoch: spec.epoch, activeDays: activeDays)
        spec.sharing = SharingPolicy(
            mode: random.bernoulli(0.5) ? .centralized : .oneToOne, reviewDeadlineWorkingDays: random.int(in: 1...15),
            enforceReviewDeadline: random.bernoulli(0.3), requestTimeoutWorkingDays: random.int(in: 5...40),
            reapplyAfter: .days(Int64(random.int(in: 1...90))), realizationThreshold: random.uniform(0.5..<1))
        spec.disputePolicy = DisputePolicy(
            negotiationWorkingDays: random.int(in: 1...10), negotiationRoundWorkingDays: random.int(in: 1...3),
            authorityWorkingDays: random.int(in: 1...20), councilWorkingDays: random.int(in: 1...30),
            authorityOnTimeProbability: random.uniform(), councilOnTimeProbability: random.uniform(),
            orderShareProbability: random.uniform(), upholdNotSharedProbability: random.uniform(),
            openOnRefusal: random.bernoulli(0.3))

        // Changes of functions: new resources, renamed ones (same share type), removals, now and then an
        // update that breaks R-SHR-4 and is refused.
        for k in 0..<random.int(in: 0...4) {
            let d = departments[random.int(below: departments.count)]
            let day = start.adding(days: random.int(below: activeDays))
            var upserts: [ResourceMetadata] = []
            var removals: [ResourceCode] = []
            switch random.int(below: 4) {
            case 0:
                upserts.append(
                    Self.resource(
                        of: d.id, 10 + k, zone: d.zone, start: day, random: &random, shareTypes: &shareTypes))
            case 1:
                var renamed = d.resources[random.int(below: d.resources.count)]
                renamed.name += "（修订）"
                upserts.append(renamed)
            case 2:
                removals.append(d.resources[random.int(below: d.resources.count)].code)
            default:
                // R-SHR-4: a base resource may not be withheld; the department refuses to publish this.
                upserts.append(
                    FixtureResources.resource(
                        d.id, 30 + k, name: "无效资源", classification: .base(.population),
                        shareType: .notShared(legalBasis: LegalBasis(kind: .law, citation: "某法")), publishDate: day,
                        zone: d.zone))
            }
            spec.script.append(
                ScriptedChange(
                    date: day, hour: random.int(in: 0...23),
                    change: FunctionChange(id: k + 1, department: d.id, upserts: upserts, removals: removals)))
        }

        // Demand and scripted requests and disputes, each between two departments' first catalogs.
        func randomNeed(excluding user: DepartmentID?) -> ServiceSpec.Need {
            let others = departments.filter { $0.id != user }
            let provider = others[random.int(below: others.count)]
            let resource = provider.resources[random.int(below: provider.resources.count)]
            return ServiceSpec.Need(provider: provider.id, resource: resource.code)
        }
        let purposes = ["入学资格审核", "社保待遇核定", "企业登记核查"].map(Purpose.init(rawValue:))
        for s in 0..<random.int(in: 0...2) {
            let d = departments[random.int(below: departments.count)]
            spec.services.append(
                ServiceSpec(
                    id: ServiceID("S\(s)"), name: "服务\(s)", department: d.id,
                    applicant: random.bernoulli(0.5) ? .citizen : .company,
                    applicationsPerYear: random.uniform(0..<300),
                    needs: (0..<random.int(in: 1...4)).map { _ in
                        randomNeed(excluding: random.bernoulli(0.1) ? nil : d.id)
                    },
                    waitLimit: .hours(Int64(random.int(in: 1...240)))))
        }
        for _ in 0..<random.int(in: 0...6) {
            let user = departments[random.int(below: departments.count)].id
            spec.requests.append(
                ScriptedRequest(
                    date: start.adding(days: random.int(below: durationDays)), hour: random.int(in: 0...23),
                    user: user, need: randomNeed(excluding: user), purpose: purposes[random.int(below: purposes.count)])
            )
        }
        for _ in 0..<random.int(in: 0...2) {
            let user = departments[random.int(below: departments.count)].id
            spec.disputes.append(
                ScriptedRequest(
                    date: start.adding(days: random.int(below: durationDays)), hour: random.int(in: 0...23),
                    user: user, need: randomNeed(excluding: user), purpose: purposes[random.int(below: purposes.count)])
            )
        }
        // Vertical lines (R-RET-1, R-RET-2), drawn last so that worlds without them keep every earlier draw: a
        // receiver above some departments, their collectors, any return policy, upper-system faults, sometimes a
        // scripted return request or policy change.
        let tree = GovernmentTree(governments)
        let policies: [ReturnPolicy] = [
            .blocked, .push(everyDays: random.int(in: 1...30)), .onRequest(reviewWorkingDays: random.int(in: 0...15)),
        ]
        for l in 0..<random.int(in: 0...2) {
            let receivers = departments.filter { r in departments.contains { tree.isBelow($0.government, r.government) }
            }
            guard !receivers.isEmpty else { break }
            let receiver = receivers[random.int(below: receivers.count)]
            let below = departments.filter { tree.isBelow($0.government, receiver.government) }
            let collectors = below.filter { _ in random.bernoulli(0.7) }.map(\.id)
            let line = ReportingLine(
                id: LineID("L\(l)"), receiver: receiver.id, collectors: collectors.isEmpty ? [below[0].id] : collectors,
                verticallyManaged: random.bernoulli(0.5), schedule: ReportSchedule.allCases[random.int(below: 3)],
                recordsPerDay: random.uniform(0..<50), graceWorkingDays: random.int(in: 0...5),
                returnPolicy: random.bernoulli(0.3) ? nil : policies[random.int(below: 3)],
                requestEveryDays: random.bernoulli(0.3) ? nil : random.int(in: 1...40),
                faults: UpperSystemFaults(
                    latency: .exponential(mean: .hours(Int64(random.int(in: 1...48)))),
                    disconnectProbability: random.uniform(0..<0.5), recordLossRate: random.uniform(0..<0.2)),
                retries: random.bernoulli(0.5), retryAfter: .hours(Int64(random.int(in: 1...24))),
                feedback: CollectionFeedback(discouragement: random.uniform()))
            spec.lines.append(line)
            if random.bernoulli(0.5) {
                let government = departments.first { $0.id == line.collectors[0] }!.government
                spec.lineScript.append(
                    ScriptedLineAction(
                        date: start.adding(days: random.int(below: durationDays)), line: line.id,
                        kind: .returnRequest(government: government)))
            }
            if random.bernoulli(0.3) {
                spec.lineScript.append(
                    ScriptedLineAction(
                        date: start.adding(days: random.int(below: durationDays)), line: line.id,
                        kind: .setReturnPolicy(policies[random.int(below: 3)])))
            }
        }
        self.spec = spec
        self.durationDays = durationDays
        self.shareTypes = shareTypes
    }

    /// Resource `n` of `department`: any class, share type and zone (mostly the department's own).
    private static func resource(
        of department: DepartmentID, _ n: Int, zone: NetworkZone, start: CivilDate, random: inout RandomStream,
        shareTypes: inout [ResourceCode: ShareTypeKind]
    ) -> ResourceMetadata {
        let classification: ResourceClassification
        let shareType: ShareType
        switch random.int(below: 6) {
        case 0:
            // R-SHR-4: base resources are shared unconditionally.
            classification = .base(BaseResourceKind.allCases[random.int(below: BaseResourceKind.allCases.count)])
            shareType = .unconditional
        default:
            classification = random.bernoulli(0.3) ? .thematic() : .department()
            switch random.int(below: 3) {
            case 0: shareType = .unconditional
            case 1: shareType = .conditional(conditions: "履职需要")
            default: shareType = .notShared(legalBasis: LegalBasis(kind: .administrativeRegulation, citation: "某条例"))
            }
        }
        let resourceZone: NetworkZone = random.bernoulli(0.1) ? (zone == .inner ? .outer : .inner) : zone
        let resource = FixtureResources.resource(
            department, n, name: "资源\(n)", classification: classification, shareType: shareType,
            publishDate: start, zone: resourceZone)
        shareTypes[resource.code] = resource.shareTypeKind
        return resource
    }

    private static func integration(_ random: inout RandomStream) -> IntegrationMode {
        switch random.int(below: 3) {
        case 0: .api
        case 1: .frontEnd(everyHours: random.int(in: 1...12))
        default: .spreadsheet(everyDays: random.int(in: 1...10))
        }
    }

    /// A preset of one of the four failures (or cooperation), or a random profile with bounded lateness.
    private static func profile(_ random: inout RandomStream) -> BehaviourProfile {
        let presets: [BehaviourProfile] = [.cooperative, .unwilling, .afraid, .dontKnowHow, .unable, .punctual]
        if random.bernoulli(0.6) { return presets[random.int(below: presets.count)] }
        let kind = BehaviourProfile.Kind.allCases[random.int(below: BehaviourProfile.Kind.allCases.count)]
        let sharing = SharingBehaviour(
            approvalProbability: random.uniform(), reviewOnTimeProbability: random.uniform(),
            reviewLateness: .uniform(min: .zero, max: .days(Int64(random.int(in: 1...30)))),
            silenceProbability: random.uniform(0..<0.3), securityRefusalShare: random.uniform(),
            dataErrorRate: random.uniform(0..<0.3),
            correctionDelay: .exponential(mean: .days(Int64(random.int(in: 1...20)))),
            errorDetectionProbability: random.uniform(), misuseProbability: random.uniform(0..<0.2))
        return BehaviourProfile(
            kind: kind, onTimeProbability: random.uniform(),
            lateness: .uniform(min: .zero, max: .days(Int64(random.int(in: 1...60)))), sharing: sharing)
    }

    /// Latency per class; loss and random outages only with retries (they never stop), scripted outages in
    /// the active part.
    private static func links(
        _ random: inout RandomStream, retries: Bool, epoch: SimEpoch, activeDays: Int
    )
        -> LinkProfiles
    {
        var links = LinkProfiles.healthy
        for c in LinkClass.allCases {
            let latency: DelayDistribution =
                switch random.int(below: 3) {
                case 0: .fixed(.seconds(Int64(random.int(in: 0...30))))
                case 1: .uniform(min: .milliseconds(100), max: .minutes(Int64(random.int(in: 1...30))))
                default: .lognormal(median: .seconds(2), p95: .seconds(20))
                }
            var outages = OutagePlan.none
            switch random.int(below: 3) {
            case 0:
                var windows: [OutageWindow] = []
                for _ in 0..<random.int(in: 1...3) {
                    let startMs = Int64(random.int(below: activeDays * 86_400)) * 1000
                    let length = SimDuration.hours(Int64(random.int(in: 1...72)))
                    let start = SimInstant(milliseconds: startMs)
                    windows.append(OutageWindow(start: start, end: start + length))
                }
                outages = .scripted(windows)
            case 1 where retries:
                outages = .random(
                    mtbf: .days(Int64(random.int(in: 2...30))), mttr: .hours(Int64(random.int(in: 1...24))))
            default:
                break
            }
            let loss = retries && random.bernoulli(0.6) ? random.uniform(0..<0.3) : 0
            links[c] = LinkProfile(latency: latency, lossProbability: loss, outages: outages)
        }
        return links
    }
}
