namespace Graph.Cypher.Planning.Logical;

/// <summary>What a symbol is known to hold, so a later pattern can use it as a bound node.</summary>
internal enum SymbolKind
{
    Value,
    Node,
    Relationship,
}

/// <summary>
/// One binding of a statement: a variable, a projected column or a hidden value (an aggregate, an anonymous
/// pattern element). Each gets its own slot, so shadowing (WITH a.x AS a) never reuses a slot; rows are arrays
/// indexed by <see cref="Slot"/>, resolved before the first row.
/// </summary>
internal sealed record Symbol(int Slot, string Name, SymbolKind Kind)
{
    /// <summary>Names the engine makes up (anonymous nodes, aggregate results) start with a space and are never in scope.</summary>
    public bool Hidden => Name.StartsWith(' ');

    public override string ToString() => Hidden ? Name.Trim() : Name;
}
