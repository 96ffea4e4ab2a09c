import SharingModel
import Testing

/// R-RET-1: who sits below whom, the check lines use for their collectors.
struct GovernmentTreeTests {
    @Test func belowMeansAProperAncestorAtAnyDepth() {
        let tree = GovernmentTree([
            GovernmentSpec(id: "CN", name: "国家", level: .national, parent: nil),
            GovernmentSpec(id: "P", name: "省", level: .provincial, parent: "CN"),
            GovernmentSpec(id: "A", name: "市", level: .municipal, parent: "P"),
            GovernmentSpec(id: "Q", name: "另一省", level: .provincial, parent: "CN"),
        ])
        #expect(tree.isBelow("A", "P") && tree.isBelow("A", "CN") && tree.isBelow("Q", "CN"))
        #expect(!tree.isBelow("A", "A") && !tree.isBelow("P", "A") && !tree.isBelow("A", "Q"))
        #expect(!tree.isBelow("X", "CN"))
    }

    @Test func aCycleEndsInsteadOfLooping() {
        let tree = GovernmentTree([
            GovernmentSpec(id: "P", name: "省", level: .provincial, parent: "A"),
            GovernmentSpec(id: "A", name: "市", level: .municipal, parent: "P"),
        ])
        #expect(!tree.isBelow("A", "CN"))
    }
}
