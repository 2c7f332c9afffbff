namespace Graph.Bolt.Protocol;

/// <summary>
/// Admits a statement to run, or not: the host shares its bound on statements running at once (the /cypher
/// endpoint's) with Bolt, so neither door can take all the cores. A refused statement fails with a transient
/// error that drivers retry.
/// </summary>
public interface IBoltStatementGate
{
    /// <summary>A slot to dispose when the statement has run, or null when none freed in time.</summary>
    Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken);
}

/// <summary>A gate that admits everything (a server without a shared bound, as in unit tests).</summary>
public sealed class OpenStatementGate : IBoltStatementGate
{
    public static OpenStatementGate Instance { get; } = new();

    public Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(new Slot());

    private sealed class Slot : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
