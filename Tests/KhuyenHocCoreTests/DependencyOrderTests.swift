import Testing
@testable import KhuyenHocCore

/// The bottom-up order over plain id → dependsOn maps.
@Suite struct DependencyOrderTests {
    @Test func aChainComesOutDependenciesFirst() {
        let order = DependencyOrder(["clan": ["family"], "family": ["citizen"], "citizen": []])
        #expect(order.models == ["citizen", "family", "clan"])
        #expect(order.warnings.isEmpty)
    }

    @Test func aDiamondPlacesTheSharedDependencyOnceAndFirst() {
        // community needs families and clans; both need what is below them.
        let order = DependencyOrder([
            "community": ["family", "clan"], "clan": ["family"], "family": ["citizen"], "unit": ["citizen"], "citizen": [],
        ])
        #expect(order.models == ["citizen", "family", "clan", "community", "unit"])
        #expect(order.warnings.isEmpty)
        for (model, needs) in [("community", ["family", "clan"]), ("clan", ["family"]), ("family", ["citizen"]), ("unit", ["citizen"])] {
            let position = order.models.firstIndex(of: model)!
            #expect(needs.allSatisfy { order.models.firstIndex(of: $0)! < position }, "\(model)")
        }
    }

    @Test func independentModelsComeInIDOrder() {
        #expect(DependencyOrder(["unit": [], "citizen": [], "family": []]).models == ["citizen", "family", "unit"])
        #expect(DependencyOrder([:]).models.isEmpty)
    }

    @Test func aCycleIsReportedOnEveryModelInItAndOnThoseAboveIt() {
        let order = DependencyOrder(["citizen": [], "family": ["clan", "citizen"], "clan": ["family"], "community": ["clan"]])
        #expect(order.models == ["citizen"])
        #expect(order.warnings["family"] == ["is in a dependency cycle clan → family → clan; no order can evaluate it"])
        #expect(order.warnings["clan"] == ["is in a dependency cycle clan → family → clan; no order can evaluate it"])
        #expect(order.warnings["community"] == ["depends on \"clan\", which cannot be evaluated (see its warning)"])
        #expect(order.warnings["citizen"] == nil)
    }

    @Test func aModelThatDependsOnItselfIsACycle() {
        let order = DependencyOrder(["family": ["family"], "citizen": []])
        #expect(order.models == ["citizen"])
        #expect(order.warnings["family"] == ["is in a dependency cycle family → family; no order can evaluate it"])
    }

    @Test func aKnotThatIsNoSingleRingListsItsModels() {
        // a ⇄ b and b ⇄ c: one strongly connected part, no ring through all three.
        let order = DependencyOrder(["a": ["b"], "b": ["a", "c"], "c": ["b"]])
        #expect(order.models.isEmpty)
        #expect(order.warnings["a"] == ["is in a dependency cycle among \"a\", \"b\", \"c\"; no order can evaluate it"])
    }

    @Test func aMissingDependencyIsReportedOnTheModelThatNeedsIt() {
        let order = DependencyOrder(["family": ["citizen"], "clan": ["family"], "unit": []])
        #expect(order.models == ["unit"])
        #expect(order.warnings["family"] == [
            "depends on \"citizen\", which is not loaded; add the plugin to the plugin directory",
        ])
        #expect(order.warnings["clan"] == ["depends on \"family\", which cannot be evaluated (see its warning)"])
        #expect(order.warnings["unit"] == nil)
    }

    @Test func severalMissingDependenciesAreNamedTogether() {
        let order = DependencyOrder(["community": ["family", "clan", "family"]])
        #expect(order.warnings["community"] == [
            "depends on \"clan\", \"family\", which are not loaded; add the plugins to the plugin directory",
        ])
    }
}
