import CoordinationCouncil
import SharingModel
import Testing

/// R-ESC-1 negotiation first, R-ESC-2 the lowest common government's authority and those above it,
/// R-ESC-3 the council when a central department is a party.
@Suite struct EscalationPathTests {
    let china: GovernmentID = "CN"
    let zhejiang: GovernmentID = "CN-ZJ"
    let jiangsu: GovernmentID = "CN-JS"
    let hangzhou: GovernmentID = "CN-ZJ-HZ"
    let ningbo: GovernmentID = "CN-ZJ-NB"
    let nanjing: GovernmentID = "CN-JS-NJ"

    @Test func disputeWithinOneCityGoesToTheCityAuthorityFirst() {
        let city = GovernmentChain([china, zhejiang, hangzhou])
        let stages = EscalationPath.stages(user: city, provider: city)
        #expect(
            stages == [
                .negotiation, .authority(hangzhou, .municipal), .authority(zhejiang, .provincial),
                .authority(china, .national), .council,
            ])
        #expect(stages.map(\.rule) == [.esc1, .esc2, .esc2, .esc2, .esc3])
    }

    @Test func disputeBetweenTwoCitiesOfOneProvinceGoesToTheProvincialAuthority() {
        let stages = EscalationPath.stages(
            user: GovernmentChain([china, zhejiang, hangzhou]), provider: GovernmentChain([china, zhejiang, ningbo]))
        #expect(stages == [.negotiation, .authority(zhejiang, .provincial), .authority(china, .national), .council])
    }

    @Test func disputeAcrossProvincesGoesToTheNationalAuthority() {
        let stages = EscalationPath.stages(
            user: GovernmentChain([china, zhejiang, hangzhou]), provider: GovernmentChain([china, jiangsu, nanjing]))
        #expect(stages == [.negotiation, .authority(china, .national), .council])
    }

    @Test(arguments: [true, false])
    func disputeInvolvingACentralDepartmentGoesToTheCouncil(centralIsUser: Bool) {
        let central = GovernmentChain([china])
        let local = GovernmentChain([china, jiangsu, nanjing])
        let stages = EscalationPath.stages(user: centralIsUser ? central : local, provider: centralIsUser ? local : central)
        #expect(stages == [.negotiation, .council])
    }

    @Test func lowestCommonGovernmentIsTheLongestSharedPrefix() {
        let a = GovernmentChain([china, zhejiang, hangzhou])
        #expect(a.lowestCommonGovernment(with: GovernmentChain([china, zhejiang])).government == zhejiang)
        #expect(a.lowestCommonGovernment(with: GovernmentChain([china, jiangsu, nanjing])).level == .national)
        #expect(a.level == .municipal)
        #expect(a.parent?.government == zhejiang)
    }
}
