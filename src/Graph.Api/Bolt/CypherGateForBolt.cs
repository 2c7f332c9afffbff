using Graph.Api.Cypher;
using Graph.Bolt.Protocol;

namespace Graph.Api.Bolt;

/// <summary>Bolt statements take their turn at the same gate as /cypher (Graph:Cypher:MaxConcurrentQueries, QueueTimeout).</summary>
internal sealed class CypherGateForBolt(CypherQueryGate gate) : IBoltStatementGate
{
    public Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken) => gate.TryEnterAsync(cancellationToken);
}
