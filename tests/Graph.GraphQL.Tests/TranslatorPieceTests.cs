using System.Text;
using Graph.Core.Model;
using Graph.GraphQL.Translation;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Tests;

// Locks down the small translator pieces on their own: filter predicates, sort items, pagination and cursors, names in
// order, and how the syntax tree prints them.
public sealed class TranslatorPieceTests
{
    private static readonly KnowledgeModel Model = KnowledgeModel.Default;

    private static readonly Variable This0 = new("this0");

    private static string Page((Parameter? Skip, Parameter? Limit) page) => new With([This0], Skip: page.Skip, Limit: page.Limit).Print();

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    [Fact]
    public void Scalar_filters_compare_with_parameters_and_dates_through_date()
    {
        var context = new TranslationContext(Model, new GraphQLOptions());
        var filter = new FilterTranslator(context);

        var predicate = filter.Node(This0, NodeScope.Of(Model, "Agreement"),
            Map(("name", Map(("eq", "Joint Declaration"))), ("date", Map(("gte", "2023-04-12")))));

        Assert.Equal("(this0.name = $param0 AND this0.date >= date($param1))", predicate?.Print());
        Assert.Equal("Joint Declaration", context.Parameters["param0"]);
        Assert.Equal("2023-04-12", context.Parameters["param1"]);
    }

    [Fact]
    public void Empty_and_unknown_filters_give_no_predicate()
    {
        var filter = new FilterTranslator(new TranslationContext(Model, new GraphQLOptions()));

        Assert.Null(filter.Node(This0, NodeScope.Of(Model, "State"), null));
        Assert.Null(filter.Node(This0, NodeScope.Of(Model, "State"), Map()));
        Assert.Null(filter.Node(This0, NodeScope.Of(Model, "State"), Map(("notAField", Map(("eq", 1))))));
    }

    [Fact]
    public void Eq_null_is_IS_NULL_because_equality_with_null_is_never_true_in_Cypher()
    {
        var filter = new FilterTranslator(new TranslationContext(Model, new GraphQLOptions()));

        Assert.Equal("this0.description IS NULL", filter.Node(This0, NodeScope.Of(Model, "State"), Map(("description", Map(("eq", null)))))?.Print());
    }

    [Fact]
    public void All_is_no_related_node_failing_the_condition()
    {
        var context = new TranslationContext(Model, new GraphQLOptions());
        var filter = new FilterTranslator(context);
        var outer = context.Variable("this");

        var predicate = filter.Node(outer, NodeScope.Of(Model, "Agreement"), Map(("parties", Map(("all", Map(("id", Map(("eq", "kazakhstan")))))))));

        Assert.Equal("NOT EXISTS { MATCH (this0)<-[:PARTY_TO]-(this1:State|Ministry|Organization) WHERE NOT (this1.id = $param0) }", predicate?.Print());
    }

    [Fact]
    public void Sort_keeps_the_order_of_the_keys_and_ignores_unknown_fields()
    {
        var orderBy = SortTranslator.OrderBy(This0, NodeScope.Of(Model, "Agreement"),
            new List<object?> { Map(("date", "DESC")), Map(("bogus", "ASC")), Map(("name", "ASC")) });

        Assert.Equal("WITH this0 ORDER BY this0.date DESC, this0.name ASC", new With([This0], orderBy).Print());
    }

    [Fact]
    public void Cursors_are_base64_of_arrayconnection_offsets_and_after_starts_at_the_next_one()
    {
        var context = new TranslationContext(Model, new GraphQLOptions());
        var pagination = new PaginationTranslator(context);
        var cursor = PaginationTranslator.Cursor(3);

        var (offset, first) = pagination.Page(new FieldRequest("c", "c", Map(("first", 2), ("after", cursor)), []));

        Assert.Equal("arrayconnection:3", Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
        Assert.Equal(4, offset);
        Assert.Equal(2, first);
    }

    [Fact]
    public void Root_lists_get_the_default_limit_and_nested_lists_do_not()
    {
        var context = new TranslationContext(Model, new GraphQLOptions { DefaultLimit = 50 });
        var pagination = new PaginationTranslator(context);

        Assert.Equal("WITH this0 LIMIT $param0", Page(pagination.SkipLimit(new FieldRequest("s", "s", Map(), []), root: true)));
        Assert.Equal((null, null), pagination.SkipLimit(new FieldRequest("s", "s", Map(), []), root: false));
        Assert.Equal("WITH this0 SKIP $param1 LIMIT $param2", Page(pagination.SkipLimit(new FieldRequest("s", "s", Map(("offset", 5), ("limit", 2)), []), root: false)));
        Assert.Equal(50L, context.Parameters["param0"]);
    }

    [Fact]
    public void Variable_names_are_handed_out_in_a_fixed_order()
    {
        var context = new TranslationContext(Model, new GraphQLOptions());

        Assert.Equal(["this0", "var1", "edges2"], [context.Variable("this").Name, context.Variable().Name, context.Variable("edges").Name]);
        Assert.Equal("$param0", context.Parameter(1).Print());
    }

    [Fact]
    public void Global_ids_round_trip_and_unknown_labels_are_rejected()
    {
        var field = new FieldRequest("node", "node", Map(), []);

        Assert.Equal(("State", "kazakhstan"), GlobalId.Decode(Model, GlobalId.Encode("State:kazakhstan"), field));
        Assert.Throws<TranslationException>(() => GlobalId.Decode(Model, GlobalId.Encode("Secret:x"), field));
        Assert.Throws<TranslationException>(() => GlobalId.Decode(Model, "%%%", field));
    }
}
