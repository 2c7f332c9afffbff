using Graph.Bolt.PackStream;
using Graph.Bolt.Values;
using Graph.Core.Values;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>
/// Temporal, duration and spatial values as Bolt structures, against the Python driver's vectors
/// (neo4j/neo4j-python-driver, tests/unit/common/codec/hydration/v1/test_temporal_dehydration.py for Bolt 4.4's
/// local-seconds date-times, v2/test_temporal_dehydration.py for Bolt 5's UTC ones): the server writes exactly those
/// fields and reads them back to the same value.
/// </summary>
public sealed class BoltValueVectorTests
{
    private static readonly long NanoOfDay = ((11 * 60 + 37) * 60 + 41) * 1_000_000_000L + 474716862;

    public static TheoryData<string, object, byte, object[]> Vectors => new()
    {
        { "5", new CypherDate(new DateOnly(1991, 8, 24)), (byte)'D', [7905L] },
        { "5", new CypherTime(3723000000004, 3600), (byte)'T', [3723000000004L, 3600L] },
        { "5", new CypherLocalTime(3723000000004), (byte)'t', [3723000000004L] },
        { "5", new CypherLocalDateTime(new DateOnly(2018, 10, 12), NanoOfDay), (byte)'d', [1539344261L, 474716862L] },
        { "5", new CypherDateTime(new DateOnly(2018, 10, 12), NanoOfDay, 3600, null), (byte)'I', [1539340661L, 474716862L, 3600L] },
        { "5", new CypherDateTime(new DateOnly(2018, 10, 12), NanoOfDay, -3600, null), (byte)'I', [1539347861L, 474716862L, -3600L] },
        { "5", new CypherDateTime(new DateOnly(2018, 10, 12), NanoOfDay, 7200, "Europe/Stockholm"), (byte)'i', [1539337061L, 474716862L, "Europe/Stockholm"] },
        { "4.4", new CypherDateTime(new DateOnly(2018, 10, 12), NanoOfDay, 3600, null), (byte)'F', [1539344261L, 474716862L, 3600L] },
        { "4.4", new CypherDateTime(new DateOnly(2018, 10, 12), NanoOfDay, 7200, "Europe/Stockholm"), (byte)'f', [1539344261L, 474716862L, "Europe/Stockholm"] },
        { "5", new CypherDuration(1, 2, 3, 4), (byte)'E', [1L, 2L, 3L, 4L] },
        { "5", new CypherDuration(1, -2, 3, 4), (byte)'E', [1L, -2L, 3L, 4L] },
        { "5", new CypherPoint(7203, 1.0, 3.0, null), (byte)'X', [7203L, 1.0, 3.0] },
        { "5", new CypherPoint(9157, 1.0, -2.0, 3.1), (byte)'Y', [9157L, 1.0, -2.0, 3.1] },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Values_are_the_drivers_structures_and_read_back(string version, object value, byte tag, object[] fields)
    {
        var dialect = version == "5" ? BoltDialect.V5 : BoltDialect.V44;
        var writer = new PackStreamWriter();
        new BoltValueWriter(writer, dialect).Write(value);
        var structure = Assert.IsType<PackStructure>(new PackStreamReader(writer.Written).Read());
        Assert.Equal((char)tag, (char)structure.Tag);
        Assert.Equal(fields, structure.Fields);
        Assert.Equal(value, BoltValueReader.ToValue(structure, dialect));
    }

    [Fact]
    public void Graph_entities_carry_element_ids_in_bolt_5_only()
    {
        var props = new Dictionary<string, object?> { ["name"] = "Astana" };
        var node = new Node(7, "4:graph:7", ["Place"], props);
        var five = Write(node, BoltDialect.V5);
        Assert.Equal([7L, new List<object?> { "Place" }, props, "4:graph:7"], five.Fields);
        Assert.Equal(3, Write(node, BoltDialect.V44).Fields.Count);

        var rel = new Relationship(3, "5:graph:3", "LOCATED_IN", 7, 8, "4:graph:7", "4:graph:8", new Dictionary<string, object?>());
        Assert.Equal([3L, 7L, 8L, "LOCATED_IN", new Dictionary<string, object?>(), "5:graph:3", "4:graph:7", "4:graph:8"], Write(rel, BoltDialect.V5).Fields);
    }

    [Fact]
    public void A_path_walks_its_relationships_with_signed_indices()
    {
        var a = new Node(1, "n1", ["A"], new Dictionary<string, object?>());
        var b = new Node(2, "n2", ["B"], new Dictionary<string, object?>());
        var c = new Node(3, "n3", ["C"], new Dictionary<string, object?>());
        var ab = new Relationship(10, "r10", "T", 1, 2, "n1", "n2", new Dictionary<string, object?>());
        var cb = new Relationship(11, "r11", "T", 3, 2, "n3", "n2", new Dictionary<string, object?>());
        // a -> b <- c: the second step walks r11 against its direction.
        var path = Write(new Graph.Core.Values.Path([a, b, c], [ab, cb]), BoltDialect.V5);
        Assert.Equal(3, Assert.IsType<List<object?>>(path.Fields[0]).Count);
        Assert.Equal(2, Assert.IsType<List<object?>>(path.Fields[1]).Count);
        Assert.Equal(new List<object?> { 1L, 1L, -2L, 2L }, path.Fields[2]);
    }

    [Fact]
    public void Graph_entities_are_refused_as_parameters()
    {
        var node = new PackStructure((byte)'N', [1L, new List<object?>(), new Dictionary<string, object?>(), "x"]);
        Assert.Throws<BoltValueException>(() => BoltValueReader.ToValue(node, BoltDialect.V5));
        Assert.Throws<BoltValueException>(() => BoltValueReader.ToValue(new PackStructure((byte)'D', [long.MaxValue]), BoltDialect.V5));
        Assert.Throws<BoltValueException>(() => BoltValueReader.ToValue(new PackStructure((byte)'i', [0L, 0L, "Not/AZone"]), BoltDialect.V5));
    }

    private static PackStructure Write(object value, BoltDialect dialect)
    {
        var writer = new PackStreamWriter();
        new BoltValueWriter(writer, dialect).Write(value);
        return Assert.IsType<PackStructure>(new PackStreamReader(writer.Written).Read());
    }
}
