/// Disjoint sets over `0..<count`, with path halving: joins hosts that share evidence.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Joins the sets of `a` and `b`; the smaller root becomes the root, so results do not
    /// depend on the order of calls.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
