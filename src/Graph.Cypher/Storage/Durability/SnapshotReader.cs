namespace Graph.Cypher.Storage.Durability;

/// <summary>Loads a snapshot file into an empty store; returns the lsn it was taken at and the id counters.</summary>
internal static class SnapshotReader
{
    public static (long Lsn, long NextNode, long NextRelationship) Load(string path, GraphStore store)
    {
        var builder = new SnapshotStateBuilder(store.Tokens);
        var contents = Read(path, store, builder);
        Install(store, builder, contents);
        return (contents.Lsn, contents.NextNode, contents.NextRelationship);
    }

    /// <summary>Reads the snapshot's tokens into the (empty) store and its records into the builder.</summary>
    public static SnapshotContents Read(string path, GraphStore store, SnapshotStateBuilder builder)
    {
        var (body, format) = SnapshotFormat.Body(path, File.ReadAllBytes(path));
        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment))
        {
            throw new InvalidOperationException("Snapshot body is not array-backed.");
        }

        using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var lsn = r.ReadInt64();
        var nextNode = r.ReadInt64();
        var nextRelationship = r.ReadInt64();
        ReadTokens(r, store.Tokens.Labels);
        ReadTokens(r, store.Tokens.Types);
        ReadTokens(r, store.Tokens.Keys);
        var indexes = ReadRules(r, ChangeCodec.ReadIndex);
        var constraints = ReadRules(r, ChangeCodec.ReadConstraint);
        var nextRuleId = r.ReadInt64();

        var nodeCount = r.ReadInt64();
        for (var i = 0L; i < nodeCount; i++)
        {
            var id = r.Read7BitEncodedInt64();
            var nodeLabels = new int[ValueCodec.Count(r)];
            for (var l = 0; l < nodeLabels.Length; l++)
            {
                nodeLabels[l] = r.Read7BitEncodedInt();
            }

            builder.AddNode(id, nodeLabels, ReadProperties(r));
        }

        var relationshipCount = r.ReadInt64();
        for (var i = 0L; i < relationshipCount; i++)
        {
            var id = r.Read7BitEncodedInt64();
            var start = r.Read7BitEncodedInt64();
            var end = r.Read7BitEncodedInt64();
            var type = r.Read7BitEncodedInt();
            builder.AddRelationship(id, start, end, type, ReadProperties(r));
        }

        var fulltext = format >= 2 ? ReadFulltext(r, nextNode, nextRelationship) : [];
        if (stream.Position != stream.Length)
        {
            throw new InvalidDataException($"{stream.Length - stream.Position} byte(s) follow the snapshot's last section.");
        }

        return new SnapshotContents(lsn, nextNode, nextRelationship, indexes, constraints, nextRuleId) { Fulltext = fulltext };
    }

    /// <summary>Installs the built records in the empty store, then re-creates the schema over them.</summary>
    public static void Install(GraphStore store, SnapshotStateBuilder builder, SnapshotContents contents)
    {
        store.Restore(builder.Build());
        using var replay = new ChangeReplayer(store);
        ((WriteTransaction)replay.Transaction()).StoredFulltext = contents.Fulltext;
        RestoreSchema(replay, contents.Indexes, contents.Constraints, contents.NextRuleId);
        replay.Flush();
        store.SetNextIds(contents.NextNode, contents.NextRelationship);
    }

    /// <summary>Rebuilds the schema after the data, so each index fills in one pass.</summary>
    private static void RestoreSchema(ChangeReplayer replay, List<(IndexDefinition Rule, long Id)> indexes, List<(ConstraintDefinition Rule, long Id)> constraints, long nextRuleId) =>
        Import.SchemaRebuilder.Recreate((WriteTransaction)replay.Transaction(), indexes, constraints, nextRuleId, trusted: true);

    private static Dictionary<string, StoredFulltext> ReadFulltext(BinaryReader r, long nodesBelow, long relationshipsBelow)
    {
        var count = ValueCodec.Count(r);
        var stored = new Dictionary<string, StoredFulltext>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = r.ReadString();
            if (!stored.TryAdd(name, new StoredFulltext(Fulltext.FulltextIndex.Of(Fulltext.FulltextBase.Read(r)), nodesBelow, relationshipsBelow)))
            {
                throw new InvalidDataException($"Full-text index '{name}' is stored twice.");
            }
        }

        return stored;
    }

    /// <summary>The store is empty, so adding the names in order gives them the snapshot's token ids.</summary>
    private static void ReadTokens(BinaryReader r, Records.TokenTable table)
    {
        var names = ValueCodec.ReadStrings(r);
        for (var i = 0; i < names.Length; i++)
        {
            if (table.GetOrAdd(names[i]) != i)
            {
                throw new InvalidDataException($"Token '{names[i]}' is listed twice.");
            }
        }
    }

    private static List<(T Rule, long Id)> ReadRules<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = ValueCodec.Count(r);
        var rules = new List<(T, long)>(count);
        for (var i = 0; i < count; i++)
        {
            rules.Add((read(r), r.ReadInt64()));
        }

        return rules;
    }

    private static Records.Property[] ReadProperties(BinaryReader r)
    {
        var count = ValueCodec.Count(r);
        if (count == 0)
        {
            return [];
        }

        var properties = new Records.Property[count];
        for (var i = 0; i < count; i++)
        {
            var key = r.Read7BitEncodedInt();
            properties[i] = new Records.Property(key, ValueCodec.Read(r) ?? throw new InvalidDataException("A stored property is null."));
        }

        return properties;
    }
}
