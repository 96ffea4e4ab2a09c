import SharingModel
import Testing

struct RuleIDTests {
    /// Every rule id in DOMAIN.md, pinned here (tests do not read outside the repository).
    static let domainRuleIDs = [
        "R-CAT-1", "R-CAT-2", "R-CAT-3", "R-CAT-4", "R-CAT-5",
        "R-SHR-1", "R-SHR-2", "R-SHR-3", "R-SHR-4", "R-SHR-5",
        "R-PLT-1", "R-PLT-2", "R-PLT-3", "R-PLT-4",
        "R-SEC-1", "R-SEC-2",
        "R-ESC-1", "R-ESC-2", "R-ESC-3",
        "R-USE-1", "R-USE-2", "R-USE-3",
        "R-RET-1", "R-RET-2",
        "R-EVAL-1", "R-EVAL-2", "R-EVAL-3", "R-EVAL-4", "R-EVAL-5",
    ]

    @Test func ruleIDsAreExactlyTheRulebooksInOrder() {
        #expect(RuleID.allCases.map(\.rawValue) == Self.domainRuleIDs)
    }

    @Test(arguments: RuleID.allCases)
    func everyRuleHasTitleTextFamilyAndNumber(rule: RuleID) {
        #expect(!rule.title.isEmpty)
        #expect(rule.title.count <= 40)
        #expect(rule.text.count > rule.title.count)
        #expect(rule.description == "R-\(rule.family.rawValue)-\(rule.number)")
        #expect(rule.chinese.map { !$0.isEmpty } ?? true)
    }

    @Test func rulesCarryTheirKeyFiguresAndChinesePhrases() {
        #expect(RuleID.shr3.text.contains("10 working days"))
        #expect(RuleID.cat4.text.contains("15 working days"))
        #expect(RuleID.shr4.chinese == "不予共享")
        #expect(RuleID.shr1.chinese == "以共享为原则、不共享为例外")
        #expect(RuleID.use2.chinese == "能共享获取的，不得重复采集")
    }

    @Test func rulesOrderAsInTheRulebook() {
        #expect(RuleID.cat5 < .shr1)
        #expect(RuleID.eval4 < .eval5)
        #expect(Array(RuleID.allCases.reversed()).sorted() == RuleID.allCases)
    }

    @Test func shareTypeKindsPointToTheirRules() {
        #expect(ShareTypeKind.allCases.map(\.rule) == [.shr2, .shr3, .shr4])
    }
}
