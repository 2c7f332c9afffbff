using Graph.Cypher.Values;

namespace Graph.Cypher.Tests.Values;

// Locks down which values are built in export form (handed out without a copy) and how the builders fall back to
// the engine's ordinary containers, in order, at the first value that needs exporting.
public sealed class ExportFormTests
{
    [Fact]
    public void Scalars_and_exported_containers_are_in_export_form_nodes_and_plain_containers_are_not()
    {
        Assert.True(ExportForm.Is(null));
        Assert.True(ExportForm.Is("s"));
        Assert.True(ExportForm.Is(1L));
        Assert.True(ExportForm.Is(new ExportedList(0)));
        Assert.True(ExportForm.Is(new ExportedMap(0)));
        Assert.False(ExportForm.Is(new NodeRef(1)));
        Assert.False(ExportForm.Is(new List<object?>()));
        Assert.False(ExportForm.Is(new CypherMap(0)));
        Assert.False(ExportForm.Is(1));
    }

    [Fact]
    public void A_list_of_scalars_converts_to_an_exported_copy_and_a_list_holding_a_node_does_not()
    {
        var stored = new List<object?> { "a", 2L, new List<object?> { true } };
        Assert.True(ExportForm.TryConvert(stored, out var exported));
        var copy = Assert.IsType<ExportedList>(exported);
        Assert.NotSame(stored, copy);
        Assert.IsType<ExportedList>(copy[2]);
        Assert.False(ExportForm.TryConvert(new List<object?> { "a", new NodeRef(3) }, out _));
    }

    [Fact]
    public void A_map_builder_stays_exported_until_a_node_arrives_then_keeps_order_and_overwrites_in_place()
    {
        var builder = new ExportingMap(2);
        builder.Set("a", 1L);
        builder.Set("b", "x");
        builder.Set("a", 3L);
        Assert.IsType<ExportedMap>(builder.Map);
        builder.Set("n", new NodeRef(7));
        builder.Set("b", "y");
        var map = Assert.IsType<CypherMap>(builder.Map);
        Assert.Equal(["a", "b", "n"], map.Keys);
        Assert.Equal([3L, "y", new NodeRef(7)], map.Values);
    }

    [Fact]
    public void A_list_builder_stays_exported_until_a_node_arrives_and_a_copy_keeps_the_items()
    {
        var builder = new ExportingList(1);
        builder.Add("a");
        builder.Add(new List<object?> { 1L });
        Assert.IsType<ExportedList>(builder.Items);
        Assert.IsType<ExportedList>(builder.Items[1]);
        var copy = builder.Copy();
        builder.Add(new NodeRef(1));
        Assert.IsNotType<ExportedList>(builder.Items);
        Assert.Equal(3, builder.Count);
        Assert.IsType<ExportedList>(copy.Items);
        Assert.Equal(2, copy.Count);
    }
}
