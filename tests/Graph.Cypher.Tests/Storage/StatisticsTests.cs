using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Counts;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down the statistics the store keeps on commit for the planner: relationship counts per (start label,
// type, end label) and range-index distinct keys, exact after creates, deletes, label changes and rollbacks.
public sealed class StatisticsTests
{
    private static long Count(GraphStore store, string? start, string? type, string? end) => store.Snapshot().CountRelationships(start, type, end);

    [Fact]
    public void Relationship_counts_follow_creates_deletes_and_label_changes()
    {
        using var store = new GraphStore();
        long m = 0, a = 0, r1 = 0;
        Commit(store, tx =>
        {
            m = tx.CreateNode(["Ministry"], None);
            a = tx.CreateNode(["Agreement", "Document"], None);
            var b = tx.CreateNode(["Agreement"], None);
            r1 = tx.CreateRelationship(m, a, "PARTY_TO", None);
            tx.CreateRelationship(m, b, "PARTY_TO", None);
            tx.CreateRelationship(a, b, "CITES", None);
        });
        Assert.Equal(2, Count(store, "Ministry", "PARTY_TO", "Agreement"));
        Assert.Equal(1, Count(store, "Ministry", "PARTY_TO", "Document"));
        Assert.Equal(2, Count(store, null, "PARTY_TO", null));
        Assert.Equal(3, Count(store, null, null, null));
        Assert.Equal(1, Count(store, "Document", null, "Agreement"));
        Assert.Equal(0, Count(store, "Agreement", "PARTY_TO", null));
        Assert.Equal(0, Count(store, "Nowhere", null, null));

        Commit(store, tx => tx.AddLabel(m, "Office"));
        Assert.Equal(2, Count(store, "Office", "PARTY_TO", "Agreement"));

        Commit(store, tx => tx.RemoveLabel(a, "Document"));
        Assert.Equal(0, Count(store, "Ministry", "PARTY_TO", "Document"));
        Assert.Equal(0, Count(store, "Document", "CITES", null));
        Assert.Equal(1, Count(store, "Agreement", "CITES", "Agreement"));

        Commit(store, tx => tx.DeleteRelationship(r1));
        Assert.Equal(1, Count(store, "Ministry", "PARTY_TO", "Agreement"));
        Assert.Equal(2, Count(store, null, null, null));
    }

    [Fact]
    public void A_self_loop_moves_once_when_its_node_changes_labels()
    {
        using var store = new GraphStore();
        var s = Commit(store, tx =>
        {
            var n = tx.CreateNode(["State"], None);
            tx.CreateRelationship(n, n, "TRADES_WITH", None);
            return n;
        });
        Commit(store, tx => tx.AddLabel(s, "Member"));
        Assert.Equal(1, Count(store, "Member", "TRADES_WITH", "Member"));
        Assert.Equal(1, Count(store, "State", "TRADES_WITH", "Member"));
        Assert.Equal(1, Count(store, null, "TRADES_WITH", null));
    }

    [Fact]
    public void Rolled_back_changes_leave_the_counts_as_committed()
    {
        using var store = new GraphStore();
        var (a, b) = (0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode(["A"], None);
            b = tx.CreateNode(["B"], None);
            tx.CreateRelationship(a, b, "R", None);
        });
        using (var tx = store.BeginWrite())
        {
            tx.CreateRelationship(a, b, "R", None);
            tx.AddLabel(b, "C");
            Assert.Equal(2, tx.CountRelationships("A", "R", "C"));
            tx.Rollback();
        }
        Assert.Equal(1, Count(store, "A", "R", "B"));
        Assert.Equal(0, Count(store, "A", "R", "C"));

        Commit(store, tx =>
        {
            var savepoint = tx.Savepoint();
            tx.CreateRelationship(b, a, "R", None);
            tx.RollbackTo(savepoint);
            tx.CreateRelationship(a, a, "R", None);
        });
        Assert.Equal(0, Count(store, "B", "R", "A"));
        Assert.Equal(1, Count(store, "A", "R", "A"));
    }

    [Fact]
    public void Counts_kept_through_random_changes_equal_a_recount_from_scratch()
    {
        using var store = new GraphStore();
        var random = new Random(12);
        string[] labels = ["A", "B", "C"];
        string[] types = ["R", "S"];
        var nodes = new List<long>();
        var rels = new List<long>();
        for (var round = 0; round < 30; round++)
        {
            Commit(store, tx =>
            {
                for (var i = 0; i < 20; i++)
                {
                    switch (random.Next(5))
                    {
                        case 0 or 1 when nodes.Count < 2:
                        case 0:
                            nodes.Add(tx.CreateNode(labels.Where(_ => random.Next(2) == 0).ToList(), None));
                            break;
                        case 1:
                            rels.Add(tx.CreateRelationship(nodes[random.Next(nodes.Count)], nodes[random.Next(nodes.Count)], types[random.Next(2)], None));
                            break;
                        case 2 when rels.Count > 0:
                            var at = random.Next(rels.Count);
                            tx.DeleteRelationship(rels[at]);
                            rels.RemoveAt(at);
                            break;
                        case 3 when nodes.Count > 0:
                            tx.AddLabel(nodes[random.Next(nodes.Count)], labels[random.Next(3)]);
                            break;
                        default:
                            if (nodes.Count > 0) tx.RemoveLabel(nodes[random.Next(nodes.Count)], labels[random.Next(3)]);
                            break;
                    }
                }
            });
        }

        var state = store.CurrentState;
        var recount = RelationshipCounts.Of(state.Nodes, state.Relationships, store.Tokens.LabelSets);
        Assert.NotEmpty(rels);
        Assert.Equal(recount.Map.OrderBy(p => p.Key.ToString()), state.Counts!.Map.OrderBy(p => p.Key.ToString()));
    }

    [Fact]
    public void A_range_index_counts_its_distinct_keys_through_adds_changes_and_removes()
    {
        using var store = new GraphStore();
        var ids = new List<long>();
        Commit(store, tx =>
        {
            for (var i = 0; i < 10; i++) ids.Add(tx.CreateNode(["Agreement"], Props(("kind", i % 3 == 0 ? "treaty" : "memo"))));
            tx.CreateIndex(new IndexDefinition("kind", IndexKind.Range, false, ["Agreement"], ["kind"]), false, out _);
        });
        Assert.Equal((10L, 2L), store.Snapshot().RangeIndexSize("kind"));

        Commit(store, tx => tx.SetNodeProperty(ids[1], "kind", "protocol"));
        Assert.Equal((10L, 3L), store.Snapshot().RangeIndexSize("kind"));

        Commit(store, tx =>
        {
            tx.SetNodeProperty(ids[1], "kind", null);
            foreach (var id in new[] { 0, 3, 6, 9 }) tx.RemoveLabel(ids[id], "Agreement");
        });
        Assert.Equal((5L, 1L), store.Snapshot().RangeIndexSize("kind"));
        Assert.Null(store.Snapshot().RangeIndexSize("missing"));
    }
}
