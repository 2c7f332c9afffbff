using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage.Durability;

/// <summary>Writes one committed <see cref="StoreState"/> as a snapshot file (see <see cref="SnapshotFormat"/>).</summary>
internal static class SnapshotWriter
{
    /// <param name="format">Tests write the older format 1 (no index data) to check it is still read.</param>
    public static void Write(string directory, StoreState state, GraphTokens tokens, long lsn, (long Node, long Relationship) nextIds, int format = SnapshotFormat.FormatVersion)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(lsn);
            w.Write(nextIds.Node);
            w.Write(nextIds.Relationship);
            WriteTokens(w, tokens.Labels);
            WriteTokens(w, tokens.Types);
            WriteTokens(w, tokens.Keys);
            WriteSchema(w, state);
            WriteNodes(w, state, tokens);
            WriteRelationships(w, state, tokens);
            if (format >= 2)
            {
                WriteFulltext(w, state);
            }
        }

        DataDirectory.WriteAtomically(DataDirectory.SnapshotPath(directory, lsn), stream =>
        {
            var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
            stream.Write(SnapshotFormat.Header(bytes, format));
            stream.Write(bytes);
        });
    }

    private static void WriteTokens(BinaryWriter w, TokenTable table)
    {
        // Token ids are append-only, so the count read first bounds a consistent prefix.
        var count = table.Count;
        w.Write7BitEncodedInt(count);
        for (var i = 0; i < count; i++)
        {
            w.Write(table.Name(i));
        }
    }

    private static void WriteSchema(BinaryWriter w, StoreState state)
    {
        var schema = state.Schema;
        w.Write7BitEncodedInt(schema.Indexes.Count);
        foreach (var index in schema.Indexes)
        {
            ChangeCodec.WriteIndex(w, index);
            w.Write(schema.IndexId(index.Name));
        }

        w.Write7BitEncodedInt(schema.Constraints.Count);
        foreach (var constraint in schema.Constraints)
        {
            ChangeCodec.WriteConstraint(w, constraint);
            w.Write(schema.ConstraintId(constraint.Name));
        }

        w.Write(schema.NextRuleId);
    }

    private static void WriteNodes(BinaryWriter w, StoreState state, GraphTokens tokens)
    {
        w.Write(state.NodeCount);
        foreach (var id in state.Nodes.Ids())
        {
            var node = state.Nodes.Get(id);
            var labels = tokens.LabelSets.Labels(node.LabelSet);
            w.Write7BitEncodedInt64(id);
            w.Write7BitEncodedInt(labels.Length);
            foreach (var label in labels)
            {
                w.Write7BitEncodedInt(label);
            }

            WriteProperties(w, PropertyCodec.ReadAll(state.Arena!, node.Properties));
        }
    }

    private static void WriteRelationships(BinaryWriter w, StoreState state, GraphTokens tokens)
    {
        w.Write(state.RelationshipCount);
        foreach (var id in state.Relationships.Ids())
        {
            var relationship = state.Relationships.Get(id);
            w.Write7BitEncodedInt64(id);
            w.Write7BitEncodedInt64(relationship.Start);
            w.Write7BitEncodedInt64(relationship.End);
            w.Write7BitEncodedInt(relationship.Type);
            WriteProperties(w, PropertyCodec.ReadAll(state.Arena!, relationship.Properties));
        }
    }

    /// <summary>Format 2: each full-text index's documents packed, overlay folded in (see <see cref="Fulltext.FulltextBase"/>).</summary>
    private static void WriteFulltext(BinaryWriter w, StoreState state)
    {
        var indexes = state.Schema.FulltextData;
        w.Write7BitEncodedInt(indexes.Count);
        foreach (var (name, index) in indexes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(name);
            index.Packed().Write(w);
        }
    }

    private static void WriteProperties(BinaryWriter w, Property[] properties)
    {
        w.Write7BitEncodedInt(properties.Length);
        foreach (var property in properties)
        {
            w.Write7BitEncodedInt(property.Key);
            ValueCodec.Write(w, property.Value);
        }
    }
}
