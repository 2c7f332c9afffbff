using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// A label or property-key name's token, looked up once it exists. A token never changes once the name has one,
/// so the plan (shared by every run and thread) keeps it; a name without one yet is looked up again next time
/// (it may be created later), and -1 then matches nothing.
/// </summary>
internal sealed class TokenCache(string name, bool label)
{
    private int _token = -1;

    public string Name { get; } = name;

    public int Of(IGraphView graph)
    {
        var token = _token;
        if (token >= 0) return token;
        token = label ? graph.LabelToken(Name) : graph.PropertyKeyToken(Name);
        if (token >= 0) _token = token;
        return token;
    }
}
