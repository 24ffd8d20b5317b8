/// The `ltm` objects of an F5 BIG-IP configuration (`bigip.conf`) that lead from a VIP to pool
/// members: virtual servers, pools, nodes and virtual addresses, by full path (`/Common/web`).
struct F5Configuration {
    typealias Token = BraceConfigTokenizer.Token

    /// `ltm virtual NAME { destination … ip-protocol … pool … }`; a property absent is `nil`.
    struct Virtual {
        var name: String
        var line: Int
        var destination: Token?
        var ipProtocol: Token?
        var pool: Token?
    }

    /// One entry of a pool's `members { NAME { address … } }`.
    struct Member {
        /// `/Common/10.30.0.7:8443` or `/Common/web-02:8443`.
        var name: String
        /// Its own `address` property, when written.
        var address: String?
        var line: Int
    }

    /// `ltm pool NAME { members { … } }`.
    struct Pool {
        var name: String
        var members: [Member]
        var line: Int
    }

    private(set) var virtuals: [Virtual] = []
    private(set) var pools: [String: Pool] = [:]
    /// `ltm node NAME { address … }`: address text by full path.
    private(set) var nodes: [String: String] = [:]
    /// `ltm virtual-address NAME { address … }`: address text by full path, for destinations
    /// that name a virtual address rather than write it.
    private(set) var virtualAddresses: [String: String] = [:]

    /// Collects the objects among the top-level `statements`; every other object is skipped
    /// whole. A repeated name keeps its first definition.
    init(_ statements: [BraceConfigStatement]) {
        for statement in statements {
            let words = statement.words
            guard words.count >= 3, words[0].text == "ltm", let block = statement.block else { continue }
            let name = Self.fullPath(words[2].text)
            let properties = block.flatMap(\.words)[...]
            switch words[1].text {
            case "virtual":
                virtuals.append(
                    Virtual(
                        name: name, line: statement.line, destination: properties.value(after: "destination"),
                        ipProtocol: properties.value(after: "ip-protocol"), pool: properties.value(after: "pool")))
            case "pool" where pools[name] == nil:
                pools[name] = Pool(name: name, members: Self.members(of: block), line: statement.line)
            case "node" where nodes[name] == nil:
                nodes[name] = properties.value(after: "address")?.text
            case "virtual-address" where virtualAddresses[name] == nil:
                virtualAddresses[name] = properties.value(after: "address")?.text
            default:
                continue
            }
        }
    }

    /// `name` as a full path: TMSH writes `/Common/web`, older exports and hand edits `web`.
    static func fullPath(_ name: some StringProtocol) -> String {
        name.hasPrefix("/") ? String(name) : "/Common/\(name)"
    }

    /// The members of a pool's `members { … }` block, written one per line with a property
    /// block, or several on one line (`members { /Common/a:80 /Common/b:80 }`).
    private static func members(of pool: [BraceConfigStatement]) -> [Member] {
        guard let list = pool.first(where: { $0.words.last?.text == "members" && $0.block != nil })?.block else {
            return []
        }
        var members: [Member] = []
        for entry in list {
            for (index, word) in entry.words.enumerated() {
                // A property block belongs to the last name before it.
                let properties = index == entry.words.count - 1 ? entry.block : nil
                let address = properties?.flatMap(\.words)[...].value(after: "address")?.text
                members.append(Member(name: word.text, address: address, line: word.line))
            }
        }
        return members
    }
}
