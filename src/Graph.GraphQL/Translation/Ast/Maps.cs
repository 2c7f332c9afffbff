using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation.Ast;

/// <summary>One entry of a map: <c>key: value</c>, or the shorthand <c>.property</c> inside a projection.</summary>
internal sealed record MapEntry(string Key, Expr? Value)
{
    /// <summary>The projection shorthand: <c>.name</c> reads the property of the same name.</summary>
    public static MapEntry Shorthand(string property) => new(property, null);

    public string Print() => Value is null ? "." + Name(Key) : Name(Key) + ": " + Value.Print();
}

/// <summary><c>{ key: value, … }</c>; <see cref="Compact"/> writes <c>{key: value}</c> (the connection's edge pairs).</summary>
internal sealed record MapLiteral(IReadOnlyList<MapEntry> Entries, bool Compact = false) : Expr
{
    public static MapLiteral Of(params MapEntry[] entries) => new(entries);

    public override string Print()
    {
        if (Entries.Count == 0) return "{}";
        var inner = string.Join(", ", Entries.Select(e => e.Print()));
        return Compact ? "{" + inner + "}" : "{ " + inner + " }";
    }
}

/// <summary><c>variable { .name, key: value }</c>: only the requested fields of a node or relationship.</summary>
internal sealed record MapProjection(Expr Subject, IReadOnlyList<MapEntry> Entries) : Expr
{
    public override string Print() => Subject.Print() + " { " + string.Join(", ", Entries.Select(e => e.Print())) + " }";
}
