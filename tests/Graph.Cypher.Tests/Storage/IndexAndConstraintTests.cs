using Graph.Core.Errors;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down range seeks and the schema rules: uniqueness, existence and key constraints, names and conflicts.
public sealed class IndexAndConstraintTests
{
    private static IndexDefinition Range(string name, string label, string property) =>
        new(name, IndexKind.Range, false, [label], [property]);

    private static ConstraintDefinition Unique(string name, string label, string property) =>
        new(name, ConstraintType.Uniqueness, false, label, [property]);

    [Fact]
    public void Seek_uses_Cypher_equality_so_1_equals_1_0()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["N"], Props(("v", 1L)));
        var b = tx.CreateNode(["N"], Props(("v", 1.0)));
        tx.CreateNode(["N"], Props(("v", "1")));
        tx.CreateNode(["N"], Props(("v", 2L)));
        Assert.Null(tx.SeekNodes("N", "v", 1L)); // no index yet: caller scans
        tx.CreateIndex(Range("n_v", "N", "v"), false, out var created);
        Assert.True(created);
        Assert.Equal([a, b], tx.SeekNodes("N", "v", 1L)!.Order());
        Assert.Equal([a, b], tx.SeekNodes("N", "v", 1.0)!.Order());
        Assert.Single(tx.SeekNodes("N", "v", "1")!);
        Assert.Null(tx.SeekNodes("N", "other", 1L));
    }

    [Fact]
    public void Seek_by_prefix_is_exact_case()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateIndex(Range("", "City", "name"), false, out _);
        var astana = tx.CreateNode(["City"], Props(("name", "Astana")));
        var astara = tx.CreateNode(["City"], Props(("name", "Astara")));
        tx.CreateNode(["City"], Props(("name", "astrakhan")));
        tx.CreateNode(["City"], Props(("name", "Baku")));
        Assert.Equal([astana, astara], tx.SeekNodesByPrefix("City", "name", "Ast")!.Order());
        Assert.Empty(tx.SeekNodesByPrefix("City", "name", "Z")!);
    }

    [Fact]
    public void Index_follows_updates_and_deletes_per_snapshot()
    {
        using var store = new GraphStore();
        var n = Commit(store, tx =>
        {
            tx.CreateIndex(Range("idx", "P", "k"), false, out _);
            return tx.CreateNode(["P"], Props(("k", "old")));
        });
        var before = store.Snapshot();
        Commit(store, tx => tx.SetNodeProperty(n, "k", "new"));
        Assert.Equal([n], before.SeekNodes("P", "k", "old")!);
        Assert.Empty(store.Snapshot().SeekNodes("P", "k", "old")!);
        Assert.Equal([n], store.Snapshot().SeekNodes("P", "k", "new")!);
        Commit(store, tx => tx.RemoveLabel(n, "P"));
        Assert.Empty(store.Snapshot().SeekNodes("P", "k", "new")!);
    }

    [Fact]
    public void Generated_names_look_like_Neo4j()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var index = tx.CreateIndex(Range("", "A", "x"), false, out _);
        var constraint = tx.CreateConstraint(Unique("", "B", "y"), false, out _);
        Assert.Matches("^index_[0-9a-f]{8}$", index.Name);
        Assert.Matches("^constraint_[0-9a-f]{8}$", constraint.Name);
        var owned = Assert.Single(tx.Indexes, i => i.OwningConstraint == constraint.Name);
        Assert.Equal(constraint.Name, owned.Name);
    }

    [Fact]
    public void Uniqueness_is_enforced_on_create_set_and_add_label()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateConstraint(Unique("state_id", "State", "id"), false, out _);
        var kz = tx.CreateNode(["State"], Props(("id", "kz")));
        var error = Assert.Throws<GraphException>(() => tx.CreateNode(["State"], Props(("id", "kz"))));
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal($"Node({kz}) already exists with label `State` and property `id` = 'kz'", error.Message);

        var az = tx.CreateNode(["State"], Props(("id", "az")));
        Assert.Throws<GraphException>(() => tx.SetNodeProperty(az, "id", "kz"));
        Assert.Equal("az", tx.NodeProperty(az, "id")); // the failed change left nothing behind

        var loose = tx.CreateNode(["Other"], Props(("id", "kz")));
        Assert.Throws<GraphException>(() => tx.AddLabel(loose, "State"));
        Assert.False(tx.NodeHasLabel(loose, "State"));

        // Numbers: 1 and 1.0 are the same value for uniqueness.
        tx.CreateNode(["State"], Props(("id", 1L)));
        Assert.Throws<GraphException>(() => tx.CreateNode(["State"], Props(("id", 1.0))));
    }

    [Fact]
    public void Uniqueness_frees_the_value_after_delete()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateConstraint(Unique("u", "S", "id"), false, out _);
        var a = tx.CreateNode(["S"], Props(("id", "x")));
        tx.DeleteNode(a);
        tx.CreateNode(["S"], Props(("id", "x")));
        Assert.Equal(1, tx.CountNodesWithLabel("S"));
    }

    [Fact]
    public void Existence_constraint_is_checked_at_commit()
    {
        using var store = new GraphStore();
        Commit(store, tx => tx.CreateConstraint(new ConstraintDefinition("p_name", ConstraintType.NodePropertyExistence, false, "Person", ["name"]), false, out _));

        // Setting the property later in the same transaction is fine, as in Neo4j.
        Commit(store, tx =>
        {
            var p = tx.CreateNode(["Person"], None);
            tx.SetNodeProperty(p, "name", "Ann");
        });

        var tx = store.BeginWrite();
        var q = tx.CreateNode(["Person"], None);
        var error = Assert.Throws<GraphException>(tx.Commit);
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal($"Node({q}) with label `Person` must have the property `name`", error.Message);
        Assert.Equal(1, store.Snapshot().NodeCount);
    }

    [Fact]
    public void Node_key_requires_all_properties_and_unique_combination()
    {
        using var store = new GraphStore();
        Commit(store, tx => tx.CreateConstraint(new ConstraintDefinition("key", ConstraintType.NodeKey, false, "P", ["first", "last"]), false, out _));
        Commit(store, tx => tx.CreateNode(["P"], Props(("first", "A"), ("last", "B"))));
        Commit(store, tx => tx.CreateNode(["P"], Props(("first", "A"), ("last", "C"))));
        using (var tx = store.BeginWrite())
        {
            var error = Assert.Throws<GraphException>(() => tx.CreateNode(["P"], Props(("first", "A"), ("last", "B"))));
            Assert.Equal("Node(0) already exists with label `P` and properties `first` = 'A', `last` = 'B'", error.Message);
        }

        var missing = store.BeginWrite();
        var n = missing.CreateNode(["P"], Props(("first", "Z")));
        var e = Assert.Throws<GraphException>(missing.Commit);
        Assert.Equal($"Node({n}) with label `P` must have the properties (`first`, `last`)", e.Message);
    }

    [Fact]
    public void Relationship_constraints_are_enforced()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateConstraint(new ConstraintDefinition("r_u", ConstraintType.RelationshipUniqueness, true, "R", ["k"]), false, out _);
        var a = tx.CreateNode([], None);
        var r = tx.CreateRelationship(a, a, "R", Props(("k", 1L)));
        var error = Assert.Throws<GraphException>(() => tx.CreateRelationship(a, a, "R", Props(("k", 1L))));
        Assert.Equal($"Relationship({r}) already exists with type `R` and property `k` = 1", error.Message);
    }

    [Fact]
    public void Creating_a_constraint_over_violating_data_fails()
    {
        using var store = new GraphStore();
        Commit(store, tx =>
        {
            tx.CreateNode(["Book"], Props(("isbn", "1")));
            tx.CreateNode(["Book"], Props(("isbn", "1")));
            tx.CreateNode(["Author"], None);
        });
        using var tx = store.BeginWrite();
        var unique = Assert.Throws<GraphException>(() => tx.CreateConstraint(Unique("book_isbn", "Book", "isbn"), false, out _));
        Assert.Equal("Neo.ClientError.Schema.ConstraintCreationFailed", unique.Code);
        Assert.StartsWith("Unable to create Constraint( name='book_isbn', type='UNIQUENESS', schema=(:Book {isbn}) )", unique.Message);
        Assert.EndsWith("Both Node(0) and Node(1) have the label `Book` and property `isbn` = '1'", unique.Message);

        var exists = Assert.Throws<GraphException>(() => tx.CreateConstraint(new ConstraintDefinition("a", ConstraintType.NodePropertyExistence, false, "Author", ["name"]), false, out _));
        Assert.EndsWith("Node(2) with label `Author` must have the property `name`", exists.Message);
        Assert.Empty(tx.Constraints);
    }

    [Fact]
    public void If_not_exists_and_equivalent_rules()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var first = tx.CreateConstraint(Unique("c", "L", "p"), false, out var created);
        Assert.True(created);

        Assert.Same(first, tx.CreateConstraint(Unique("c", "L", "p"), true, out created));
        Assert.False(created);
        Assert.Same(first, tx.CreateConstraint(Unique("other", "L", "p"), true, out created));
        Assert.False(created);

        var equivalent = Assert.Throws<GraphException>(() => tx.CreateConstraint(Unique("c", "L", "p"), false, out _));
        Assert.Equal(ErrorCodes.EquivalentSchemaRuleAlreadyExists, equivalent.Code);
        var sameName = Assert.Throws<GraphException>(() => tx.CreateConstraint(Unique("c", "L", "q"), false, out _));
        Assert.Equal("Neo.ClientError.Schema.ConstraintWithNameAlreadyExists", sameName.Code);

        tx.CreateIndex(Range("i", "L", "x"), false, out _);
        Assert.Equal(ErrorCodes.EquivalentSchemaRuleAlreadyExists, Assert.Throws<GraphException>(() => tx.CreateIndex(Range("i", "L", "x"), false, out _)).Code);
        Assert.Equal("Neo.ClientError.Schema.IndexWithNameAlreadyExists", Assert.Throws<GraphException>(() => tx.CreateIndex(Range("i", "L", "y"), false, out _)).Code);
        tx.CreateIndex(Range("i", "L", "y"), true, out created);
        Assert.False(created);
        Assert.Equal("Neo.ClientError.Schema.IndexAlreadyExists", Assert.Throws<GraphException>(() => tx.CreateConstraint(Unique("u2", "L", "x"), false, out _)).Code);
    }

    [Fact]
    public void Drops_and_unknown_names()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateConstraint(Unique("c", "L", "p"), false, out _);
        tx.CreateIndex(Range("i", "L", "x"), false, out _);

        var owned = Assert.Throws<GraphException>(() => tx.DropIndex("c", false));
        Assert.Equal(ErrorCodes.IndexNotFound, owned.Code);
        Assert.True(tx.DropConstraint("c", false));
        Assert.DoesNotContain(tx.Indexes, i => i.Name == "c");
        Assert.True(tx.DropIndex("i", false));
        Assert.Null(tx.SeekNodes("L", "x", 1L));

        Assert.False(tx.DropIndex("missing", true));
        Assert.False(tx.DropConstraint("missing", true));
        var index = Assert.Throws<GraphException>(() => tx.DropIndex("missing", false));
        Assert.Equal("Neo.ClientError.Schema.IndexDropFailed", index.Code);
        Assert.Equal("Unable to drop index called `missing`. There is no such index.", index.Message);
        var constraint = Assert.Throws<GraphException>(() => tx.DropConstraint("missing", false));
        Assert.Equal("Neo.ClientError.Schema.ConstraintDropFailed", constraint.Code);

        // Uniqueness is no longer enforced once the constraint is gone.
        tx.CreateNode(["L"], Props(("p", 1L)));
        tx.CreateNode(["L"], Props(("p", 1L)));
        Assert.Equal(2, tx.CountNodesWithLabel("L"));
    }

    [Fact]
    public void Relationship_existence_is_checked_at_commit()
    {
        using var store = new GraphStore();
        Commit(store, tx => tx.CreateConstraint(new ConstraintDefinition("r_day", ConstraintType.RelationshipPropertyExistence, true, "LIKED", ["day"]), false, out _));
        var tx = store.BeginWrite();
        var a = tx.CreateNode([], None);
        var r = tx.CreateRelationship(a, a, "LIKED", None);
        var error = Assert.Throws<GraphException>(tx.Commit);
        Assert.Equal($"Relationship({r}) with type `LIKED` must have the property `day`", error.Message);
        Assert.Equal(0, store.Snapshot().NodeCount);
    }

    [Fact]
    public void Seek_for_null_or_NaN_finds_nothing()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        tx.CreateIndex(Range("i", "N", "v"), false, out _);
        tx.CreateNode(["N"], Props(("v", double.NaN)));
        Assert.Empty(tx.SeekNodes("N", "v", double.NaN)!);
        Assert.Empty(tx.SeekNodes("N", "v", null!)!);
    }

    [Fact]
    public void Rule_ids_follow_Neo4j_numbering_and_appear_in_equivalence_errors()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        IGraphView view = tx;
        Assert.Equal(1, view.IndexId("index_343aff4e"));
        Assert.Equal(2, view.IndexId("index_f7700477"));
        tx.CreateConstraint(Unique("book_isbn", "Book", "isbn"), false, out _);
        Assert.Equal(3, view.IndexId("book_isbn"));
        Assert.Equal(4, view.ConstraintId("book_isbn"));
        var error = Assert.Throws<GraphException>(() => tx.CreateConstraint(Unique("book_isbn", "Book", "isbn"), false, out _));
        Assert.Equal("An equivalent constraint already exists, 'Constraint( id=4, name='book_isbn', type='UNIQUENESS', schema=(:Book {isbn}), ownedIndex=3 )'.", error.Message);
        tx.CreateIndex(Range("title", "Book", "title"), false, out _);
        var index = Assert.Throws<GraphException>(() => tx.CreateIndex(Range("title", "Book", "title"), false, out _));
        Assert.Equal("An equivalent index already exists, 'Index( id=5, name='title', type='RANGE', schema=(:Book {title}), indexProvider='range-1.0' )'.", index.Message);
    }
}
