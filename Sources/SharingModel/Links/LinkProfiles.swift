import SimKernel

/// One profile per link class: the network of a world.
public struct LinkProfiles: Hashable, Sendable, Codable {
    /// Department ↔ platform.
    public var frontEnd: LinkProfile
    /// City ↔ province.
    public var municipalProvincial: LinkProfile
    /// Province ↔ nation.
    public var provincialNational: LinkProfile

    /// Profiles for each class.
    public init(frontEnd: LinkProfile, municipalProvincial: LinkProfile, provincialNational: LinkProfile) {
        self.frontEnd = frontEnd
        self.municipalProvincial = municipalProvincial
        self.provincialNational = provincialNational
    }

    /// Seconds-scale latencies and no loss: a healthy network.
    public static let healthy = LinkProfiles(
        frontEnd: LinkProfile(latency: .lognormal(median: .seconds(2), p95: .seconds(20))),
        municipalProvincial: LinkProfile(latency: .lognormal(median: .seconds(1), p95: .seconds(10))),
        provincialNational: LinkProfile(latency: .lognormal(median: .seconds(1), p95: .seconds(10))))

    /// The profile of a class.
    public subscript(linkClass: LinkClass) -> LinkProfile {
        get {
            switch linkClass {
            case .frontEnd: frontEnd
            case .municipalProvincial: municipalProvincial
            case .provincialNational: provincialNational
            }
        }
        set {
            switch linkClass {
            case .frontEnd: frontEnd = newValue
            case .municipalProvincial: municipalProvincial = newValue
            case .provincialNational: provincialNational = newValue
            }
        }
    }

    /// Every class with the same loss probability added (tests and sweeps).
    public func withLoss(_ p: Double) -> LinkProfiles {
        var copy = self
        for c in LinkClass.allCases { copy[c] = copy[c].withLoss(p) }
        return copy
    }
}
