using System.Buffers.Binary;
using Graph.Core.Errors;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;
using Graph.Cypher.Storage.Fulltext;

namespace Graph.Cypher.Tests.Durability;

// Locks down snapshot format 2: full-text indexes stored packed and taken back as stored on reopen, format 1 still read, damage refused clearly.
public sealed class StoredIndexTests : IDisposable
{
    private static readonly DurabilityOptions Manual = new() { BackgroundCheckpoints = false };
    private static readonly string[] Queries = ["capital", "kazakh*", "oil gas", "\"gas union\"", "description:grain", "uni~"];
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_reopened_store_answers_full_text_queries_as_before_the_checkpoint()
    {
        var before = CheckpointedStore(store => store.Checkpoint());

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.All(before, ranked => Assert.NotEmpty(ranked));
        Assert.Equal(before, Answers(reopened));
    }

    [Fact]
    public void Reopening_takes_the_stored_index_instead_of_analysing_the_records_again()
    {
        // The snapshot is rewritten with a stored index that disagrees with the records: the answers follow the stored one.
        CheckpointedStore(store => store.Checkpoint());
        RewriteSnapshot((state, _) => state with
        {
            Schema = state.Schema with
            {
                FulltextData = state.Schema.FulltextData.SetItem("stateText", FulltextIndex.Build([(0, new FulltextDocument(new Dictionary<string, string[]> { ["description"] = ["stored"] }))])),
            },
        });

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        Assert.Equal([0L], reopened.Snapshot().QueryFulltextNodes("stateText", "stored").Select(h => h.Id));
        Assert.Empty(reopened.Snapshot().QueryFulltextNodes("stateText", "capital"));
    }

    [Fact]
    public void Entities_the_log_creates_after_the_snapshot_join_the_stored_index()
    {
        CheckpointedStore(store => store.Checkpoint());
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            AddStates(store, "late capital", "late grain");
        }

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        var late = reopened.Snapshot().QueryFulltextNodes("stateText", "late").Select(h => h.Id).ToArray();
        Assert.Equal(2, late.Length);
        Assert.Contains(late[0], reopened.Snapshot().QueryFulltextNodes("stateText", "capital").Select(h => h.Id));
    }

    [Fact]
    public void A_format_1_snapshot_is_still_read_and_its_full_text_index_rebuilt()
    {
        var before = CheckpointedStore(store => store.Checkpoint());
        RewriteSnapshot((state, _) => state, format: 1);
        Assert.Equal(1, BinaryPrimitives.ReadInt32LittleEndian(File.ReadAllBytes(_dir.Snapshots().Single()).AsSpan(8)));

        using (var reopened = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Assert.Equal(before, Answers(reopened));
            reopened.Checkpoint();
        }

        // The next checkpoint writes the current format.
        Assert.Equal(SnapshotFormat.FormatVersion, BinaryPrimitives.ReadInt32LittleEndian(File.ReadAllBytes(_dir.Snapshots().Single()).AsSpan(8)));
    }

    [Fact]
    public void A_stored_index_whose_arrays_disagree_is_refused_with_the_file_named()
    {
        CheckpointedStore(store => store.Checkpoint());
        // The body ends with the last document's length: claim one no document has (checksum recomputed, so only the index check can see it).
        EditBody(body => BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(body.Length - 4), int.MaxValue));

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual).Dispose());
        Assert.Contains("full-text index is damaged", error.Message);
        Assert.Contains(Path.GetFileName(_dir.Snapshots().Single()), error.Message);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(3)]
    public void A_truncated_or_padded_snapshot_is_refused(int change)
    {
        CheckpointedStore(store => store.Checkpoint());
        EditBody(body => body[..^Math.Max(0, -change)].Concat(new byte[Math.Max(0, change)]).ToArray());

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual).Dispose());
        Assert.Contains(Path.GetFileName(_dir.Snapshots().Single()), error.Message);
    }

    [Fact]
    public void A_snapshot_from_a_newer_format_says_which_formats_this_version_reads()
    {
        CheckpointedStore(store => store.Checkpoint());
        var path = _dir.Snapshots().Single();
        var file = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(8), 99);
        File.WriteAllBytes(path, file);

        var error = Assert.Throws<GraphException>(() => DurableGraphStore.Open(_dir.Path, Manual).Dispose());
        Assert.Contains("unsupported snapshot format 99", error.Message);
        Assert.Contains($"formats {SnapshotFormat.OldestReadable} to {SnapshotFormat.FormatVersion}", error.Message);
    }

    private (long, double)[][] CheckpointedStore(Action<DurableGraphStore> checkpoint)
    {
        using var store = DurableGraphStore.Open(_dir.Path, Manual);
        RecoveryTests.Populate(store);
        AddStates(store, "oil and gas capital", "gas union capital", "grain");
        using (var tx = store.BeginWrite())
        {
            // A change in place, so the index written holds an overlay to fold.
            var grain = store.Snapshot().QueryFulltextNodes("stateText", "grain").Single().Id;
            tx.SetNodeProperty(grain, "description", "grain union");
            tx.Commit();
        }

        checkpoint(store);
        return Answers(store);
    }

    private static (long, double)[][] Answers(DurableGraphStore store) =>
        Queries.Select(q => store.Snapshot().QueryFulltextNodes("stateText", q).Select(h => (h.Id, Math.Round(h.Score, 12))).ToArray()).ToArray();

    private static void AddStates(DurableGraphStore store, params string[] descriptions)
    {
        using var tx = store.BeginWrite();
        foreach (var description in descriptions)
        {
            tx.CreateNode(["State"], new Dictionary<string, object?> { ["id"] = description, ["name"] = description, ["description"] = description });
        }

        tx.Commit();
    }

    /// <summary>Reopens the directory in memory and writes its snapshot again from an edited state.</summary>
    private void RewriteSnapshot(Func<StoreState, GraphTokens, StoreState> edit, int format = SnapshotFormat.FormatVersion)
    {
        var (lsn, path) = DataDirectory.Snapshots(_dir.Path).Single();
        using var store = new GraphStore();
        var (_, nextNode, nextRelationship) = SnapshotReader.Load(path, store);
        SnapshotWriter.Write(_dir.Path, edit(store.CurrentState, store.Tokens), store.Tokens, lsn, (nextNode, nextRelationship), format);
    }

    /// <summary>Changes the snapshot's body and writes a header that matches it (length and checksum).</summary>
    private void EditBody(Action<byte[]> edit) => EditBody(body =>
    {
        edit(body);
        return body;
    });

    private void EditBody(Func<byte[], byte[]> edit)
    {
        var path = _dir.Snapshots().Single();
        var file = File.ReadAllBytes(path);
        var format = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(8));
        var body = edit(file[SnapshotFormat.HeaderSize..]);
        File.WriteAllBytes(path, [.. SnapshotFormat.Header(body, format), .. body]);
    }
}
