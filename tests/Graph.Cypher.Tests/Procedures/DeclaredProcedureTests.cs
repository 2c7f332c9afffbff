using Graph.Cypher.Procedures;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Procedures;

// Fixed-table procedures declared for a while (the jsonl protocol's "procedures", conformance test procedures).
public sealed class DeclaredProcedureTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_row_declared_with_a_null_input_answers_a_call_passing_null()
    {
        var procedure = DeclaredProcedure.Create("test.my.proc", "(in :: INTEGER?) :: (out :: STRING?)", [[null, "nix"], [1L, "one"]]);
        using var scope = ProcedureScope.Declare([procedure]);

        Assert.Equal("nix", Assert.Single(_db.Run("CALL test.my.proc(null) YIELD out RETURN out").Records)["out"]);
        Assert.Equal("one", Assert.Single(_db.Run("CALL test.my.proc(1) YIELD out RETURN out").Records)["out"]);
    }

    [Fact]
    public void A_void_procedure_keeps_the_rows_it_is_called_for()
    {
        using var scope = ProcedureScope.Declare([DeclaredProcedure.Create("test.doNothing", "() :: ()", [])]);
        _db.Run("CREATE (:A {name: 'a'}), (:B {name: 'b'})");

        var names = _db.Run("MATCH (n) CALL test.doNothing() RETURN n.name AS name").Records.Select(r => r["name"]).Order().ToList();

        Assert.Equal(["a", "b"], names);
    }
}
