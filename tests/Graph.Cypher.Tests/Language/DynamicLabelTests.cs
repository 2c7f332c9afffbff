using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Labels given as $(expr) in SET and REMOVE (Cypher manual, "SET": "Set labels dynamically"; "REMOVE"):
// a string or a list of strings, mixed freely with static labels.
public sealed class DynamicLabelTests : IDisposable
{
    private readonly Db _db = new();

    public DynamicLabelTests() => _db.Run("CREATE (:Person {name: 'Andy', role: 'Developer'})");

    public void Dispose() => _db.Dispose();

    private IReadOnlyList<object?> Labels() => (IReadOnlyList<object?>)_db.Scalar("MATCH (n:Person) RETURN labels(n) AS labels")!;

    [Fact]
    public void Set_takes_a_label_from_a_property()
    {
        var result = _db.Run("MATCH (n:Person {name: 'Andy'}) SET n:$(n.role) RETURN n.name");
        Assert.Equal(1, result.Counters.LabelsAdded);
        Assert.Equal(["Person", "Developer"], Labels());
    }

    [Fact]
    public void Set_takes_a_list_of_labels_beside_static_ones()
    {
        _db.Run("MATCH (n:Person) SET n:$(['A', 'B']):C");
        Assert.Equal(["Person", "C", "A", "B"], Labels());
    }

    [Fact]
    public void Set_with_is_takes_a_dynamic_label()
    {
        _db.Run("MATCH (n:Person) SET n IS $('Engineer')");
        Assert.Equal(["Person", "Engineer"], Labels());
    }

    [Fact]
    public void Remove_takes_a_label_from_a_parameter()
    {
        _db.Run("MATCH (n:Person) SET n:Temporary");
        var result = _db.Run("MATCH (n:Person) REMOVE n:$($label)", new Dictionary<string, object?> { ["label"] = "Temporary" });
        Assert.Equal(1, result.Counters.LabelsRemoved);
        Assert.Equal(["Person"], Labels());
    }

    [Fact]
    public void A_null_label_is_a_type_error() =>
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => _db.Run("MATCH (n:Person) SET n:$(null)")).Code);

    [Fact]
    public void An_undefined_variable_in_a_dynamic_label_is_reported_before_running() =>
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Throws<GraphException>(() => _db.Run("MATCH (n:Person) SET n:$(nothing)")).Code);
}
