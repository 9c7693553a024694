/// People, organisations and places of one article, counted and with the
/// role the text gives them.
enum EntityExtractor {
    static func entities(mentions: [NameMention], index: NameResolver) -> [Entity] {
        var counts: [String: (kind: Entity.Kind, role: String?, count: Int)] = [:]
        for m in mentions {
            guard let resolved = index.resolve(m) else { continue }
            var entry = counts[resolved.name] ?? (resolved.kind, nil, 0)
            entry.count += 1
            if entry.role == nil, let role = resolved.role { entry.role = role }
            counts[resolved.name] = entry
        }
        return counts.map { Entity(kind: $0.value.kind, name: $0.key, role: $0.value.role, mentions: $0.value.count) }.sorted()
    }
}
