/// The bottom-up order in which models are evaluated: each after the models in its `dependsOn`
/// (a family after its members' citizen results, a clan after its families').
///
/// ```swift
/// let order = DependencyOrder(["family": ["citizen"], "citizen": []])
/// order.models    // ["citizen", "family"]
/// ```
///
/// A model that depends on one not in the map, or that sits in a dependency cycle, cannot be
/// placed: it is left out of `models` and `warnings` says why, so a broken set of plugins is
/// reported instead of evaluated in a wrong order.
public struct DependencyOrder: Sendable, Equatable {
    /// The models that can be evaluated bottom-up, dependencies first; ties in id order.
    public private(set) var models: [String] = []
    /// Why each model that could not be placed was left out, by model id.
    public private(set) var warnings: [String: [String]] = [:]

    /// Orders `dependencies` (model id → the ids it depends on).
    public init(_ dependencies: [String: [String]]) {
        var unplaceable: Set<String> = []
        // A missing model is reported on the model that needs it; those that need that model
        // in turn are reported as blocked, so each warning names the actual cause.
        for (id, needs) in dependencies {
            let missing = Set(needs).filter { dependencies[$0] == nil }.sorted()
            if !missing.isEmpty {
                unplaceable.insert(id)
                warnings[id, default: []].append(
                    "depends on \(Self.list(missing)), which \(missing.count == 1 ? "is" : "are") not loaded; "
                        + "add the plugin\(missing.count == 1 ? "" : "s") to the plugin directory")
            }
        }
        for cycle in Self.cycles(dependencies) {
            let members = cycle.sorted()
            let text = Self.ring(members, dependencies).map { $0.joined(separator: " → ") }
                ?? "among \(Self.list(members))"
            for id in members {
                unplaceable.insert(id)
                warnings[id, default: []].append("is in a dependency cycle \(text); no order can evaluate it")
            }
        }
        // Kahn's algorithm, taking the smallest ready id each time so the order is stable.
        var remaining = Set(dependencies.keys).subtracting(unplaceable)
        var placed: Set<String> = []
        while true {
            let ready = remaining.filter { id in (dependencies[id] ?? []).allSatisfy(placed.contains) }
            guard let next = ready.min() else { break }
            models.append(next)
            placed.insert(next)
            remaining.remove(next)
        }
        for id in remaining.sorted() {
            let blocked = Set(dependencies[id] ?? []).filter { !placed.contains($0) }.sorted()
            warnings[id, default: []].append(
                "depends on \(Self.list(blocked)), which cannot be evaluated (see \(blocked.count == 1 ? "its warning" : "their warnings"))")
        }
    }

    /// The models of each dependency cycle (a strongly connected part of more than one model,
    /// or a model that depends on itself), by Tarjan's algorithm.
    private static func cycles(_ dependencies: [String: [String]]) -> [[String]] {
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var components: [[String]] = []

        // The graphs are a handful of models, so recursion depth is no concern.
        func visit(_ id: String) {
            index[id] = index.count
            lowLink[id] = index[id]
            stack.append(id)
            onStack.insert(id)
            for next in Set(dependencies[id] ?? []).sorted() where dependencies[next] != nil {
                if index[next] == nil {
                    visit(next)
                    lowLink[id] = min(lowLink[id]!, lowLink[next]!)
                } else if onStack.contains(next) {
                    lowLink[id] = min(lowLink[id]!, index[next]!)
                }
            }
            guard lowLink[id] == index[id] else { return }
            var component: [String] = []
            while let top = stack.popLast() {
                onStack.remove(top)
                component.append(top)
                if top == id { break }
            }
            if component.count > 1 || (dependencies[id] ?? []).contains(id) { components.append(component) }
        }
        for id in dependencies.keys.sorted() where index[id] == nil {
            visit(id)
        }
        return components
    }

    /// The cycle as a person reads it, "clan → family → clan", when the models form one ring;
    /// nil when they are knotted more tightly than a ring can show.
    private static func ring(_ members: [String], _ dependencies: [String: [String]]) -> [String]? {
        guard let start = members.first else { return nil }
        var walk = [start]
        var current = start
        while walk.count < members.count {
            guard let next = Set(dependencies[current] ?? []).filter({ members.contains($0) && !walk.contains($0) }).min()
            else { return nil }
            walk.append(next)
            current = next
        }
        return (dependencies[current] ?? []).contains(start) ? walk + [start] : nil
    }

    private static func list(_ ids: [String]) -> String {
        ids.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
