extension DepartmentCatalog {
    /// Every rule the catalog breaks, in a deterministic order: resources in catalog order (by code),
    /// and for each resource the checks in this order: duplicate code, missing metadata (code, name,
    /// provider code, items, each item's name, share conditions, open conditions), provider, share rules.
    ///
    /// Required metadata (R-CAT-2) here means the fields a user needs to find and request the data;
    /// summary and classification code may be empty.
    public func validate() -> [CatalogError] {
        var errors: [CatalogError] = []
        // Read in place: a copy of each resource retained all its strings, and every catalog of a world is
        // validated when it is loaded and when it is published.
        resources.withUnsafeBufferPointer { resources in
            for index in resources.indices {
                let code = resources[index].code
                if index > 0, resources[index - 1].code == code, !code.isEmpty {
                    // R-CAT-2: the resource code identifies the resource, so it must be unique in its catalog.
                    errors.append(
                        CatalogError(
                            code: .duplicateResourceCode, resource: code, rule: .cat2,
                            message: "resource code appears more than once in the catalog of \(department)"))
                }
                appendErrors(of: resources.baseAddress.unsafelyUnwrapped + index, to: &errors)
            }
        }
        return errors
    }

    /// `true` when `validate()` finds nothing.
    public var isValid: Bool { validate().isEmpty }

    // By pointer: a resource passed as a value (even `borrowing`) was copied out of the buffer, its strings
    // retained and released, for every resource of every catalog validated.
    private func appendErrors(of r: UnsafePointer<ResourceMetadata>, to errors: inout [CatalogError]) {
        let resource: ResourceCode? = r.pointee.code.isEmpty ? nil : r.pointee.code

        func missing(_ field: String, _ what: String) {
            errors.append(
                CatalogError(
                    code: .missingRequiredMetadata, resource: resource, rule: .cat2, field: field,
                    message: "missing required metadata: \(what)"))
        }

        // R-CAT-2: the core metadata a user needs to find and request the resource.
        if r.pointee.code.isEmpty { missing("code", "empty resource code (resource \"\(r.pointee.name)\")") }
        if isBlank(r.pointee.name) { missing("name", "empty name") }
        if isBlank(r.pointee.providerCode) { missing("providerCode", "empty provider code") }
        if r.pointee.items.isEmpty { missing("items", "no information items") }
        for (i, item) in r.pointee.items.enumerated() where isBlank(item.name) {
            missing("items[\(i)].name", "information item \(i) has an empty name")
        }
        if let conditions = r.pointee.shareType.conditions, isBlank(conditions) {
            missing("shareType.conditions", "conditional resource states no share conditions")
        }
        if r.pointee.openDataType == .conditionalOpen, isBlank(r.pointee.openConditions ?? "") {
            missing("openConditions", "conditionally open resource states no open conditions")
        }

        // R-CAT-3: a department catalogues what it collects itself (谁主管，谁提供).
        if r.pointee.provider != department {
            errors.append(
                CatalogError(
                    code: .providerMismatch, resource: resource, rule: .cat3,
                    message: "provider \(r.pointee.provider) is not the catalog's department \(department)"))
        }

        // R-SHR-4: not sharing is the exception and needs a cited basis.
        if let basis = r.pointee.shareType.legalBasis, !basis.isCited {
            errors.append(
                CatalogError(
                    code: .notSharedWithoutLegalBasis, resource: resource, rule: .shr4,
                    message: "not-shared resource must cite a law, administrative regulation or "
                        + "Party Central / State Council policy"))
        }

        // R-SHR-4: base resources are shared, by principle unconditionally. A conditional base
        // resource is an error too: the rulebook allows no condition on them.
        if r.pointee.classification.resourceClass == .base {
            let kind = r.pointee.classification.baseKind.map { " (\($0))" } ?? ""
            switch r.pointee.shareType.kind {
            case .unconditional:
                break
            case .conditional:
                errors.append(
                    CatalogError(
                        code: .baseResourceNotUnconditional, resource: resource, rule: .shr4,
                        message: "base resource\(kind) is conditional; base resources are shared unconditionally"))
            case .notShared:
                errors.append(
                    CatalogError(
                        code: .baseResourceNotShared, resource: resource, rule: .shr4,
                        message: "base resource\(kind) is not shared; base resources are shared unconditionally"))
            }
        }
    }

    private func isBlank(_ s: String) -> Bool { s.isBlankText }
}
