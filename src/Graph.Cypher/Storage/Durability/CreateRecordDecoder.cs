using System.Text;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Reads one logged transaction (the <see cref="ChangeCodec"/> form) straight into token-based creates
/// when it only creates nodes and relationships — no change objects, no property dictionaries, no
/// string per relationship type — so recovery appends millions of logged creates quickly.
/// </summary>
internal sealed class CreateRecordDecoder(GraphTokens tokens)
{
    private const byte NodeCreatedOp = 1;
    private const byte RelationshipCreatedOp = 3;

    // Relationship types seen so far, by their UTF-8 bytes: a log holds few distinct types.
    private readonly List<(byte[] Name, int Token)> _types = [];

    /// <summary>The last decoded record's node creates (a new list per record: a consumer may still hold the last one).</summary>
    public List<(long Id, int[] Labels, Property[] Properties)> Nodes { get; private set; } = [];

    public List<(long Id, long Start, long End, int Type, Property[] Properties)> Relationships { get; private set; } = [];

    /// <summary>Decodes the record; false when it holds anything but creates.</summary>
    public bool TryDecode(byte[] buffer, int offset, int count)
    {
        Nodes = [];
        Relationships = [];
        using var stream = new MemoryStream(buffer, offset, count, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var changes = ValueCodec.Count(reader);
        for (var i = 0; i < changes; i++)
        {
            switch (reader.ReadByte())
            {
                case NodeCreatedOp:
                    var id = reader.Read7BitEncodedInt64();
                    var labels = new int[ValueCodec.Count(reader)];
                    for (var l = 0; l < labels.Length; l++)
                    {
                        labels[l] = tokens.Labels.GetOrAdd(reader.ReadString());
                    }

                    Nodes.Add((id, labels, ReadProperties(reader)));
                    break;
                case RelationshipCreatedOp:
                    var relationship = reader.Read7BitEncodedInt64();
                    var start = reader.Read7BitEncodedInt64();
                    var end = reader.Read7BitEncodedInt64();
                    var type = Type(reader, stream, buffer, offset);
                    Relationships.Add((relationship, start, end, type, ReadProperties(reader)));
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    // A BinaryWriter string: 7-bit byte length, then UTF-8; matched against known types without decoding.
    private int Type(BinaryReader reader, MemoryStream stream, byte[] buffer, int offset)
    {
        var length = ValueCodec.Count(reader);
        var start = offset + (int)stream.Position;
        if (start + length > offset + stream.Length)
        {
            throw new EndOfStreamException("A relationship type runs past the end of its record.");
        }

        var name = buffer.AsSpan(start, length);
        stream.Position += length;
        foreach (var (known, token) in _types)
        {
            if (name.SequenceEqual(known))
            {
                return token;
            }
        }

        var added = tokens.Types.GetOrAdd(Encoding.UTF8.GetString(name));
        _types.Add((name.ToArray(), added));
        return added;
    }

    private Property[] ReadProperties(BinaryReader reader)
    {
        var count = ValueCodec.Count(reader);
        if (count == 0)
        {
            return [];
        }

        var properties = new List<Property>(count);
        for (var i = 0; i < count; i++)
        {
            var key = tokens.Keys.GetOrAdd(reader.ReadString());
            if (ValueCodec.Read(reader) is { } value)
            {
                properties.Add(new Property(key, value));
            }
        }

        return [.. properties];
    }
}
