using Graph.Cypher.Storage.Counts;
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

    protected override RelationshipCounts Counts => state.Counts ?? RelationshipCounts.Empty;

    protected override int PropertyKeyCount => state.PropertyKeyCount;

    // A state without an arena has no records, so nothing ever reads this placeholder.
    protected override PropertyArena Arena => state.Arena ?? NoRecords;

    private static PropertyArena NoRecords { get; } = new();

    /// <summary>
    /// Tested against the labels' id bitmaps (a million nodes in 128 KB, so they stay in cache) rather than
    /// each far node's record: a hop's other end always exists, and a snapshot's bitmaps never change.
    /// </summary>
    public override void KeepOthersLabelled(HopBuffer hops, int[] labels)
    {
        if (labels.Length != 1)
        {
            base.KeepOthersLabelled(hops, labels);
            return;
        }

        if (labels[0] < 0 || LabelSet(labels[0]) is not { } members)
        {
            hops.Clear();
            return;
        }

        hops.KeepOthers(members, static (set, id) => set.Contains(id));
    }

    protected override NodeSlot Node(long id) => state.Nodes.Get(id);

    protected override RelationshipSlot Relationship(long id) => state.Relationships.Get(id);

    protected override IEnumerable<long> NodeIds() => state.Nodes.Ids();

    protected override IEnumerable<long> RelationshipIds() => state.Relationships.Ids();
}
