import SimKernel

/// The answer to a ``ShareRequest`` on its way back to the user.
public struct ShareResponse: Sendable {
    /// The request answered.
    public var request: ShareRequest
    /// What the answer says.
    public var answer: RequestAnswer
    /// The share type the answering body found (it may differ from the user's if the catalog changed).
    public var shareType: ShareTypeKind?

    /// A response.
    public init(request: ShareRequest, answer: RequestAnswer, shareType: ShareTypeKind?) {
        self.request = request
        self.answer = answer
        self.shareType = shareType
    }
}

/// The body of an answer. A refusal carries its reason, so none can be built without one (R-SHR-3).
public enum RequestAnswer: Hashable, Sendable {
    /// Data served by the platform: an unconditional resource (R-SHR-2), or a conditional one under a
    /// standing grant for the same purpose (R-SHR-3).
    case served(DataDelivery)
    /// A conditional application (or a one-to-one request) granted after review, with its first extract
    /// (R-PLT-3: conditional data is extracted after approval).
    case granted(DataDelivery)
    /// Refused, with the reason.
    case refused(RefusalReason)

    /// The data carried, if any.
    public var delivery: DataDelivery? {
        switch self {
        case .served(let d), .granted(let d): d
        case .refused: nil
        }
    }
}

/// Data handed to a user, and what it is like.
public struct DataDelivery: Hashable, Sendable {
    /// The zone the data comes from (R-SEC-1).
    public var zone: NetworkZone
    /// How old the data is: the time since the provider's systems last fed it to the platform, which
    /// depends on its integration mode (zero when extracted from the source).
    public var age: SimDuration
    /// Whether the record is wrong (the provider's data quality, R-CAT-5, R-USE-3).
    public var erroneous: Bool

    /// A delivery.
    public init(zone: NetworkZone, age: SimDuration, erroneous: Bool) {
        self.zone = zone
        self.age = age
        self.erroneous = erroneous
    }
}

/// R-USE-3: a user's report of a wrong record, sent to the provider.
public struct ErrorReport: Hashable, Sendable {
    /// The report's id: the request whose data was wrong.
    public var request: RequestID
    /// The reporting user.
    public var user: DepartmentID
    /// The provider.
    public var provider: DepartmentID
    /// The resource.
    public var resource: ResourceCode
    /// When the user found the error.
    public var reportedAt: SimInstant

    /// A report.
    public init(
        request: RequestID, user: DepartmentID, provider: DepartmentID, resource: ResourceCode, reportedAt: SimInstant
    ) {
        self.request = request
        self.user = user
        self.provider = provider
        self.resource = resource
        self.reportedAt = reportedAt
    }
}
