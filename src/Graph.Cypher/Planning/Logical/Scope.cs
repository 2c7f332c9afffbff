using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// The names an expression may read at its place in the plan: variables by name, and after an aggregation
/// the aggregate calls (by syntax node) and the projected items (by written form: ORDER BY count(*) reads the
/// column RETURN count(*) made).
/// </summary>
internal sealed class Scope
{
    public static Scope Empty { get; } = new(new Dictionary<string, Symbol>(StringComparer.Ordinal));

    public Scope(
        IReadOnlyDictionary<string, Symbol> variables,
        IReadOnlyDictionary<Expression, Symbol>? aggregates = null,
        IReadOnlyDictionary<string, Symbol>? items = null,
        IReadOnlyDictionary<Expression, Symbol>? hoisted = null)
    {
        Variables = variables;
        Aggregates = aggregates;
        Items = items;
        Hoisted = hoisted;
    }

    public IReadOnlyDictionary<string, Symbol> Variables { get; }

    /// <summary>Aggregate calls answered by an aggregation below, keyed by reference.</summary>
    public IReadOnlyDictionary<Expression, Symbol>? Aggregates { get; }

    /// <summary>Projected items by their structural key (AstKey), for ORDER BY.</summary>
    public IReadOnlyDictionary<string, Symbol>? Items { get; }

    /// <summary>Pattern expressions and subqueries an Apply below has computed into a slot, keyed by reference.</summary>
    public IReadOnlyDictionary<Expression, Symbol>? Hoisted { get; }

    public Symbol? Find(string name) => Variables.TryGetValue(name, out var s) ? s : null;

    /// <summary>The visible variables, hidden ones left out.</summary>
    public IEnumerable<Symbol> Visible => Variables.Values.Where(s => !s.Hidden);

    public Scope With(string name, Symbol symbol)
    {
        var copy = new Dictionary<string, Symbol>(Variables, StringComparer.Ordinal) { [name] = symbol };
        return new Scope(copy, Aggregates, Items, Hoisted);
    }

    /// <summary>This scope with one more pattern expression answered by a slot.</summary>
    public Scope WithHoisted(Expression e, Symbol symbol)
    {
        var copy = new Dictionary<Expression, Symbol>(ReferenceEqualityComparer.Instance) { [e] = symbol };
        if (Hoisted is not null) foreach (var (k, v) in Hoisted) copy[k] = v;
        return new Scope(Variables, Aggregates, Items, copy);
    }
}

/// <summary>An expression as written, with the scope its names resolve in.</summary>
internal sealed record BoundExpression(Expression Syntax, Scope Scope)
{
    public string Text => ExpressionText.Of(Syntax);
}
