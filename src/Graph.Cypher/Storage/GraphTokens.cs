using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>The store's three token tables.</summary>
internal sealed class GraphTokens
{
    public TokenTable Labels { get; } = new();

    public TokenTable Types { get; } = new();

    public TokenTable Keys { get; } = new();
}
