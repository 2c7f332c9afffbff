using Graph.Core.Errors;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down the token-level read API: names resolved once, unknown names matching nothing, expansions into a
// reused buffer (types, directions, self-loops, a writer's own changes) and the batched far-end reads.
public sealed class TokenReadTests
{
    private readonly GraphStore _store = new();
    private readonly long _a;
    private readonly long _b;
    private readonly long _c;
    private readonly long _ab;
    private readonly long _ac;
    private readonly long _ca;
    private readonly long _loop;

    public TokenReadTests()
    {
        using var tx = _store.BeginWrite();
        _a = tx.CreateNode(["A"], Props(("name", "a")));
        _b = tx.CreateNode(["B", "X"], Props(("name", "b"), ("n", 2L)));
        _c = tx.CreateNode(["B"], Props(("n", 3L)));
        _ab = tx.CreateRelationship(_a, _b, "R", None);
        _ac = tx.CreateRelationship(_a, _c, "S", None);
        _ca = tx.CreateRelationship(_c, _a, "R", None);
        _loop = tx.CreateRelationship(_a, _a, "L", None);
        tx.Commit();
    }

    [Fact]
    public void Unknown_names_resolve_to_minus_one_and_match_nothing()
    {
        var view = _store.Snapshot();
        Assert.Equal(-1, view.LabelToken("Nope"));
        Assert.Equal(-1, view.PropertyKeyToken("nope"));
        Assert.False(view.NodeHasLabel(_a, -1));
        Assert.Null(view.NodeProperty(_a, -1));
        var hops = new HopBuffer();
        view.Expand(_a, Direction.Both, view.ResolveTypes(["Nope"]), hops);
        Assert.Equal(0, hops.Count);
    }

    [Fact]
    public void Token_reads_agree_with_name_reads()
    {
        var view = _store.Snapshot();
        Assert.True(view.NodeHasLabel(_b, view.LabelToken("X")));
        Assert.False(view.NodeHasLabel(_c, view.LabelToken("X")));
        Assert.Equal("b", view.NodeProperty(_b, view.PropertyKeyToken("name")));
        Assert.Null(view.NodeProperty(_c, view.PropertyKeyToken("name")));
    }

    [Theory]
    [InlineData("out", null, "loop ac ab")]
    [InlineData("in", null, "loop ca")]
    [InlineData("both", null, "loop ca ac ab")]
    [InlineData("both", "R", "ca ab")]
    [InlineData("both", "R,S", "ca ac ab")]
    [InlineData("both", "L", "loop")]
    [InlineData("out", "S,Nope", "ac")]
    public void Expansion_lists_each_relationship_once_with_its_other_end(string way, string? types, string expected)
    {
        var direction = way switch { "out" => Direction.Outgoing, "in" => Direction.Incoming, _ => Direction.Both };
        var view = _store.Snapshot();
        var hops = new HopBuffer();
        view.Expand(_a, direction, view.ResolveTypes(types?.Split(',')), hops);
        var names = new Dictionary<long, (string Name, long Other)>
        {
            [_ab] = ("ab", _b), [_ac] = ("ac", _c), [_ca] = ("ca", _c), [_loop] = ("loop", _a),
        };
        var found = Enumerable.Range(0, hops.Count).Select(i => hops[i]).ToList();
        Assert.Equal(expected.Split(' '), found.Select(h => names[h.Relationship].Name));
        Assert.All(found, h => Assert.Equal(names[h.Relationship].Other, h.Other));
        Assert.Equal(view.RelationshipsOf(_a, direction, types?.Split(',')).Order(), found.Select(h => h.Relationship).Order());
    }

    [Fact]
    public void A_reused_buffer_is_replaced_not_appended_and_grows_past_its_first_size()
    {
        using (var tx = _store.BeginWrite())
        {
            for (var i = 0; i < 40; i++) tx.CreateRelationship(_b, tx.CreateNode(["B"], None), "R", None);
            tx.Commit();
        }

        var view = _store.Snapshot();
        var hops = new HopBuffer();
        view.Expand(_b, Direction.Outgoing, view.ResolveTypes(null), hops);
        Assert.Equal(40, hops.Count);
        view.Expand(_a, Direction.Outgoing, view.ResolveTypes(["R"]), hops);
        Assert.Equal(1, hops.Count);
        Assert.Equal(_b, hops[0].Other);
    }

    [Fact]
    public void A_writer_expands_its_own_changes_and_the_buffer_is_a_copy()
    {
        using var tx = _store.BeginWrite();
        tx.DeleteRelationship(_ab);
        var d = tx.CreateNode(["B"], None);
        var ad = tx.CreateRelationship(_a, d, "R", None);
        var hops = new HopBuffer();
        tx.Expand(_a, Direction.Outgoing, tx.ResolveTypes(["R"]), hops);
        Assert.Equal([ad], Enumerable.Range(0, hops.Count).Select(i => hops[i].Relationship));
        // Changing the graph while walking the buffer leaves the buffer as it was.
        tx.CreateRelationship(_a, d, "R", None);
        Assert.Equal(1, hops.Count);
        Assert.Single(Enumerable.Range(0, 1), i => hops[i].Relationship == ad);
        // The committed snapshot still has the old relationship.
        var view = _store.Snapshot();
        view.Expand(_a, Direction.Outgoing, view.ResolveTypes(["R"]), hops);
        Assert.Equal([_ab], Enumerable.Range(0, hops.Count).Select(i => hops[i].Relationship));
    }

    [Fact]
    public void Reads_of_a_node_deleted_in_the_transaction_throw_EntityNotFound()
    {
        using var tx = _store.BeginWrite();
        tx.DeleteRelationship(_ab);
        tx.DeleteNode(_b);
        Assert.Equal(ErrorCodes.EntityNotFound, Assert.Throws<GraphException>(() => tx.NodeHasLabel(_b, tx.LabelToken("B"))).Code);
        Assert.Equal(ErrorCodes.EntityNotFound, Assert.Throws<GraphException>(() => tx.NodeProperty(_b, tx.PropertyKeyToken("name"))).Code);
        Assert.Equal(ErrorCodes.EntityNotFound, Assert.Throws<GraphException>(() => tx.Expand(_b, Direction.Both, tx.ResolveTypes(null), new HopBuffer())).Code);
    }

    [Fact]
    public void Far_ends_are_filtered_by_labels_and_read_in_hop_order()
    {
        var view = _store.Snapshot();
        var hops = new HopBuffer();
        view.Expand(_a, Direction.Both, view.ResolveTypes(null), hops);
        view.KeepOthersLabelled(hops, [view.LabelToken("B")]);
        Assert.Equal([_c, _c, _b], Enumerable.Range(0, hops.Count).Select(i => hops[i].Other));
        var values = new List<object?>();
        view.OtherEndProperties(hops, view.PropertyKeyToken("n"), values);
        Assert.Equal([3L, 3L, 2L], values);

        view.KeepOthersLabelled(hops, [view.LabelToken("B"), view.LabelToken("X")]);
        Assert.Equal([_b], Enumerable.Range(0, hops.Count).Select(i => hops[i].Other));
        view.KeepOthersLabelled(hops, [-1]);
        Assert.Equal(0, hops.Count);
    }
}
