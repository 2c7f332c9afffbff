using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>A reader's view of one committed <see cref="StoreState"/>; it never changes.</summary>
internal sealed class SnapshotView(StoreState state, GraphTokens tokens) : GraphReader(tokens)
{
    public long Version => state.Version;

    public override long NodeCount => state.NodeCount;

    public override long RelationshipCount => state.RelationshipCount;

    protected override IdSet? LabelSet(int token) => state.LabelIndex.GetValueOrDefault(token);

    protected override IdSet? TypeSet(int token) => state.TypeIndex.GetValueOrDefault(token);

    protected override IEnumerable<int> LabelTokensInUse() => state.LabelIndex.Where(p => p.Value.Count > 0).Select(p => p.Key);

    protected override IEnumerable<int> TypeTokensInUse() => state.TypeIndex.Where(p => p.Value.Count > 0).Select(p => p.Key);

    protected override SchemaState Schema => state.Schema;

    protected override int PropertyKeyCount => state.PropertyKeyCount;

    protected override NodeSlot Node(long id) => state.Nodes.Get(id);

    protected override RelationshipSlot Relationship(long id) => state.Relationships.Get(id);

    protected override IEnumerable<long> NodeIds() => state.Nodes.Ids();

    protected override IEnumerable<long> RelationshipIds() => state.Relationships.Ids();
}
