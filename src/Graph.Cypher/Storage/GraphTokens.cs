using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>
/// What every version of one store shares and only appends to: the three token tables, the interned
/// label sets and the property arena (records refer into both by id/offset).
/// </summary>
internal sealed class GraphTokens
{
    public TokenTable Labels { get; } = new();

    public TokenTable Types { get; } = new();

    public TokenTable Keys { get; } = new();

    public LabelSetTable LabelSets { get; } = new();

    public PropertyArena Arena { get; } = new();
}
