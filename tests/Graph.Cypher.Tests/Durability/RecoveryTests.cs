using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down reopening: from the log alone, from a snapshot, and from a snapshot plus later log.
public sealed class RecoveryTests : IDisposable
{
    private static readonly DurabilityOptions Manual = new() { BackgroundCheckpoints = false };
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReopenRestoresExactlyTheCommittedState(bool checkpoint)
    {
        string before;
        long astana;
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            astana = Populate(store);
            if (checkpoint)
            {
                store.Checkpoint();
            }

            before = StoreDump.Of(store.Snapshot());
        }

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        var view = reopened.Snapshot();
        Assert.Equal(before, StoreDump.Of(view));

        // Indexes work, not just exist: a seek, a full-text query, a uniqueness violation.
        Assert.Equal([astana], view.SeekNodes("State", "name", "Astana")!.ToArray());
        Assert.Equal([astana], view.QueryFulltextNodes("stateText", "capital").Select(h => h.Id).ToArray());
        using var tx = reopened.BeginWrite();
        var error = Assert.Throws<GraphException>(() => tx.CreateNode(["State"], new Dictionary<string, object?> { ["id"] = "kz", ["name"] = "x" }));
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, error.Code);
    }

    [Fact]
    public void FulltextRankingSurvivesASnapshotWithLogReplayedOnTop()
    {
        string[] queries = ["capital", "kazakh*", "oil gas", "\"gas union\""];
        (long, double)[][] before;
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Populate(store);
            AddStates(store, "oil and gas capital", "gas union capital", "grain");
            store.Checkpoint();
            // After the snapshot: the log changes, adds and removes documents the snapshot's index holds.
            AddStates(store, "gas gas pipeline", "oil exports");
            using (var tx = store.BeginWrite())
            {
                var first = store.Snapshot().QueryFulltextNodes("stateText", "grain").Single().Id;
                tx.SetNodeProperty(first, "description", "oil union");
                tx.Commit();
            }

            before = queries.Select(q => Ranked(store.Snapshot(), q)).ToArray();
        }

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.All(before, ranked => Assert.NotEmpty(ranked));
        Assert.Equal(before, queries.Select(q => Ranked(reopened.Snapshot(), q)).ToArray());
    }

    private static void AddStates(DurableGraphStore store, params string[] descriptions)
    {
        using var tx = store.BeginWrite();
        foreach (var description in descriptions)
        {
            tx.CreateNode(["State"], new Dictionary<string, object?> { ["id"] = description, ["name"] = description, ["description"] = description });
        }

        tx.Commit();
    }

    private static (long, double)[] Ranked(IGraphView view, string query) =>
        view.QueryFulltextNodes("stateText", query).Select(h => (h.Id, Math.Round(h.Score, 12))).ToArray();

    [Fact]
    public void IdsContinueAfterReopenWithoutReusingDeletedOnes()
    {
        long lastNode, lastRelationship;
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            using var tx = store.BeginWrite();
            var a = tx.CreateNode([], new Dictionary<string, object?>());
            lastNode = tx.CreateNode([], new Dictionary<string, object?>());
            lastRelationship = tx.CreateRelationship(a, lastNode, "R", new Dictionary<string, object?>());
            tx.DeleteRelationship(lastRelationship);
            tx.DeleteNode(lastNode);
            tx.Commit();
        }

        foreach (var checkpoint in new[] { false, true })
        {
            using var store = DurableGraphStore.Open(_dir.Path, Manual);
            using (var tx = store.BeginWrite())
            {
                var node = tx.CreateNode([], new Dictionary<string, object?>());
                var relationship = tx.CreateRelationship(node, node, "R", new Dictionary<string, object?>());
                Assert.True(node > lastNode, $"node id {node} reused (last {lastNode})");
                Assert.True(relationship > lastRelationship, $"relationship id {relationship} reused (last {lastRelationship})");
                lastNode = node;
                lastRelationship = relationship;
                tx.Commit();
            }

            if (checkpoint)
            {
                store.Checkpoint();
            }
        }
    }

    [Fact]
    public void RolledBackTransactionsLeaveNothingInTheLog()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["Kept"], new Dictionary<string, object?>());
                tx.Commit();
            }

            var length = new FileInfo(_dir.Segments().Single()).Length;
            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["RolledBack"], new Dictionary<string, object?>());
                tx.Rollback();
            }

            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["Disposed"], new Dictionary<string, object?>());
            }

            Assert.Equal(length, new FileInfo(_dir.Segments().Single()).Length);

            using (var tx = store.BeginWrite())
            {
                tx.CreateNode(["Kept"], new Dictionary<string, object?>());
                var savepoint = tx.Savepoint();
                tx.CreateNode(["UndoneStatement"], new Dictionary<string, object?>());
                tx.RollbackTo(savepoint);
                tx.Commit();
            }
        }

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal(["Kept"], reopened.Snapshot().LabelsInUse());
        Assert.Equal(2, reopened.Snapshot().NodeCount);
    }

    [Fact]
    public void CheckpointThenMoreCommitsThenReopen()
    {
        string before;
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Populate(store);
            store.Checkpoint();
            Assert.Single(_dir.Snapshots());
            var segment = Assert.Single(_dir.Segments());
            Assert.Equal(LogFormat.HeaderSize, new FileInfo(segment).Length);

            using (var tx = store.BeginWrite())
            {
                var id = tx.NodesWithLabel("State").First();
                tx.SetNodeProperty(id, "population", 19_000_000L);
                tx.RemoveLabel(id, "Place");
                tx.CreateIndex(new IndexDefinition("later", IndexKind.Range, false, ["Leader"], ["name"]), false, out _);
                tx.Commit();
            }

            store.Checkpoint();
            using (var tx = store.BeginWrite())
            {
                tx.DropIndex("later", false);
                tx.CreateNode(["Leader"], new Dictionary<string, object?> { ["name"] = "After the second checkpoint" });
                tx.Commit();
            }

            before = StoreDump.Of(store.Snapshot());
        }

        Assert.Single(_dir.Snapshots());
        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal(before, StoreDump.Of(reopened.Snapshot()));
    }

    [Fact]
    public void BackgroundCheckpointsKeepTheLogShortAndLoseNothing()
    {
        var options = new DurabilityOptions { CheckpointBytes = 2048 };
        using (var store = DurableGraphStore.Open(_dir.Path, options))
        {
            for (var i = 0; i < 300; i++)
            {
                using var tx = store.BeginWrite();
                tx.CreateNode(["Item"], new Dictionary<string, object?> { ["seq"] = (long)i, ["text"] = new string('x', 40) });
                tx.Commit();
            }

            Assert.Null(store.CheckpointFailure);
        }

        Assert.NotEmpty(_dir.Snapshots());
        Assert.True(_dir.Segments().Length <= 2, "covered segments were not deleted");
        using var reopened = DurableGraphStore.Open(_dir.Path, options);
        var view = reopened.Snapshot();
        Assert.Equal(300, view.NodeCount);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), view.NodesWithLabel("Item").Select(id => (long)view.NodeProperty(id, "seq")!).Order());
    }

    [Fact]
    public void TheDirectoryIsLockedWhileOpen()
    {
        using (DurableGraphStore.Open(_dir.Path, Manual))
        {
            var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
            Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
        }

        using var again = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal(0, again.Snapshot().NodeCount);
    }

    [Fact]
    public void ALockFileThatCannotBeOpenedIsAStoreErrorWithTheReasonNotACrash()
    {
        // A directory where the lock file should be fails to open even for root, as a read-only directory does for others.
        Directory.CreateDirectory(System.IO.Path.Combine(_dir.Path, DataDirectory.LockFileName));

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));

        Assert.Equal(ErrorCodes.ServiceUnavailable, error.Code);
        Assert.Contains("is not writable", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("locked by another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedSnapshotIsReportedNotIgnored()
    {
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Populate(store);
            store.Checkpoint();
        }

        var snapshot = _dir.Snapshots().Single();
        var bytes = File.ReadAllBytes(snapshot);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(snapshot, bytes);

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual));
        Assert.Equal(DurabilityErrors.StorageDamageDetected, error.Code);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        using var afterFailure = File.Open(System.IO.Path.Combine(_dir.Path, "lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None); // the failed open released its lock
    }

    /// <summary>Every operation kind and value type, schema of every kind, deletes and re-labels; returns the node "Astana".</summary>
    internal static long Populate(DurableGraphStore store)
    {
        long astana;
        using (var tx = store.BeginWrite())
        {
            // First, so dropping it leaves a gap in the rule ids that reopening must keep.
            tx.CreateIndex(new IndexDefinition("dropped", IndexKind.Range, false, ["Topic"], ["name"]), false, out _);
            tx.CreateConstraint(new ConstraintDefinition("stateId", ConstraintType.Uniqueness, false, "State", ["id"]), false, out _);
            tx.CreateConstraint(new ConstraintDefinition("", ConstraintType.NodePropertyExistence, false, "Leader", ["name"]), false, out _);
            tx.CreateIndex(new IndexDefinition("", IndexKind.Range, false, ["State"], ["name"]), false, out _);
            tx.CreateIndex(new IndexDefinition("stateText", IndexKind.Fulltext, false, ["State"], ["description"]), false, out _);
            tx.CreateIndex(new IndexDefinition("tradeYear", IndexKind.Range, true, ["TRADES_WITH"], ["year"]), false, out _);
            tx.Commit();
        }

        using (var tx = store.BeginWrite())
        {
            astana = tx.CreateNode(["State", "Place"], new Dictionary<string, object?>
            {
                ["id"] = "kz",
                ["name"] = "Astana",
                ["description"] = "The capital of Kazakhstan",
                ["founded"] = new CypherDate(new DateOnly(1830, 5, 1)),
                ["area"] = 810.2,
                ["member"] = true,
                ["aliases"] = new object?[] { "Nur-Sultan", "Akmola" },
                ["meeting"] = new CypherDateTime(new DateOnly(2023, 4, 12), 36_000_000_000_000, 21600, null),
                ["opens"] = new CypherLocalTime(9L * 3600 * 1_000_000_000),
                ["closes"] = new CypherTime(18L * 3600 * 1_000_000_000, 21600),
                ["signed"] = new CypherLocalDateTime(new DateOnly(2023, 4, 12), 1),
                ["term"] = new CypherDuration(12, 0, 0, 0),
                ["location"] = new CypherPoint(4326, 71.43, 51.13, null),
            });
            var baku = tx.CreateNode(["State"], new Dictionary<string, object?> { ["id"] = "az", ["name"] = "Baku" });
            var leader = tx.CreateNode(["Leader"], new Dictionary<string, object?> { ["name"] = "Kassym-Jomart Tokayev" });
            var temporary = tx.CreateNode(["Topic"], new Dictionary<string, object?> { ["name"] = "temporary" });
            tx.CreateRelationship(leader, astana, "LEADS", new Dictionary<string, object?> { ["role"] = "President" });
            tx.CreateRelationship(astana, baku, "TRADES_WITH", new Dictionary<string, object?> { ["year"] = 2022L, ["volumeUsd"] = 5.0e8 });
            var gone = tx.CreateRelationship(baku, astana, "TRADES_WITH", new Dictionary<string, object?> { ["year"] = 2021L });
            tx.CreateRelationship(baku, baku, "SELF", new Dictionary<string, object?>());
            tx.DeleteRelationship(gone);
            tx.DeleteNode(temporary);
            tx.Commit();
        }

        using (var tx = store.BeginWrite())
        {
            var baku = tx.SeekNodes("State", "name", "Baku")!.Single();
            tx.SetNodeProperty(baku, "name", "Azerbaijan");
            tx.SetNodeProperty(astana, "area", null);
            tx.AddLabel(baku, "Place");
            tx.RemoveLabel(astana, "Place");
            tx.AddLabel(astana, "Place");
            var trade = tx.RelationshipsOf(astana, Direction.Outgoing, ["TRADES_WITH"]).Single();
            tx.SetRelationshipProperty(trade, "growthPercent", 12.5);
            tx.SetRelationshipProperty(trade, "volumeUsd", null);
            tx.DropIndex("dropped", false);
            tx.Commit();
        }

        return astana;
    }
}
