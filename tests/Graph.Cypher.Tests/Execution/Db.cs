using Graph.Core.Store;

namespace Graph.Cypher.Tests.Execution;

/// <summary>Test helper: an in-memory engine with synchronous shortcuts.</summary>
internal sealed class Db : IDisposable
{
    public Db(EmbeddedGraphOptions? options = null) => Engine = new EmbeddedGraphDatabase(options);

    public EmbeddedGraphDatabase Engine { get; }

    public QueryResult Run(string cypher, object? parameters = null, AccessMode mode = AccessMode.Write) =>
        Engine.RunAsync(cypher, parameters as IReadOnlyDictionary<string, object?>, mode).GetAwaiter().GetResult();

    public IReadOnlyList<object?> Column(string cypher, IReadOnlyDictionary<string, object?>? parameters = null) =>
        Run(cypher, parameters).Records.Select(r => r[0]).ToList();

    public object? Scalar(string cypher, IReadOnlyDictionary<string, object?>? parameters = null) => Run(cypher, parameters).Records.Single()[0];

    public void Dispose() => Engine.Dispose();
}
