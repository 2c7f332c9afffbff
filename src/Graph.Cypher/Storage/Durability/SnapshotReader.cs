namespace Graph.Cypher.Storage.Durability;

/// <summary>Loads a snapshot file into an empty store; returns the lsn it was taken at and the id counters.</summary>
internal static class SnapshotReader
{
    public static (long Lsn, long NextNode, long NextRelationship) Load(string path, GraphStore store)
    {
        var body = SnapshotFormat.Body(path, File.ReadAllBytes(path));
        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment))
        {
            throw new InvalidOperationException("Snapshot body is not array-backed.");
        }

        using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var lsn = r.ReadInt64();
        var nextNode = r.ReadInt64();
        var nextRelationship = r.ReadInt64();
        var labels = ReadTokens(r, store.Tokens.Labels);
        var types = ReadTokens(r, store.Tokens.Types);
        var keys = ReadTokens(r, store.Tokens.Keys);
        var indexes = ReadRules(r, ChangeCodec.ReadIndex);
        var constraints = ReadRules(r, ChangeCodec.ReadConstraint);
        var nextRuleId = r.ReadInt64();

        using var replay = new ChangeReplayer(store);
        var nodeCount = r.ReadInt64();
        for (var i = 0L; i < nodeCount; i++)
        {
            var id = r.Read7BitEncodedInt64();
            var nodeLabels = new string[ValueCodec.Count(r)];
            for (var l = 0; l < nodeLabels.Length; l++)
            {
                nodeLabels[l] = Token(labels, r.Read7BitEncodedInt());
            }

            replay.Apply(new NodeCreated(id, nodeLabels, ReadProperties(r, keys)));
        }

        var relationshipCount = r.ReadInt64();
        for (var i = 0L; i < relationshipCount; i++)
        {
            var id = r.Read7BitEncodedInt64();
            var start = r.Read7BitEncodedInt64();
            var end = r.Read7BitEncodedInt64();
            var type = Token(types, r.Read7BitEncodedInt());
            replay.Apply(new RelationshipCreated(id, start, end, type, ReadProperties(r, keys)));
        }

        replay.Flush();
        RestoreSchema(replay, indexes, constraints, nextRuleId);
        replay.Flush();
        store.SetNextIds(nextNode, nextRelationship);
        return (lsn, nextNode, nextRelationship);
    }

    /// <summary>
    /// Rebuilds the schema after the data (indexes fill in one pass): rules are re-created in rule-id
    /// order, which is the order they were first created in, then their original ids are put back.
    /// </summary>
    private static void RestoreSchema(ChangeReplayer replay, List<(IndexDefinition Rule, long Id)> indexes, List<(ConstraintDefinition Rule, long Id)> constraints, long nextRuleId)
    {
        var tx = (WriteTransaction)replay.Transaction();
        foreach (var initial in tx.Indexes.ToList())
        {
            if (!indexes.Exists(i => i.Rule.Name == initial.Name))
            {
                tx.DropIndex(initial.Name, ifExists: false);
            }
        }

        var rules = indexes.Where(i => i.Rule.OwningConstraint is null).Select(i => (i.Id, (object)i.Rule))
            .Concat(constraints.Select(c => (c.Id, (object)c.Rule)))
            .OrderBy(r => r.Id);
        foreach (var (_, rule) in rules)
        {
            switch (rule)
            {
                case IndexDefinition index when tx.Indexes.All(i => i.Name != index.Name):
                    tx.CreateIndex(index, ifNotExists: false, out _);
                    break;
                case ConstraintDefinition constraint:
                    tx.CreateConstraint(constraint, ifNotExists: false, out _);
                    break;
            }
        }

        tx.RestoreRuleIds(indexes.ToDictionary(i => i.Rule.Name, i => i.Id), constraints.ToDictionary(c => c.Rule.Name, c => c.Id), nextRuleId);
    }

    private static string[] ReadTokens(BinaryReader r, Records.TokenTable table)
    {
        var names = ValueCodec.ReadStrings(r);
        foreach (var name in names)
        {
            table.GetOrAdd(name);
        }

        return names;
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

    private static Dictionary<string, object?> ReadProperties(BinaryReader r, string[] keys)
    {
        var count = ValueCodec.Count(r);
        var properties = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = Token(keys, r.Read7BitEncodedInt());
            properties[key] = ValueCodec.Read(r);
        }

        return properties;
    }

    private static string Token(string[] names, int token) =>
        (uint)token < (uint)names.Length ? names[token] : throw new InvalidDataException($"Unknown token {token}.");
}
