using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>
/// What every version of one store shares and only appends to: the three token tables and the
/// interned label sets (node slots refer to a set by id).
/// </summary>
internal sealed class GraphTokens
{
    public TokenTable Labels { get; } = new();

    public TokenTable Types { get; } = new();

    public TokenTable Keys { get; } = new();

    public LabelSetTable LabelSets { get; } = new();
}
