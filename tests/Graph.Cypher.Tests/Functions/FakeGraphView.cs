using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Tests.Functions;

/// <summary>An in-memory graph with just what the function tests read: labels, types, ends, properties.</summary>
internal sealed class FakeGraphView : IGraphView
{
    private readonly Dictionary<long, (List<string> Labels, CypherMap Properties)> nodes = [];
    private readonly Dictionary<long, (string Type, long Start, long End, CypherMap Properties)> relationships = [];

    public long NodeCount => nodes.Count;

    public long RelationshipCount => relationships.Count;

    public IReadOnlyList<IndexDefinition> Indexes => [];

    public IReadOnlyList<ConstraintDefinition> Constraints => [];

    public NodeRef AddNode(IEnumerable<string> labels, params (string Key, object? Value)[] properties)
    {
        var id = (long)nodes.Count;
        nodes[id] = (labels.ToList(), ToMap(properties));
        return new NodeRef(id);
    }

    public RelRef AddRelationship(NodeRef start, string type, NodeRef end, params (string Key, object? Value)[] properties)
    {
        var id = (long)relationships.Count;
        relationships[id] = (type, start.Id, end.Id, ToMap(properties));
        return new RelRef(id);
    }

    public bool NodeExists(long id) => nodes.ContainsKey(id);

    public bool IsNodeDeleted(long id) => false;

    public IReadOnlyList<string> NodeLabels(long id) => nodes[id].Labels;

    public bool NodeHasLabel(long id, string label) => nodes[id].Labels.Contains(label);

    public object? NodeProperty(long id, string key) => nodes[id].Properties.TryGetValue(key, out var v) ? v : null;

    public IReadOnlyDictionary<string, object?> NodeProperties(long id) => nodes[id].Properties;

    public IEnumerable<long> AllNodes() => nodes.Keys;

    public IEnumerable<long> NodesWithLabel(string label) => nodes.Where(n => n.Value.Labels.Contains(label)).Select(n => n.Key);

    public long CountNodesWithLabel(string label) => NodesWithLabel(label).Count();

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
