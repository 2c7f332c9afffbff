using System.Collections.Immutable;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>A reader's view of one committed <see cref="StoreState"/>; it never changes.</summary>
internal sealed class SnapshotView(StoreState state, GraphTokens tokens) : GraphReader(tokens)
{
    public long Version => state.Version;

    public override long NodeCount => state.NodeCount;

    public override long RelationshipCount => state.RelationshipCount;

    protected override ImmutableDictionary<int, ImmutableSortedSet<long>> LabelIndex => state.LabelIndex;

    protected override ImmutableDictionary<int, ImmutableSortedSet<long>> TypeIndex => state.TypeIndex;

    protected override SchemaState Schema => state.Schema;

    protected override int PropertyKeyCount => state.PropertyKeyCount;

    protected override NodeRecord? Node(long id) => state.Nodes.Get(id);

    protected override RelationshipRecord? Relationship(long id) => state.Relationships.Get(id);

    protected override IEnumerable<long> NodeIds() => state.Nodes.Ids();

    protected override IEnumerable<long> RelationshipIds() => state.Relationships.Ids();
}
