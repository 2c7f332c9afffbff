using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation.Ast;

/// <summary>
/// A Cypher expression of the statement being built. Each node prints itself; the translator never glues Cypher
/// text together by hand, and user values only ever appear as <see cref="Parameter"/> references.
/// </summary>
internal abstract record Expr
{
    public abstract string Print();

    public sealed override string ToString() => Print();

    public PropertyAccess Dot(string property) => new(this, property);
}

/// <summary>A variable the translation context handed out (<c>this0</c>, <c>var3</c>) or a fixed local (<c>row</c>).</summary>
internal sealed record Variable(string Name) : Expr
{
    public override string Print() => Name;
}

/// <summary>A parameter reference: <c>$param2</c>.</summary>
internal sealed record Parameter(string Name) : Expr
{
    public override string Print() => "$" + Name;
}

/// <summary><c>subject.property</c>, the property name escaped when it is not a plain identifier.</summary>
internal sealed record PropertyAccess(Expr Subject, string Property) : Expr
{
    public override string Print() => Subject.Print() + "." + Name(Property);
}

/// <summary>A string literal: only for names taken from the model (labels, index names), never for user values.</summary>
internal sealed record ModelString(string Value) : Expr
{
    public override string Print() => Literal(Value);
}

/// <summary>A literal the translator itself writes (<c>null</c>, <c>[]</c>, <c>':'</c>), never user input.</summary>
internal sealed record Keyword(string Text) : Expr
{
    public static readonly Keyword Null = new("null");

    public static readonly Keyword EmptyList = new("[]");

    public override string Print() => Text;
}

/// <summary><c>variable:Label</c>.</summary>
internal sealed record HasLabel(Expr Subject, string Label) : Expr
{
    public override string Print() => Subject.Print() + ":" + Name(Label);
}

/// <summary><c>name([DISTINCT] arg, …)</c>: count, collect, head, size, date, …</summary>
internal sealed record FunctionCall(string Function, IReadOnlyList<Expr> Arguments, bool Distinct = false) : Expr
{
    public FunctionCall(string function, params Expr[] arguments)
        : this(function, (IReadOnlyList<Expr>)arguments)
    {
    }

    public override string Print() => Function + "(" + (Distinct ? "DISTINCT " : "") + string.Join(", ", Arguments.Select(a => a.Print())) + ")";
}

/// <summary><c>[a, b]</c>.</summary>
internal sealed record ListLiteral(IReadOnlyList<Expr> Items) : Expr
{
    public override string Print() => "[" + string.Join(", ", Items.Select(i => i.Print())) + "]";
}

/// <summary><c>list[from..to]</c>, <c>to</c> left open when null.</summary>
internal sealed record Slice(Expr List, Expr From, Expr? To) : Expr
{
    public override string Print() => $"{List.Print()}[{From.Print()}..{To?.Print()}]";
}
