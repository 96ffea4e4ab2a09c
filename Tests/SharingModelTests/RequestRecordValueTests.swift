import SharingModel
import SimKernel
import Testing

/// ``RequestRecord`` and ``RequestClosure`` hold the ``ShareRequest`` itself (docs/decisions/0007), yet their
/// value, hash and mirror are those of the fields they used to store; ``ApplicationRecord``'s ordinal hint
/// is not part of its value.
@Suite struct RequestRecordValueTests {
    static let id = RequestID(user: ActorAddress(12), serial: 7)

    /// A request whose addresses, zone and catalog index are not the placeholders the field initializers use.
    static func request(
        id: RequestID = id, user: DepartmentID = "3301-EDU", userZone: NetworkZone = .inner,
        provider: DepartmentID = "3301-HLT", resource: ResourceCode = "3301-HLT-0003",
        shareType: ShareTypeKind = .conditional, purpose: Purpose = "service:school-place",
        mode: SharingMode = .oneToOne
    ) -> ShareRequest {
        ShareRequest(
            id: id, mode: mode, user: user, userPlatform: ActorAddress(3), userZone: userZone, provider: provider,
            providerAddress: ActorAddress(40), providerPlatform: ActorAddress(4), resource: resource,
            shareType: shareType, purpose: purpose, catalogIndex: 2)
    }

    static let fields = RequestRecord(
        id: id, user: "3301-EDU", provider: "3301-HLT", resource: "3301-HLT-0003", shareType: .conditional,
        purpose: "service:school-place", mode: .oneToOne)

    // MARK: RequestRecord

    @Test func aRecordOfARequestEqualsTheRecordOfItsFields() {
        let record = RequestRecord(Self.request())
        #expect(record == Self.fields)
        #expect(Self.fields == record)
        #expect(record.hashValue == Self.fields.hashValue)
        #expect(Set([record, Self.fields]).count == 1)
        // Another request object with the same seven fields, and the record of the same object.
        #expect(RequestRecord(Self.request()) == record)
        let request = Self.request()
        #expect(RequestRecord(request) == RequestRecord(request))
        // Fields a record does not show (addresses, zone) do not count.
        #expect(RequestRecord(Self.request(userZone: .outer)) == record)
        // The computed fields read the request.
        #expect(record.id == Self.id && record.user == "3301-EDU" && record.provider == "3301-HLT")
        #expect(record.resource == "3301-HLT-0003" && record.shareType == .conditional)
        #expect(record.purpose == "service:school-place" && record.mode == .oneToOne)
    }

    @Test func aRecordDiffersWhenAnyOfItsFieldsDiffers() {
        let record = RequestRecord(Self.request())
        let variants: [(String, ShareRequest)] = [
            ("id", Self.request(id: RequestID(user: ActorAddress(12), serial: 8))),
            ("id user", Self.request(id: RequestID(user: ActorAddress(13), serial: 7))),
            ("user", Self.request(user: "3301-PSB")),
            ("provider", Self.request(provider: "3301-PSB")),
            ("resource", Self.request(resource: "3301-HLT-0004")),
            ("shareType", Self.request(shareType: .unconditional)),
            ("purpose", Self.request(purpose: "service:other")),
            ("mode", Self.request(mode: .centralized)),
        ]
        for (field, request) in variants {
            let other = RequestRecord(request)
            #expect(other != record, "differs in \(field)")
            #expect(record != other, "differs in \(field)")
        }
        #expect(
            RequestRecord(
                id: Self.id, user: "3301-EDU", provider: "3301-HLT", resource: "3301-HLT-0003", shareType: .conditional,
                purpose: "service:other", mode: .oneToOne) != Self.fields)
    }

    @Test func aRecordMirrorsItsSevenFieldsInOrder() {
        let mirror = Mirror(reflecting: RequestRecord(Self.request()))
        #expect(mirror.displayStyle == .struct)
        #expect(
            mirror.children.map(\.label) == ["id", "user", "provider", "resource", "shareType", "purpose", "mode"])
        let values = Array(mirror.children.map(\.value))
        #expect(values[0] as? RequestID == Self.id)
        #expect(values[1] as? DepartmentID == "3301-EDU")
        #expect(values[2] as? DepartmentID == "3301-HLT")
        #expect(values[3] as? ResourceCode == "3301-HLT-0003")
        #expect(values[4] as? ShareTypeKind == .conditional)
        #expect(values[5] as? Purpose == "service:school-place")
        #expect(values[6] as? SharingMode == .oneToOne)
        // The field initializer's record mirrors the same.
        #expect(Mirror(reflecting: Self.fields).children.map(\.label) == mirror.children.map(\.label))
    }

    // MARK: RequestClosure

    static let delivery = DataDelivery(zone: .inner, age: .seconds(90), erroneous: true)
    static let madeAt = SimInstant(milliseconds: 86_400_000)

    static let closureFields = RequestClosure(
        id: id, user: "3301-EDU", userZone: .inner, provider: "3301-HLT", resource: "3301-HLT-0003",
        shareType: .conditional, outcome: .granted, madeAt: madeAt, delivery: delivery)

    @Test func aClosureOfARequestEqualsTheClosureOfItsFields() {
        let closure = RequestClosure(
            request: Self.request(), outcome: .granted, madeAt: Self.madeAt, delivery: Self.delivery)
        #expect(closure == Self.closureFields)
        #expect(Self.closureFields == closure)
        #expect(closure.hashValue == Self.closureFields.hashValue)
        #expect(Set([closure, Self.closureFields]).count == 1)
        // Purpose and mode are not among a closure's fields.
        let otherPurpose = RequestClosure(
            request: Self.request(purpose: "x", mode: .centralized), outcome: .granted, madeAt: Self.madeAt,
            delivery: Self.delivery)
        #expect(otherPurpose == closure)
        #expect(otherPurpose.hashValue == closure.hashValue)
        #expect(closure.id == Self.id && closure.userZone == .inner && closure.shareType == .conditional)
    }

    /// A closure of `request`, by default of the suite's request.
    static func closure(
        _ request: ShareRequest = Self.request(), outcome: RequestOutcome = .granted,
        madeAt: SimInstant = Self.madeAt, delivery: DataDelivery? = Self.delivery
    ) -> RequestClosure {
        RequestClosure(request: request, outcome: outcome, madeAt: madeAt, delivery: delivery)
    }

    @Test func aClosureDiffersWhenAnyOfItsNineFieldsDiffers() {
        let request = Self.request()
        let closure = Self.closure(request)
        let variants: [(String, RequestClosure)] = [
            ("id", Self.closure(Self.request(id: RequestID(user: ActorAddress(12), serial: 9)))),
            ("user", Self.closure(Self.request(user: "X"))),
            ("userZone", Self.closure(Self.request(userZone: .outer))),
            ("provider", Self.closure(Self.request(provider: "X"))),
            ("resource", Self.closure(Self.request(resource: "X"))),
            ("shareType", Self.closure(Self.request(shareType: .notShared))),
            ("outcome", Self.closure(request, outcome: .served)),
            ("madeAt", Self.closure(request, madeAt: SimInstant(milliseconds: 1))),
            ("delivery", Self.closure(request, delivery: nil)),
            ("delivery age", Self.closure(request, delivery: DataDelivery(zone: .inner, age: .zero, erroneous: true))),
        ]
        for (field, other) in variants {
            #expect(other != closure, "differs in \(field)")
            #expect(closure != other, "differs in \(field)")
        }
        #expect(Self.closure(request) == closure)
    }

    @Test func aClosureMirrorsItsNineFieldsInOrder() {
        let closure = RequestClosure(
            request: Self.request(), outcome: .granted, madeAt: Self.madeAt, delivery: Self.delivery)
        let mirror = Mirror(reflecting: closure)
        #expect(mirror.displayStyle == .struct)
        #expect(
            mirror.children.map(\.label) == [
                "id", "user", "userZone", "provider", "resource", "shareType", "outcome", "madeAt", "delivery",
            ])
        let values = Array(mirror.children.map(\.value))
        #expect(values[0] as? RequestID == Self.id)
        #expect(values[2] as? NetworkZone == .inner)
        #expect(values[6] as? RequestOutcome == .granted)
        #expect(values[7] as? SimInstant == Self.madeAt)
        #expect(values[8] as? DataDelivery == Self.delivery)
        #expect(Mirror(reflecting: Self.closureFields).children.map(\.label) == mirror.children.map(\.label))
        // No delivery: the child is still there, an empty optional.
        let refused = RequestClosure(
            request: Self.request(), outcome: .refused(.notInCatalog), madeAt: Self.madeAt, delivery: nil)
        let last = Mirror(reflecting: refused).children.map(\.value).last
        #expect(last.map { Mirror(reflecting: $0).displayStyle } == .optional)
        #expect(last.map { Mirror(reflecting: $0).children.isEmpty } == true)
    }

    // MARK: ApplicationRecord

    static func application(hint: Int32 = -1, tripsMade: Int = 1) -> ApplicationRecord {
        ApplicationRecord(
            service: "school-place", department: "3301-EDU", arrivedAt: SimInstant(milliseconds: 5_000),
            crossDepartmentNeeds: 4, sharedNeeds: 2, originalNeeds: 2, tripsSaved: 1, tripsMade: tripsMade,
            serviceOrdinalHint: hint)
    }

    @Test func applicationRecordsDifferingOnlyInTheOrdinalHintAreEqual() {
        let unknown = Self.application()
        let hinted = Self.application(hint: 3)
        #expect(unknown.serviceOrdinalHint == -1 && hinted.serviceOrdinalHint == 3)
        #expect(unknown == hinted)
        #expect(unknown.hashValue == hinted.hashValue)
        #expect(Set([unknown, hinted, Self.application(hint: 17)]).count == 1)
        // Anything else still counts.
        #expect(Self.application(tripsMade: 2) != unknown)
        #expect(Self.application(hint: 3, tripsMade: 2) != hinted)
    }
}

/// A request or record that names its service through a ``ServiceNames`` table (docs/decisions/0022) is the
/// same value as one given the strings.
@Suite struct ServiceNameValueTests {
    static let names = ServiceNames([
        ServiceSpec(id: "first", name: "一", department: "D1", applicationsPerYear: 1, needs: []),
        ServiceSpec(id: "school-place", name: "二", department: "D2", applicationsPerYear: 1, needs: []),
    ])

    @Test func aRecordOfANamedServiceEqualsOneOfItsID() {
        let named = ApplicationRecord(
            service: ServiceName(Self.names, 1), department: "D2", arrivedAt: SimInstant(milliseconds: 9),
            crossDepartmentNeeds: 2, sharedNeeds: 1, originalNeeds: 1, tripsSaved: 0, tripsMade: 1,
            serviceOrdinalHint: 1)
        let given = ApplicationRecord(
            service: "school-place", department: "D2", arrivedAt: SimInstant(milliseconds: 9),
            crossDepartmentNeeds: 2, sharedNeeds: 1, originalNeeds: 1, tripsSaved: 0, tripsMade: 1)
        #expect(named.service == "school-place")
        #expect(named == given)
        #expect(named.hashValue == given.hashValue)
        // The trace writes a record from its mirror: the id, not the table.
        #expect(
            Mirror(reflecting: named).children.map(\.label) == [
                "service", "department", "arrivedAt", "crossDepartmentNeeds", "sharedNeeds", "originalNeeds",
                "tripsSaved", "tripsMade",
            ])
        #expect(Mirror(reflecting: named).children.first?.value as? ServiceID == "school-place")
        let other = ApplicationRecord(
            service: ServiceName(Self.names, 0), department: "D2", arrivedAt: SimInstant(milliseconds: 9),
            crossDepartmentNeeds: 2, sharedNeeds: 1, originalNeeds: 1, tripsSaved: 0, tripsMade: 1)
        #expect(other != given)
        var renamed = other
        renamed.service = "school-place"
        #expect(renamed == given)
    }

    @Test func aRequestDeclaringItsServicesPurposeHasThatPurpose() {
        func request(_ declared: DeclaredPurpose) -> ShareRequest {
            ShareRequest(
                id: RequestID(user: ActorAddress(3), serial: 1), mode: .centralized, user: "D2",
                userPlatform: ActorAddress(0), userZone: .outer, provider: "D1", providerAddress: ActorAddress(2),
                providerPlatform: ActorAddress(0), resource: "D1-R1", shareType: .conditional, declaring: declared,
                catalogIndex: 0)
        }
        let named = request(.service(ServiceName(Self.names, 1)))
        let given = request(.text(Purpose.service("school-place")))
        #expect(named.purpose == Purpose(rawValue: "service:school-place"))
        #expect(named.grantKey == given.grantKey)
        #expect(RequestRecord(named) == RequestRecord(given))
        #expect(request(.service(ServiceName(Self.names, 0))).grantKey != given.grantKey)
    }
}
