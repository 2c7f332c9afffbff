using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>The expressions a SET item evaluates (its target, key and value); none for labels.</summary>
internal static class SetItemExpressions
{
    public static IEnumerable<Expression> Of(SetItem item) => item switch
    {
        SetPropertyItem p => [p.Target, p.Key, p.Value],
        SetAllPropertiesItem a => [a.Target, a.Value],
        _ => [],
    };
}
