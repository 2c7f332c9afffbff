using Graph.TestSupport;

namespace Graph.Core.Tests.Lint;

/// <summary>One warm Neo4j front end (Node process) shared by the tests of a class.</summary>
public sealed class LinterFixture : IAsyncLifetime
{
    private CypherLinter? _linter;

    public CypherLinter Linter => _linter ?? throw new InvalidOperationException("The linter has not started.");

    public async Task InitializeAsync() => _linter = await CypherLinter.StartAsync();

    public async Task DisposeAsync()
    {
        if (_linter is not null) await _linter.DisposeAsync();
    }
}
