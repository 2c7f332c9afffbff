using Graph.Core.Store;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;
using Graph.Cypher.Tests.Functions;

namespace Graph.Cypher.Tests.Execution;

/// <summary>Statements run by the executor over a <see cref="FakeGraphView"/>, whose reads tests can count.</summary>
internal sealed class FakeGraphStatements
{
    private readonly StatementExecutor _executor = new(new PlanCache(10), TimeSpan.FromSeconds(30));

    public FakeGraphView View { get; } = new();

    /// <summary>The first column of every row the statement returns.</summary>
    public IReadOnlyList<object?> Column(string statement) => Run(statement).Records.Select(r => r[0]).ToList();

    /// <summary>The statement's result, cut at <paramref name="maxRecords"/> when given.</summary>
    public QueryResult Run(string statement, int? maxRecords = null) =>
        _executor.Execute(_executor.Compile(statement), View, null, null, default, maxRecords);
}
