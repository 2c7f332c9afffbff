using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down snapshot isolation, serialised writers, commit/rollback/savepoints and the change set.
public sealed class SnapshotIsolationTests
{
    [Fact]
    public void Snapshot_does_not_see_a_later_commit()
    {
        using var store = new GraphStore();
        var a = Commit(store, tx => tx.CreateNode(["Person"], Props(("name", "Ann"))));
        var before = store.Snapshot();

        Commit(store, tx =>
        {
            tx.SetNodeProperty(a, "name", "Bea");
            tx.CreateNode(["Person"], None);
        });

        Assert.Equal("Ann", before.NodeProperty(a, "name"));
        Assert.Equal(1, before.NodeCount);
        Assert.Single(before.NodesWithLabel("Person"));
        var after = store.Snapshot();
        Assert.Equal("Bea", after.NodeProperty(a, "name"));
        Assert.Equal(2, after.CountNodesWithLabel("Person"));
    }

    [Fact]
    public void Reader_during_open_writer_sees_old_state_and_writer_sees_its_own()
    {
        using var store = new GraphStore();
        var a = Commit(store, tx => tx.CreateNode(["Person"], Props(("age", 30L))));
        using var tx = store.BeginWrite();
        tx.SetNodeProperty(a, "age", 31L);
        var b = tx.CreateNode(["Person"], None);
        tx.CreateRelationship(a, b, "KNOWS", None);

        var reader = store.Snapshot();
        Assert.Equal(30L, reader.NodeProperty(a, "age"));
        Assert.False(reader.NodeExists(b));
        Assert.Equal(0, reader.RelationshipCount);
        Assert.Equal(0, reader.Degree(a, Direction.Both, null));

        Assert.Equal(31L, tx.NodeProperty(a, "age"));
        Assert.True(tx.NodeExists(b));
        Assert.Equal(1, tx.Degree(a, Direction.Outgoing, null));
    }

    [Fact]
    public void Rollback_and_dispose_discard_changes()
    {
        using var store = new GraphStore();
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["X"], None);
            tx.Rollback();
        }

        using (var tx = store.BeginWrite())
        {
            tx.CreateNode(["X"], None);
        }

        Assert.Equal(0, store.Snapshot().NodeCount);
        Assert.Empty(store.Snapshot().LabelsInUse());
    }

    [Fact]
    public void Rollback_to_savepoint_undoes_only_the_failed_statement()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["A"], Props(("v", 1L)));
        var sp = tx.Savepoint();
        var b = tx.CreateNode(["B"], None);
        tx.SetNodeProperty(a, "v", 2L);
        tx.CreateRelationship(a, b, "R", None);
        tx.AddLabel(a, "Extra");
        tx.RollbackTo(sp);

        Assert.Equal(1L, tx.NodeProperty(a, "v"));
        Assert.False(tx.NodeExists(b));
        Assert.Equal(0, tx.Degree(a, Direction.Both, null));
        Assert.Equal(["A"], tx.NodeLabels(a));
        Assert.Empty(tx.NodesWithLabel("B"));

        // The transaction carries on after the rollback to the savepoint.
        var c = tx.CreateNode(["C"], None);
        tx.Commit();
        var view = store.Snapshot();
        Assert.Equal(2, view.NodeCount);
        Assert.True(view.NodeExists(c));
        Assert.Equal(["A", "C"], view.LabelsInUse());
    }

    [Fact]
    public void Savepoint_rollback_restores_adjacency_mutated_in_place()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], None);
        var b = tx.CreateNode([], None);
        var r1 = tx.CreateRelationship(a, b, "R", None);
        var sp = tx.Savepoint();
        tx.CreateRelationship(a, b, "R", None);
        tx.CreateRelationship(a, b, "R", None);
        tx.RollbackTo(sp);
        Assert.Equal([r1], tx.RelationshipsOf(a, Direction.Outgoing, null));
    }

    [Fact]
    public async Task Writers_are_serialised()
    {
        using var store = new GraphStore();
        var first = store.BeginWrite();
        var secondStarted = new ManualResetEventSlim();
        var second = Task.Run(() =>
        {
            using var tx = store.BeginWrite();
            secondStarted.Set();
            Assert.Equal(1, tx.NodeCount); // sees the first writer's commit
            tx.CreateNode([], None);
            tx.Commit();
        });

        Assert.False(secondStarted.Wait(200));
        first.CreateNode([], None);
        first.Commit();
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, store.Snapshot().NodeCount);
    }

    [Fact]
    public void BeginWrite_honours_cancellation_while_waiting()
    {
        using var store = new GraphStore();
        using var open = store.BeginWrite();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsAny<OperationCanceledException>(() => store.BeginWrite(cts.Token));
    }

    [Fact]
    public void Commit_produces_a_change_set_of_the_surviving_operations()
    {
        var sets = new List<ChangeSet>();
        using var store = new GraphStore(sets.Add);
        using (var tx = store.BeginWrite())
        {
            var a = tx.CreateNode(["A"], Props(("k", 1L)));
            var sp = tx.Savepoint();
            tx.SetNodeProperty(a, "k", 5L);
            tx.RollbackTo(sp);
            tx.AddLabel(a, "B");
            tx.Commit();
        }

        var set = Assert.Single(sets);
        Assert.Equal(1, set.Version);
        Assert.Collection(
            set.Changes,
            c => Assert.Equal(["A"], Assert.IsType<NodeCreated>(c).Labels),
            c => Assert.Equal("B", Assert.IsType<LabelAdded>(c).Label));
    }

    [Fact]
    public void Ids_are_never_reused()
    {
        using var store = new GraphStore();
        var a = Commit(store, tx => tx.CreateNode([], None));
        Commit(store, tx => tx.DeleteNode(a));
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode([], None);
        }

        var c = Commit(store, tx => tx.CreateNode([], None));
        Assert.True(c > a + 1);
    }

    [Fact]
    public void Rollback_to_savepoint_restores_range_and_fulltext_indexes()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateIndex(new IndexDefinition("r", IndexKind.Range, false, ["D"], ["k"]), false, out _);
        tx.CreateIndex(new IndexDefinition("f", IndexKind.Fulltext, false, ["D"], ["text"]), false, out _);
        var d = tx.CreateNode(["D"], Props(("k", 1L), ("text", "alpha")));
        var sp = tx.Savepoint();
        tx.SetNodeProperty(d, "k", 2L);
        tx.SetNodeProperty(d, "text", "beta");
        tx.CreateIndex(new IndexDefinition("late", IndexKind.Range, false, ["D"], ["text"]), false, out _);
        tx.RollbackTo(sp);

        Assert.Equal([d], tx.SeekNodes("D", "k", 1L)!);
        Assert.Empty(tx.SeekNodes("D", "k", 2L)!);
        Assert.Equal([d], tx.QueryFulltextNodes("f", "alpha").Select(r => r.Id));
        Assert.Empty(tx.QueryFulltextNodes("f", "beta"));
        Assert.DoesNotContain(tx.Indexes, i => i.Name == "late");
    }
}
