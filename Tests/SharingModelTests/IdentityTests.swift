import Foundation
import SharingModel
import Testing

struct IdentityTests {
    @Test func levelsAreOrderedByRankWithNationalHighest() {
        #expect(Level.municipal < .provincial)
        #expect(Level.provincial < .national)
        #expect(Level.allCases.max() == .national)
        #expect(Level.allCases.sorted() == [.municipal, .provincial, .national])
        #expect(Level.municipal.parent == .provincial)
        #expect(Level.national.parent == nil)
    }

    @Test func identifiersEncodeAsPlainStrings() throws {
        let ids: [DepartmentID] = ["3301-EDU", "11-NDRC"]
        let data = try JSONEncoder().encode(ids)
        #expect(String(decoding: data, as: UTF8.self) == #"["3301-EDU","11-NDRC"]"#)
        #expect(try JSONDecoder().decode([DepartmentID].self, from: data) == ids)
        let gov = try JSONDecoder().decode(GovernmentID.self, from: Data(#""330100""#.utf8))
        #expect(gov == GovernmentID(rawValue: "330100"))
        #expect(gov.description == "330100")
    }

    @Test func identifiersSortByTheirRawString() {
        let codes: [ResourceCode] = ["3301-EDU-0010", "3301-EDU-0002", "3301-AAA-9999"]
        #expect(codes.sorted().map(\.rawValue) == ["3301-AAA-9999", "3301-EDU-0002", "3301-EDU-0010"])
    }

    @Test func dataDoesNotCrossNetworkZones() {
        // R-SEC-1 and DESIGN.md: inner and outer are separate.
        #expect(!NetworkZone.inner.canDeliver(to: .outer))
        #expect(!NetworkZone.outer.canDeliver(to: .inner))
        #expect(NetworkZone.inner.canDeliver(to: .inner))
        #expect(NetworkZone.outer.canDeliver(to: .outer))
    }

    @Test func updateCyclesHaveNominalPeriods() {
        #expect(UpdateCycle.daily.nominalPeriodInDays == 1)
        #expect(UpdateCycle.quarterly.nominalPeriodInDays == 91)
        #expect(UpdateCycle.irregular.nominalPeriodInDays == nil)
        #expect(UpdateCycle.weekly.nominalPeriod == .days(7))
    }
}
