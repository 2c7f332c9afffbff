using Graph.Bolt.PackStream;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Bolt.Values;

/// <summary>Writes every value the store returns (graph entities, temporals, points, collections) as PackStream.</summary>
public sealed class BoltValueWriter(PackStreamWriter writer, BoltDialect dialect)
{
    public void Write(object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(); break;
            case bool b: writer.WriteBool(b); break;
            case long l: writer.WriteInt(l); break;
            case int i: writer.WriteInt(i); break;
            case short s: writer.WriteInt(s); break;
            case byte u8: writer.WriteInt(u8); break;
            case double d: writer.WriteFloat(d); break;
            case float f: writer.WriteFloat(f); break;
            case string text: writer.WriteString(text); break;
            case char c: writer.WriteString(c.ToString()); break;
            case byte[] bytes: writer.WriteBytes(bytes); break;
            case Node node: WriteNode(node); break;
            case Relationship rel: WriteRelationship(rel); break;
            case Path path: WritePath(path); break;
            case CypherDate date:
                writer.WriteStructHeader(BoltTags.Date, 1);
                writer.WriteInt(BoltClock.EpochDays(date.Value));
                break;
            case CypherLocalTime time:
                writer.WriteStructHeader(BoltTags.LocalTime, 1);
                writer.WriteInt(time.NanoOfDay);
                break;
            case CypherTime time:
                writer.WriteStructHeader(BoltTags.Time, 2);
                writer.WriteInt(time.NanoOfDay);
                writer.WriteInt(time.OffsetSeconds);
                break;
            case CypherLocalDateTime local:
                var (seconds, nanos) = BoltClock.LocalSeconds(local.Date, local.NanoOfDay);
                writer.WriteStructHeader(BoltTags.LocalDateTime, 2);
                writer.WriteInt(seconds);
                writer.WriteInt(nanos);
                break;
            case CypherDateTime dateTime: WriteDateTime(dateTime); break;
            case CypherDuration duration:
                writer.WriteStructHeader(BoltTags.Duration, 4);
                writer.WriteInt(duration.Months);
                writer.WriteInt(duration.Days);
                writer.WriteInt(duration.Seconds);
                writer.WriteInt(duration.Nanos);
                break;
            case CypherPoint point: WritePoint(point); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IReadOnlyList<object?> list:
                writer.WriteListHeader(list.Count);
                foreach (var item in list) Write(item);
                break;
            default:
                throw new BoltValueException($"A value of type {value.GetType().Name} has no Bolt form.");
        }
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            writer.WriteString(key);
            Write(item);
        }
    }

    private void WriteNode(Node node)
    {
        writer.WriteStructHeader(BoltTags.Node, dialect.ElementIds ? 4 : 3);
        writer.WriteInt(node.Id);
        writer.WriteListHeader(node.Labels.Count);
        foreach (var label in node.Labels) writer.WriteString(label);
        WriteMap(node.Properties);
        if (dialect.ElementIds) writer.WriteString(node.ElementId);
    }

    private void WriteRelationship(Relationship rel)
    {
        writer.WriteStructHeader(BoltTags.Relationship, dialect.ElementIds ? 8 : 5);
        writer.WriteInt(rel.Id);
        writer.WriteInt(rel.StartId);
        writer.WriteInt(rel.EndId);
        writer.WriteString(rel.Type);
        WriteMap(rel.Properties);
        if (!dialect.ElementIds) return;
        writer.WriteString(rel.ElementId);
        writer.WriteString(rel.StartElementId);
        writer.WriteString(rel.EndElementId);
    }

    // A path is sent as its distinct nodes, its distinct relationships (without ends) and a walk through them:
    // for each step, the relationship's 1-based index (negative when walked against its direction), then the next node's index.
    private void WritePath(Path path)
    {
        var nodes = new List<Node>();
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in path.Nodes)
        {
            if (nodeIndex.TryAdd(node.ElementId, nodes.Count)) nodes.Add(node);
        }
        var rels = new List<Relationship>();
        var relIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var walk = new List<long>(path.Relationships.Count * 2);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            if (relIndex.TryAdd(rel.ElementId, rels.Count)) rels.Add(rel);
            var index = relIndex[rel.ElementId] + 1;
            var forward = rel.StartElementId == path.Nodes[i].ElementId;
            walk.Add(forward ? index : -index);
            walk.Add(nodeIndex[path.Nodes[i + 1].ElementId]);
        }

        writer.WriteStructHeader(BoltTags.Path, 3);
        writer.WriteListHeader(nodes.Count);
        foreach (var node in nodes) WriteNode(node);
        writer.WriteListHeader(rels.Count);
        foreach (var rel in rels)
        {
            writer.WriteStructHeader(BoltTags.UnboundRelationship, dialect.ElementIds ? 4 : 3);
            writer.WriteInt(rel.Id);
            writer.WriteString(rel.Type);
            WriteMap(rel.Properties);
            if (dialect.ElementIds) writer.WriteString(rel.ElementId);
        }
        writer.WriteListHeader(walk.Count);
        foreach (var step in walk) writer.WriteInt(step);
    }

    private void WriteDateTime(CypherDateTime value)
    {
        var (localSeconds, nanos) = BoltClock.LocalSeconds(value.Date, value.NanoOfDay);
        var seconds = dialect.UtcDateTime ? localSeconds - value.OffsetSeconds : localSeconds;
        if (value.Zone is { } zone)
        {
            writer.WriteStructHeader(dialect.UtcDateTime ? BoltTags.DateTimeZoneId : BoltTags.LegacyDateTimeZoneId, 3);
            writer.WriteInt(seconds);
            writer.WriteInt(nanos);
            writer.WriteString(zone);
        }
        else
        {
            writer.WriteStructHeader(dialect.UtcDateTime ? BoltTags.DateTime : BoltTags.LegacyDateTime, 3);
            writer.WriteInt(seconds);
            writer.WriteInt(nanos);
            writer.WriteInt(value.OffsetSeconds);
        }
    }

    private void WritePoint(CypherPoint point)
    {
        writer.WriteStructHeader(point.Z is null ? BoltTags.Point2D : BoltTags.Point3D, point.Z is null ? 3 : 4);
        writer.WriteInt(point.Srid);
        writer.WriteFloat(point.X);
        writer.WriteFloat(point.Y);
        if (point.Z is { } z) writer.WriteFloat(z);
    }
}
