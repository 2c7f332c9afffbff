using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning.Reference;

// Locks down the planned runtime against code that shares none of its plan or execution: the same query families
// as DifferentialTests, answered by nested loops over every node and relationship (ReferenceEvaluator).
public sealed class ReferenceDifferentialTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private static readonly Dictionary<string, object?> Parameters = DifferentialTests.Dates;

    /// <summary>Every query family of the differential suite the reference evaluator answers (most of them).</summary>
    public static TheoryData<string> Queries => new(DifferentialTests.Queries.Cast<object[]>().Select(q => (string)q[0]).Where(ReferenceEvaluator.Supports));

    [Fact]
    public void Most_of_the_differential_suite_is_checked_against_the_reference()
    {
        Assert.True(Queries.Count >= 25, $"only {Queries.Count} queries");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Planned_answers_equal_the_reference_evaluators(string query)
    {
        Assert.DoesNotContain("runtime=interpreted", (string?)_db.Run("EXPLAIN " + query, Parameters).Records[0]["Details"]);
        var planned = _db.Run(query, Parameters).Records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).ToList();
        var reference = new ReferenceEvaluator(_db.Engine.Store.Snapshot(), Parameters).Run(query)
            .Select(r => string.Join(" | ", r.Select(PlanningGraph.Text))).ToList();
        if (!query.Contains("ORDER BY", StringComparison.Ordinal))
        {
            planned.Sort(StringComparer.Ordinal);
            reference.Sort(StringComparer.Ordinal);
        }
        if (!query.Contains("LIMIT 0", StringComparison.Ordinal)) Assert.NotEmpty(reference);
        Assert.Equal(reference, planned);
    }
}
