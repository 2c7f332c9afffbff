using System.Text;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>
/// PackStream's byte forms, both ways, against the vectors of Neo4j's Python driver
/// (neo4j/neo4j-python-driver, tests/unit/common/codec/packstream/v1/test_packstream.py): each value packs to
/// exactly those bytes (smallest form) and unpacks back to itself.
/// </summary>
public sealed class PackStreamVectorTests
{
    public static TheoryData<object?, string> Vectors => new()
    {
        { null, "C0" },
        { true, "C3" },
        { false, "C2" },
        { 0L, "00" },
        { 127L, "7F" },
        { -1L, "FF" },
        { -16L, "F0" },
        { -17L, "C8EF" },
        { -128L, "C880" },
        { 128L, "C90080" },
        { -129L, "C9FF7F" },
        { 32767L, "C97FFF" },
        { 32768L, "CA00008000" },
        { -32769L, "CAFFFF7FFF" },
        { 2147483648L, "CB0000000080000000" },
        { long.MinValue, "CB8000000000000000" },
        { 0.0, "C10000000000000000" },
        { Math.PI, "C1400921FB54442D18" },
        { "", "80" },
        { "A", "8141" },
        { "héllö", "8768C3A96C6CC3B6" },
        { new byte[0], "CC00" },
        { Encoding.ASCII.GetBytes("hello"), "CC0568656C6C6F" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Values_pack_to_the_drivers_bytes_and_back(object? value, string hex)
    {
        var writer = new PackStreamWriter();
        writer.Write(value);
        Assert.Equal(hex, Convert.ToHexString(writer.Written.Span));
        Assert.Equal(value, new PackStreamReader(Convert.FromHexString(hex)).Read());
    }

    [Fact]
    public void Sizes_switch_header_form_at_the_drivers_boundaries()
    {
        // Strings: 40 bytes take D0 28, 40 000 take D1 9C 40, 80 000 take D2 00 01 38 80.
        AssertHeader(new string('A', 15), "8F");
        AssertHeader(new string('A', 40), "D028");
        AssertHeader(new string('A', 40_000), "D19C40");
        AssertHeader(new string('A', 80_000), "D200013880");
        // Lists of ones: 40 take D4 28, 40 000 take D5 9C 40, 80 000 take D6 00 01 38 80.
        AssertHeader(Enumerable.Repeat<object?>(1L, 40).ToList(), "D428");
        AssertHeader(Enumerable.Repeat<object?>(1L, 40_000).ToList(), "D59C40");
        AssertHeader(Enumerable.Repeat<object?>(1L, 80_000).ToList(), "D600013880");
        // Bytes: 40 000 take CD 9C 40, 80 000 take CE 00 01 38 80.
        AssertHeader(new byte[40_000], "CD9C40");
        AssertHeader(new byte[80_000], "CE00013880");
    }

    [Fact]
    public void Maps_and_structures_keep_their_entries()
    {
        var map = new Dictionary<string, object?> { ["one"] = "eins" };
        var writer = new PackStreamWriter();
        writer.Write(map);
        // The driver's tiny map vector: A1 83 6F 6E 65 84 65 69 6E 73.
        Assert.Equal("A1836F6E658465696E73", Convert.ToHexString(writer.Written.Span));
        Assert.Equal(map, new PackStreamReader(writer.Written).Read());

        var structure = new PackStructure(0x7F, [1L, "a"]);
        writer.Clear();
        writer.Write(structure);
        Assert.Equal("B27F018161", Convert.ToHexString(writer.Written.Span));
        Assert.Equal(structure, new PackStreamReader(writer.Written).Read());
    }

    [Theory]
    [InlineData("D2FFFFFFFF", "larger than 2 GiB")] // a negative 32-bit size
    [InlineData("D5FFFF01", "past the end")] // a list claiming 65 535 items in 4 bytes
    [InlineData("DA00FFFFFF", "past the end")] // a map claiming 16M entries
    [InlineData("A10101", "keys must be strings")]
    [InlineData("81FF", "not valid UTF-8")]
    [InlineData("C7", "not a PackStream marker")]
    [InlineData("CB0000", "past the end")]
    public void Hostile_bytes_are_refused_without_reading_past_the_message(string hex, string message)
    {
        var bytes = Convert.FromHexString(hex);
        var error = Assert.Throws<PackStreamException>(() => new PackStreamReader(bytes).Read());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_not_a_stack_overflow()
    {
        var bytes = Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0xC0).ToArray();
        var error = Assert.Throws<PackStreamException>(() => new PackStreamReader(bytes).Read());
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
    }

    private static void AssertHeader(object value, string header)
    {
        var writer = new PackStreamWriter();
        writer.Write(value);
        Assert.StartsWith(header, Convert.ToHexString(writer.Written.Span[..Math.Min(8, writer.Length)]), StringComparison.Ordinal);
        var back = new PackStreamReader(writer.Written).Read();
        switch (value)
        {
            case string s: Assert.Equal(s, back); break;
            case byte[] b: Assert.Equal(b, back); break;
            case List<object?> l: Assert.Equal(l.Count, Assert.IsType<List<object?>>(back).Count); break;
        }
    }
}
