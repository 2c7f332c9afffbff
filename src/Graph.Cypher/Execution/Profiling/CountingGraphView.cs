using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Profiling;

/// <summary>
/// A view that counts store reads for PROFILE, as Neo4j's db hits: one per node, relationship, label,
/// property or count read, and one per id an index seek or scan yields. Writes pass through uncounted.
/// </summary>
internal sealed class CountingGraphView(IGraphView inner, ProfileStats stats) : IGraphView
{
    private T Hit<T>(T value)
    {
        stats.Hit();
        return value;
    }

    private IEnumerable<long> Each(IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            stats.Hit();
            yield return id;
        }
    }

    private IEnumerable<long>? EachOrNull(IEnumerable<long>? ids) => ids is null ? null : Each(ids);

    public bool NodeExists(long id) => Hit(inner.NodeExists(id));

    // A read of the transaction's own deletion log, not of the store.
    public bool IsNodeDeleted(long id) => inner.IsNodeDeleted(id);

    public IReadOnlyList<string> NodeLabels(long id) => Hit(inner.NodeLabels(id));

    public bool NodeHasLabel(long id, string label) => Hit(inner.NodeHasLabel(id, label));

    public object? NodeProperty(long id, string key) => Hit(inner.NodeProperty(id, key));

    public IReadOnlyDictionary<string, object?> NodeProperties(long id)
    {
        var properties = inner.NodeProperties(id);
        stats.Hit(Math.Max(1, properties.Count));
        return properties;
    }

    public IEnumerable<long> AllNodes() => Each(inner.AllNodes());

    public IEnumerable<long> NodesWithLabel(string label) => Each(inner.NodesWithLabel(label));

    public long NodeCount => Hit(inner.NodeCount);

    public long CountNodesWithLabel(string label) => Hit(inner.CountNodesWithLabel(label));

    public int Degree(long nodeId, Direction direction, IReadOnlyList<string>? types) => Hit(inner.Degree(nodeId, direction, types));

    public bool RelationshipExists(long id) => Hit(inner.RelationshipExists(id));

    public bool IsRelationshipDeleted(long id) => inner.IsRelationshipDeleted(id);

    public string RelationshipType(long id) => Hit(inner.RelationshipType(id));

    public long StartNode(long id) => Hit(inner.StartNode(id));

    public long EndNode(long id) => Hit(inner.EndNode(id));

    public object? RelationshipProperty(long id, string key) => Hit(inner.RelationshipProperty(id, key));

    public IReadOnlyDictionary<string, object?> RelationshipProperties(long id)
    {
        var properties = inner.RelationshipProperties(id);
        stats.Hit(Math.Max(1, properties.Count));
        return properties;
    }

    public IEnumerable<long> RelationshipsOf(long nodeId, Direction direction, IReadOnlyList<string>? types) => Each(inner.RelationshipsOf(nodeId, direction, types));

    public IEnumerable<long> AllRelationships() => Each(inner.AllRelationships());

    // Resolving a name is a token lookup, not a store read.
    public int LabelToken(string label) => inner.LabelToken(label);

    public int PropertyKeyToken(string key) => inner.PropertyKeyToken(key);

    public TypeFilter ResolveTypes(IReadOnlyList<string>? types) => inner.ResolveTypes(types);

    public bool NodeHasLabel(long id, int label) => Hit(inner.NodeHasLabel(id, label));

    public object? NodeProperty(long id, int key) => Hit(inner.NodeProperty(id, key));

    /// <summary>
    /// Counted as the reads it stands for: each relationship, its type test when types were asked for, and its
    /// other end (two reads when the direction does not say which end that is).
    /// </summary>
    public void Expand(long nodeId, Direction direction, TypeFilter types, HopBuffer into)
    {
        inner.Expand(nodeId, direction, types, into);
        stats.Hit(into.Count * (1 + (types.IsAll ? 0 : 1) + (direction == Direction.Both ? 2 : 1)));
    }

    public void KeepOthersLabelled(HopBuffer hops, int[] labels)
    {
        stats.Hit(hops.Count * Math.Max(1, labels.Length));
        inner.KeepOthersLabelled(hops, labels);
    }

    public void OtherEndProperties(HopBuffer hops, int key, List<object?> into)
    {
        stats.Hit(hops.Count);
        inner.OtherEndProperties(hops, key, into);
    }

    public IEnumerable<long> RelationshipsWithType(string type) => Each(inner.RelationshipsWithType(type));

    public long RelationshipCount => Hit(inner.RelationshipCount);

    // Schema reads are planning metadata, not db hits.
    public IReadOnlyList<IndexDefinition> Indexes => inner.Indexes;

    public long CountRelationships(string? startLabel, string? type, string? endLabel) => inner.CountRelationships(startLabel, type, endLabel);

    public (long Entries, long Distinct)? RangeIndexSize(string indexName) => inner.RangeIndexSize(indexName);

    public IReadOnlyList<ConstraintDefinition> Constraints => inner.Constraints;

    public long IndexId(string name) => inner.IndexId(name);

    public long ConstraintId(string name) => inner.ConstraintId(name);

    public IEnumerable<long>? SeekNodes(string label, string property, object value) => EachOrNull(inner.SeekNodes(label, property, value));

    public IEnumerable<long>? SeekNodesByPrefix(string label, string property, string prefix) => EachOrNull(inner.SeekNodesByPrefix(label, property, prefix));

    public IEnumerable<long>? SeekNodesByRange(string label, string property, object? lower, object? upper) => EachOrNull(inner.SeekNodesByRange(label, property, lower, upper));

    public IReadOnlyList<(long Id, double Score)> QueryFulltextNodes(string indexName, string query)
    {
        var hits = inner.QueryFulltextNodes(indexName, query);
        stats.Hit(hits.Count);
        return hits;
    }

    public IReadOnlyList<(long Id, double Score)> QueryFulltextRelationships(string indexName, string query)
    {
        var hits = inner.QueryFulltextRelationships(indexName, query);
        stats.Hit(hits.Count);
        return hits;
    }

    public IReadOnlyList<string> LabelsInUse() => inner.LabelsInUse();

    public IReadOnlyList<string> RelationshipTypesInUse() => inner.RelationshipTypesInUse();

    public IReadOnlyList<string> PropertyKeysInUse() => inner.PropertyKeysInUse();
}
