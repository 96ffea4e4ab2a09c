import SharingModel

/// The order in which bodies take up a dispute between a user and a provider department.
///
/// Interpretation, recorded in docs/rules.md: R-ESC-2 names "the same-level sharing authority";
/// between departments of two governments the authority of their lowest common government
/// coordinates, since it is the lowest body with standing over both (for two provinces, the
/// national sharing authority). When a stage times out the dispute goes one level up: to the
/// authority of the parent government, and from the national authority to the council. R-ESC-3: when a central (national) department is a party, the council
/// coordinates right after negotiation.
public enum EscalationPath {
    /// The stages a dispute passes through, first to last.
    public static func stages(user: GovernmentChain, provider: GovernmentChain) -> [EscalationStage] {
        var stages: [EscalationStage] = [.negotiation]  // R-ESC-1
        if user.level == .national || provider.level == .national {
            stages.append(.council)  // R-ESC-3
            return stages
        }
        var chain: GovernmentChain? = user.lowestCommonGovernment(with: provider)  // R-ESC-2
        while let current = chain {
            stages.append(.authority(current.government, current.level))
            chain = current.parent
        }
        stages.append(.council)
        return stages
    }
}
