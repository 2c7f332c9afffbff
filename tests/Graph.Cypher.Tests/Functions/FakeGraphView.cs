using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Values;

namespace Graph.Cypher.Tests.Functions;

/// <summary>An in-memory graph with just what the function tests read: labels, types, ends, properties.</summary>
internal sealed class FakeGraphView : IGraphView
{
    private readonly Dictionary<long, (List<string> Labels, CypherMap Properties)> nodes = [];
    private readonly Dictionary<long, (string Type, long Start, long End, CypherMap Properties)> relationships = [];

    // Names get tokens as they are used, as in the store.
    private readonly TokenTable labels = new();
    private readonly TokenTable types = new();
    private readonly TokenTable keys = new();

    public long NodeCount => nodes.Count;

    public long RelationshipCount => relationships.Count;

    public long CountRelationships(string? startLabel, string? type, string? endLabel) =>
        relationships.Values.LongCount(r => (type is null || r.Type == type)
            && (startLabel is null || nodes[r.Start].Labels.Contains(startLabel))
            && (endLabel is null || nodes[r.End].Labels.Contains(endLabel)));

    public IReadOnlyList<IndexDefinition> Indexes => [];

    public IReadOnlyList<ConstraintDefinition> Constraints => [];

    public NodeRef AddNode(IEnumerable<string> labels, params (string Key, object? Value)[] properties)
    {
        var id = (long)nodes.Count;
        nodes[id] = (labels.ToList(), ToMap(properties));
        foreach (var label in nodes[id].Labels) this.labels.GetOrAdd(label);
        foreach (var (key, _) in properties) keys.GetOrAdd(key);
        return new NodeRef(id);
    }

    public RelRef AddRelationship(NodeRef start, string type, NodeRef end, params (string Key, object? Value)[] properties)
    {
        var id = (long)relationships.Count;
        relationships[id] = (type, start.Id, end.Id, ToMap(properties));
        types.GetOrAdd(type);
        foreach (var (key, _) in properties) keys.GetOrAdd(key);
        return new RelRef(id);
    }

    public bool NodeExists(long id) => nodes.ContainsKey(id);

    public int LabelToken(string label) => labels.Find(label) ?? -1;

    public int PropertyKeyToken(string key) => keys.Find(key) ?? -1;

    public TypeFilter ResolveTypes(IReadOnlyList<string>? names) => TypeFilter.Resolve(names, types);

    public bool NodeHasLabel(long id, int label) => label >= 0 && NodeHasLabel(id, labels.Name(label));

    public object? NodeProperty(long id, int key) => key >= 0 ? NodeProperty(id, keys.Name(key)) : null;

    public void Expand(long nodeId, Direction direction, TypeFilter filter, HopBuffer into)
    {
        into.Clear();
        foreach (var id in RelationshipsOf(nodeId, direction, null))
        {
            var (type, start, end, _) = relationships[id];
            if (filter.Matches(types.Find(type)!.Value)) into.Add(id, start == nodeId ? end : start);
        }
    }

    public void KeepOthersLabelled(HopBuffer hops, int[] required)
    {
        hops.KeepOthers((View: this, Labels: required), static (s, id) => s.Labels.All(label => s.View.NodeHasLabel(id, label)));
    }

    public void OtherEndProperties(HopBuffer hops, int key, List<object?> into)
    {
        for (var i = 0; i < hops.Count; i++) into.Add(NodeProperty(hops[i].Other, key));
    }

    public bool IsNodeDeleted(long id) => false;

    public IReadOnlyList<string> NodeLabels(long id) => nodes[id].Labels;

    public bool NodeHasLabel(long id, string label) => nodes[id].Labels.Contains(label);

    /// <summary>How many node property reads there have been (by name or by token).</summary>
    public int PropertyReads { get; private set; }

    public object? NodeProperty(long id, string key)
    {
        PropertyReads++;
        return nodes[id].Properties.TryGetValue(key, out var v) ? v : null;
    }

    public IReadOnlyDictionary<string, object?> NodeProperties(long id) => nodes[id].Properties;

    /// <summary>How many ids the label and all-nodes scans have handed out (a lazy scan hands out only what is pulled).</summary>
    public int ScannedIds { get; private set; }

    public IEnumerable<long> AllNodes() => nodes.Keys.Select(Scanned);

    public IEnumerable<long> NodesWithLabel(string label) => nodes.Where(n => n.Value.Labels.Contains(label)).Select(n => Scanned(n.Key));

    public long CountNodesWithLabel(string label) => nodes.Count(n => n.Value.Labels.Contains(label));

    private long Scanned(long id)
    {
        ScannedIds++;
        return id;
    }

    public int Degree(long nodeId, Direction direction, IReadOnlyList<string>? types) => RelationshipsOf(nodeId, direction, types).Count();

    public bool RelationshipExists(long id) => relationships.ContainsKey(id);

    public bool IsRelationshipDeleted(long id) => false;

    public string RelationshipType(long id) => relationships[id].Type;

    public long StartNode(long id) => relationships[id].Start;

    public long EndNode(long id) => relationships[id].End;

    public object? RelationshipProperty(long id, string key) => relationships[id].Properties.TryGetValue(key, out var v) ? v : null;

    public IReadOnlyDictionary<string, object?> RelationshipProperties(long id) => relationships[id].Properties;

    public IEnumerable<long> RelationshipsOf(long nodeId, Direction direction, IReadOnlyList<string>? types) =>
        relationships.Where(r =>
                (types is null || types.Contains(r.Value.Type))
                && direction switch
                {
                    Direction.Outgoing => r.Value.Start == nodeId,
                    Direction.Incoming => r.Value.End == nodeId,
                    _ => r.Value.Start == nodeId || r.Value.End == nodeId,
                })
            .Select(r => r.Key);

    public IEnumerable<long> AllRelationships() => relationships.Keys;

    public IEnumerable<long> RelationshipsWithType(string type) => relationships.Where(r => r.Value.Type == type).Select(r => r.Key);

    public IEnumerable<long>? SeekNodes(string label, string property, object value) => null;

    public IEnumerable<long>? SeekNodesByPrefix(string label, string property, string prefix) => null;

    public IReadOnlyList<(long Id, double Score)> QueryFulltextNodes(string indexName, string query) => [];

    public IReadOnlyList<(long Id, double Score)> QueryFulltextRelationships(string indexName, string query) => [];

    public IReadOnlyList<string> LabelsInUse() => nodes.Values.SelectMany(n => n.Labels).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> RelationshipTypesInUse() => relationships.Values.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> PropertyKeysInUse() => [];

    private static CypherMap ToMap((string Key, object? Value)[] properties)
    {
        var map = new CypherMap();
        foreach (var (key, value) in properties) map.Set(key, value);
        return map;
    }
}
