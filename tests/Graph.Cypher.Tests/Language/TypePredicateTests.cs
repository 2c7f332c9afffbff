using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Type predicates as the Cypher manual ("Type predicate expressions") shows them: IS ::, IS NOT ::, IS TYPED,
// the short form ::, NOT NULL, closed unions and lists.
public sealed class TypePredicateTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Is_integer_is_true_for_integers_and_null_only() =>
        Assert.Equal([true, false, false, true], _db.Column("UNWIND [42, true, 'abc', null] AS val RETURN val IS :: INTEGER AS isInteger"));

    [Fact]
    public void Is_not_negates_the_test() =>
        Assert.Equal([true, true, false], _db.Column("UNWIND [42, 42.0, '42'] AS val RETURN val IS NOT :: STRING AS notString"));

    [Fact]
    public void Not_null_excludes_null()
    {
        var row = _db.Run("RETURN NULL IS :: BOOLEAN NOT NULL AS isNotNullBoolean, NULL IS :: BOOLEAN AS isBoolean").Records.Single();
        Assert.Equal([false, true], row.Values);
    }

    [Fact]
    public void A_closed_union_accepts_any_member() =>
        Assert.Equal([true, true, false], _db.Column("UNWIND [42, 42.0, '42'] AS val RETURN val IS :: INTEGER | FLOAT AS isNumber"));

    [Fact]
    public void A_list_type_checks_every_element()
    {
        var row = _db.Run("RETURN [42] IS :: LIST<INTEGER> AS a, [42, '42'] IS :: LIST<INTEGER | STRING> AS b, [42, '42'] IS :: LIST<INTEGER> AS c, [] IS :: LIST<NOTHING> AS d").Records.Single();
        Assert.Equal([true, true, false, true], row.Values);
    }

    [Fact]
    public void Typed_and_the_short_form_are_synonyms()
    {
        var row = _db.Run("RETURN 1 IS TYPED INT AS a, 1.5 :: FLOAT AS b, 'x' :: BOOL AS c, date() IS :: DATE NOT NULL AS d, {a: 1} IS :: ANY MAP AS e").Records.Single();
        Assert.Equal([true, true, false, true, true], row.Values);
    }

    [Fact]
    public void Property_value_means_a_storable_value()
    {
        var row = _db.Run("RETURN 1 IS :: PROPERTY VALUE AS a, [1, 2] IS :: PROPERTY VALUE AS b, [1, 'a'] IS :: PROPERTY VALUE AS c, {a: 1} IS :: PROPERTY VALUE AS d").Records.Single();
        Assert.Equal([true, true, false, false], row.Values);
    }

    [Fact]
    public void Nodes_and_relationships_have_their_types()
    {
        _db.Run("CREATE (:A)-[:R]->(:B)");
        var row = _db.Run("MATCH (a)-[r]->() RETURN a IS :: NODE AS a, r IS :: RELATIONSHIP AS r, a IS :: RELATIONSHIP AS wrong").Records.Single();
        Assert.Equal([true, true, false], row.Values);
    }

    [Fact]
    public void A_type_predicate_filters_in_where() =>
        Assert.Equal([2L], _db.Column("UNWIND [1, 'a', 2.0, 2] AS x WITH x WHERE x IS :: INTEGER AND x > 1 RETURN x"));
}
