using Graph.Cypher.Storage.Counts;
using Graph.Cypher.Storage.Fulltext;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>
/// The read half of <see cref="IGraphView"/> over record accessors; a committed snapshot and a
/// writer differ only in where records come from and in knowing what the transaction deleted.
/// </summary>
internal abstract class GraphReader(GraphTokens tokens) : IGraphView
{
    protected GraphTokens Tokens { get; } = tokens;

    public abstract long NodeCount { get; }

    public abstract long RelationshipCount { get; }

    /// <summary>Nodes with the label token, stable while the caller iterates; null when none.</summary>
    protected abstract IdSet? LabelSet(int token);

    protected abstract IdSet? TypeSet(int token);

    /// <summary>Label tokens with at least one node.</summary>
    protected abstract IEnumerable<int> LabelTokensInUse();

    protected abstract IEnumerable<int> TypeTokensInUse();

    protected abstract SchemaState Schema { get; }

    protected abstract RelationshipCounts Counts { get; }

    protected abstract int PropertyKeyCount { get; }

    /// <summary>Where this version's property blocks are; only read for records that exist.</summary>
    protected abstract PropertyArena Arena { get; }

    public IReadOnlyList<IndexDefinition> Indexes => Schema.Indexes;

    public IReadOnlyList<ConstraintDefinition> Constraints => Schema.Constraints;

    public long IndexId(string name) => Schema.IndexId(name);

    public (long Entries, long Distinct)? RangeIndexSize(string indexName) =>
        Schema.RangeData.TryGetValue(indexName, out var index) ? (index.Count, index.DistinctKeys) : null;

    public long CountRelationships(string? startLabel, string? type, string? endLabel)
    {
        int Token(string? name, TokenTable table) => name is null ? RelationshipCounts.Any : table.Find(name) ?? -2;
        var (start, t, end) = (Token(startLabel, Tokens.Labels), Token(type, Tokens.Types), Token(endLabel, Tokens.Labels));
        return start == -2 || t == -2 || end == -2 ? 0 : Counts.Get(start, t, end);
    }

    public long ConstraintId(string name) => Schema.ConstraintId(name);

    public bool NodeExists(long id) => Node(id).Present;

    public virtual bool IsNodeDeleted(long id) => false;

    public IReadOnlyList<string> NodeLabels(long id)
    {
        var labels = Tokens.LabelSets.Labels(RequireNode(id).LabelSet);
        var names = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            names[i] = Tokens.Labels.Name(labels[i]);
        }

        return names;
    }

    public bool NodeHasLabel(long id, string label)
    {
        var node = RequireNode(id);
        return Tokens.Labels.Find(label) is { } token && Tokens.LabelSets.Contains(node.LabelSet, token);
    }

    public object? NodeProperty(long id, string key)
    {
        var node = RequireNode(id);
        return Tokens.Keys.Find(key) is { } token ? PropertyCodec.Get(Arena, node.Properties, token) : null;
    }

    public IReadOnlyDictionary<string, object?> NodeProperties(long id) => ToDictionary(RequireNode(id).Properties);

    public IEnumerable<long> AllNodes() => NodeIds();

    public IEnumerable<long> NodesWithLabel(string label) =>
        Tokens.Labels.Find(label) is { } token && LabelSet(token) is { } ids ? ids.Ids() : [];

    public long CountNodesWithLabel(string label) =>
        Tokens.Labels.Find(label) is { } token ? CountLabel(token) : 0;

    public int Degree(long nodeId, Direction direction, IReadOnlyList<string>? types)
    {
        var adjacency = RequireNode(nodeId).Adjacency;
        if (types is null && direction != Direction.Both)
        {
            return direction == Direction.Outgoing ? adjacency.OutCount : adjacency.InCount;
        }

        var filter = TypeFilter.Resolve(types, Tokens.Types);
        return filter.MatchesNothing ? 0 : adjacency.Degree(nodeId, direction, filter);
    }

    public bool RelationshipExists(long id) => Relationship(id).Present;

    public virtual bool IsRelationshipDeleted(long id) => false;

    public string RelationshipType(long id) => Tokens.Types.Name(RequireRelationship(id).Type);

    public long StartNode(long id) => RequireRelationship(id).Start;

    public long EndNode(long id) => RequireRelationship(id).End;

    public object? RelationshipProperty(long id, string key)
    {
        var relationship = RequireRelationship(id);
        return Tokens.Keys.Find(key) is { } token ? PropertyCodec.Get(Arena, relationship.Properties, token) : null;
    }

    public IReadOnlyDictionary<string, object?> RelationshipProperties(long id) => ToDictionary(RequireRelationship(id).Properties);

    public IEnumerable<long> RelationshipsOf(long nodeId, Direction direction, IReadOnlyList<string>? types) =>
        CollectRelationships(nodeId, direction, types);

    /// <summary>
    /// Copied up front into a list: a writer may change this node's adjacency while the caller iterates.
    /// Type names are resolved once; the adjacency entries carry type and other end, so no relationship is read.
    /// </summary>
    private List<long> CollectRelationships(long nodeId, Direction direction, IReadOnlyList<string>? types)
    {
        var adjacency = RequireNode(nodeId).Adjacency;
        var filter = TypeFilter.Resolve(types, Tokens.Types);
        if (filter.MatchesNothing)
        {
            return [];
        }

        var capacity = direction switch
        {
            Direction.Outgoing => adjacency.OutCount,
            Direction.Incoming => adjacency.InCount,
            _ => adjacency.Count,
        };
        var result = new List<long>(capacity);
        adjacency.CollectRelationships(nodeId, direction, filter, result);
        return result;
    }

    public IEnumerable<long> AllRelationships() => RelationshipIds();

    public int LabelToken(string label) => Tokens.Labels.Find(label) ?? -1;

    public int PropertyKeyToken(string key) => Tokens.Keys.Find(key) ?? -1;

    public TypeFilter ResolveTypes(IReadOnlyList<string>? types) => TypeFilter.Resolve(types, Tokens.Types);

    public bool NodeHasLabel(long id, int label)
    {
        var node = RequireNode(id);
        return label >= 0 && Tokens.LabelSets.Contains(node.LabelSet, label);
    }

    public object? NodeProperty(long id, int key)
    {
        var node = RequireNode(id);
        return key >= 0 ? PropertyCodec.Get(Arena, node.Properties, key) : null;
    }

    /// <summary>
    /// Whether a node's property is this string, compared in place as UTF-8 (no string is made); null when the
    /// property is not stored as a UTF-8 string (absent, another type): the caller reads it then.
    /// </summary>
    public bool? NodePropertyIsUtf8(long id, int key, ReadOnlySpan<byte> utf8) =>
        key >= 0 && PropertyCodec.TryGetUtf8(Arena, RequireNode(id).Properties, key, out var stored) ? stored.SequenceEqual(utf8) : null;

    public virtual void KeepOthersLabelled(HopBuffer hops, int[] labels) =>
        hops.KeepOthers((Reader: this, Labels: labels), static (s, id) => s.Reader.HasAllLabels(id, s.Labels));

    private bool HasAllLabels(long id, int[] labels)
    {
        var set = RequireNode(id).LabelSet;
        foreach (var label in labels)
        {
            if (label < 0 || !Tokens.LabelSets.Contains(set, label))
            {
                return false;
            }
        }

        return true;
    }

    public void OtherEndProperties(HopBuffer hops, int key, List<object?> into)
    {
        var blocks = hops.Scratch();
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = RequireNode(hops[i].Other).Properties;
        }

        if (key < 0)
        {
            for (var i = 0; i < blocks.Length; i++)
            {
                into.Add(null);
            }

            return;
        }

        // Touching each block first lets the cache misses of different nodes overlap; decoding them one by
        // one would wait for each in turn.
        var arena = Arena;
        var touched = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            touched += arena.Block(blocks[i])[0];
        }

        _touched = touched;
        for (var i = 0; i < blocks.Length; i++)
        {
            into.Add(PropertyCodec.Get(arena, blocks[i], key));
        }
    }

    // Written so the touching loop above is not optimised away.
    private int _touched;

    // The adjacency entries carry each relationship's type and other end: no relationship slot is read.
    public void Expand(long nodeId, Direction direction, TypeFilter types, HopBuffer into)
    {
        into.Clear();
        var adjacency = RequireNode(nodeId).Adjacency;
        if (!types.MatchesNothing)
        {
            adjacency.Expand(nodeId, direction, types, into);
        }
    }

    public IEnumerable<long> RelationshipsWithType(string type) =>
        Tokens.Types.Find(type) is { } token && TypeSet(token) is { } ids ? ids.Ids() : [];

    public IEnumerable<long>? SeekNodes(string label, string property, object value)
    {
        var index = Schema.RangeIndexFor(false, label, property);
        if (index is null)
        {
            return null;
        }

        // Cypher: x = null is null and NaN = NaN is false, so neither finds anything.
        if (value is null or double.NaN)
        {
            return [];
        }

        return Schema.RangeData[index.Name].Equal(WriteSupport.NormalizeValue(value)!).ToList();
    }

    public IEnumerable<long>? SeekNodesByPrefix(string label, string property, string prefix)
    {
        var index = Schema.RangeIndexFor(false, label, property);
        return index is null ? null : Schema.RangeData[index.Name].StartingWith(prefix).ToList();
    }

    public IEnumerable<long>? SeekNodesByRange(string label, string property, object? lower, object? upper)
    {
        var index = Schema.RangeIndexFor(false, label, property);
        if (index is null)
        {
            return null;
        }

        if (lower is null && upper is null)
        {
            return [];
        }

        return Schema.RangeData[index.Name].Between(WriteSupport.NormalizeValue(lower), WriteSupport.NormalizeValue(upper)).ToList();
    }

    public IReadOnlyList<(long Id, double Score)> QueryFulltextNodes(string indexName, string query) => QueryFulltext(indexName, query, false);

    public IReadOnlyList<(long Id, double Score)> QueryFulltextRelationships(string indexName, string query) => QueryFulltext(indexName, query, true);

    public IReadOnlyList<string> LabelsInUse() => LabelTokensInUse().Select(Tokens.Labels.Name).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> RelationshipTypesInUse() => TypeTokensInUse().Select(Tokens.Types.Name).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> PropertyKeysInUse() =>
        Enumerable.Range(0, PropertyKeyCount).Select(Tokens.Keys.Name).Order(StringComparer.Ordinal).ToList();

    protected virtual long CountLabel(int token) => LabelSet(token)?.Count ?? 0;

    /// <summary>The node's slot; not Present when there is none.</summary>
    protected abstract NodeSlot Node(long id);

    protected abstract RelationshipSlot Relationship(long id);

    protected abstract IEnumerable<long> NodeIds();

    protected abstract IEnumerable<long> RelationshipIds();

    protected NodeSlot RequireNode(long id)
    {
        var node = Node(id);
        return node.Present ? node : throw (IsNodeDeleted(id) ? StorageErrors.NodeDeleted(id) : StorageErrors.NodeNotFound(id));
    }

    protected RelationshipSlot RequireRelationship(long id)
    {
        var relationship = Relationship(id);
        return relationship.Present
            ? relationship
            : throw (IsRelationshipDeleted(id) ? StorageErrors.RelationshipDeleted(id) : StorageErrors.RelationshipNotFound(id));
    }

    private Dictionary<string, object?> ToDictionary(long block)
    {
        var properties = PropertyCodec.ReadAll(Arena, block);
        var result = new Dictionary<string, object?>(properties.Length, StringComparer.Ordinal);
        foreach (var p in properties)
        {
            result[Tokens.Keys.Name(p.Key)] = p.Value;
        }

        return result;
    }

    private IReadOnlyList<(long Id, double Score)> QueryFulltext(string indexName, string query, bool onRelationships)
    {
        var procedure = onRelationships ? "db.index.fulltext.queryRelationships" : "db.index.fulltext.queryNodes";
        var index = Schema.FindIndex(indexName);
        if (index is null || index.Kind != IndexKind.Fulltext || index.OnRelationships != onRelationships)
        {
            throw StorageErrors.NoSuchFulltextIndex(procedure, indexName);
        }

        FulltextQuery parsed;
        try
        {
            parsed = FulltextQueryParser.Parse(query);
        }
        catch (FulltextSyntaxException error)
        {
            throw StorageErrors.MalformedFulltextQuery(procedure, error);
        }

        return Schema.FulltextData[index.Name].Search(parsed);
    }

}
