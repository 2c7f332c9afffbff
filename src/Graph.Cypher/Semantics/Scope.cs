using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>The variables visible at one point of a query.</summary>
internal sealed class Scope
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _names;

    public static Scope Of(IEnumerable<string> names)
    {
        var scope = new Scope();
        foreach (var n in names) scope._names.Add(n);
        return scope;
    }

    public bool Contains(string name) => _names.Contains(name);

    public Scope Copy() => Of(_names);

    public void Declare(string name, SourcePosition position)
    {
        if (!_names.Add(name)) throw SemanticErrors.AlreadyDeclared(position, name);
    }

    public void Add(string name) => _names.Add(name);

    public void Require(string name, SourcePosition position)
    {
        if (!_names.Contains(name)) throw SemanticErrors.NotDefined(position, name);
    }
}
