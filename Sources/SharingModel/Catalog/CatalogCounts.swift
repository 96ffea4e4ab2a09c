/// Resource counts of a catalog, by share type (R-SHR-2..4) and by class (R-CAT-1).
///
/// A struct with named fields rather than a dictionary, so no hash order can reach a report.
public struct CatalogCounts: Hashable, Sendable, Codable {
    /// Departments with an entry (including ones whose catalog is empty).
    public var departments: Int = 0
    /// Resources.
    public var resources: Int = 0
    /// Information items over all resources.
    public var informationItems: Int = 0
    /// Unconditionally shared resources (R-SHR-2).
    public var unconditionalResources: Int = 0
    /// Conditionally shared resources (R-SHR-3).
    public var conditionalResources: Int = 0
    /// Resources not shared (R-SHR-4).
    public var notSharedResources: Int = 0
    /// Base resources (R-CAT-1).
    public var baseResources: Int = 0
    /// Thematic resources (R-CAT-1).
    public var thematicResources: Int = 0
    /// Department resources (R-CAT-1).
    public var departmentResources: Int = 0
    /// Resources in the inner network zone (R-SEC-1).
    public var innerZoneResources: Int = 0

    /// All zero.
    public init() {}

    /// The count of one share type.
    public subscript(kind: ShareTypeKind) -> Int {
        switch kind {
        case .unconditional: unconditionalResources
        case .conditional: conditionalResources
        case .notShared: notSharedResources
        }
    }

    /// The count of one resource class.
    public subscript(resourceClass: ResourceClass) -> Int {
        switch resourceClass {
        case .base: baseResources
        case .thematic: thematicResources
        case .department: departmentResources
        }
    }

    /// Counts per share type, in `ShareTypeKind.allCases` order.
    public var byShareType: [(kind: ShareTypeKind, count: Int)] {
        ShareTypeKind.allCases.map { ($0, self[$0]) }
    }

    /// Counts per class, in `ResourceClass.allCases` order.
    public var byClass: [(resourceClass: ResourceClass, count: Int)] {
        ResourceClass.allCases.map { ($0, self[$0]) }
    }

    /// Adds one resource.
    public mutating func add(_ resource: ResourceMetadata) {
        withUnsafePointer(to: resource) { add($0) }
    }

    /// Counts the resource at `resource`, read in place: a copy of each resource retained its strings, and the
    /// end of a national run counts every resource of every platform's catalog.
    public mutating func add(_ pointer: UnsafePointer<ResourceMetadata>) {
        resources += 1
        informationItems += pointer.pointee.items.count
        switch pointer.pointee.shareType.kind {
        case .unconditional: unconditionalResources += 1
        case .conditional: conditionalResources += 1
        case .notShared: notSharedResources += 1
        }
        switch pointer.pointee.classification.resourceClass {
        case .base: baseResources += 1
        case .thematic: thematicResources += 1
        case .department: departmentResources += 1
        }
        if pointer.pointee.zone == .inner { innerZoneResources += 1 }
    }

    /// Field-by-field sum.
    public static func + (a: CatalogCounts, b: CatalogCounts) -> CatalogCounts {
        var s = a
        s.departments += b.departments
        s.resources += b.resources
        s.informationItems += b.informationItems
        s.unconditionalResources += b.unconditionalResources
        s.conditionalResources += b.conditionalResources
        s.notSharedResources += b.notSharedResources
        s.baseResources += b.baseResources
        s.thematicResources += b.thematicResources
        s.departmentResources += b.departmentResources
        s.innerZoneResources += b.innerZoneResources
        return s
    }
}
