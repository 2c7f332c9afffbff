using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// The variables visible at one point of a query, with the entity type of those patterns bound (Node,
/// Relationship, List&lt;Relationship&gt;, Path), so a variable reused as another type fails at compile time.
/// </summary>
internal sealed class Scope
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _names;

    public static Scope Of(IEnumerable<string> names)
    {
        var scope = new Scope();
        foreach (var n in names) scope._names.Add(n);
        return scope;
    }

    public bool Contains(string name) => _names.Contains(name);

    public Scope Copy()
    {
        var copy = Of(_names);
        foreach (var (name, type) in _types) copy._types[name] = type;
        return copy;
    }

    public void Declare(string name, SourcePosition position)
    {
        if (!_names.Add(name)) throw SemanticErrors.AlreadyDeclared(position, name);
    }

    public void Add(string name) => _names.Add(name);

    /// <summary>A comprehension's or quantifier's own variable: it hides an outer one of that name, and its type.</summary>
    public void Shadow(string name)
    {
        _names.Add(name);
        _types.Remove(name);
    }

    /// <summary>Records that a pattern binds <paramref name="name"/> as <paramref name="type"/>; Neo4j's error when it is already another.</summary>
    public void Bind(string name, string type, SourcePosition position)
    {
        // A list bound by a projection (List<Any>) may still be matched as a variable-length relationship list.
        if (_types.TryGetValue(name, out var known) && known != type && !(LiteralTypes.IsList(known) && LiteralTypes.IsList(type)))
        {
            throw SemanticErrors.At(position, $"Type mismatch: {name} defined with conflicting type {known} (expected {type})");
        }

        _names.Add(name);
        _types[name] = type;
    }

    /// <summary>A projection's <c>x AS y</c> keeps x's entity type under the name y.</summary>
    public void CarryType(string from, Scope source, string to)
    {
        if (source._types.TryGetValue(from, out var type)) _types[to] = type;
    }

    /// <summary>A projection's <c>literal AS y</c>: y's type is the literal's.</summary>
    public void SetType(string name, string type) => _types[name] = type;

    /// <summary>The type recorded for <paramref name="name"/> (an entity from a pattern or a projected literal's), if any.</summary>
    public string? TypeOf(string name) => _types.GetValueOrDefault(name);

    public void Require(string name, SourcePosition position)
    {
        if (!_names.Contains(name)) throw SemanticErrors.NotDefined(position, name);
    }
}
