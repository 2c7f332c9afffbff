using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Labels given as $(expr) (Cypher manual, "SET" / "REMOVE", dynamic labels): each expression gives a string
/// or a list of strings; null, an empty name or anything else is an error, as in Neo4j.
/// </summary>
internal static class DynamicLabels
{
    public static IEnumerable<string> Resolve(IReadOnlyList<string> names, IReadOnlyList<Expression>? dynamic, Func<Expression, object?> evaluate)
    {
        if (dynamic is null) return names;
        var labels = new List<string>(names);
        foreach (var expression in dynamic)
        {
            switch (evaluate(expression))
            {
                case string s:
                    labels.Add(Checked(s));
                    break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list) labels.Add(Checked(item as string ?? throw CypherErrors.TypeMismatch("String", item)));
                    break;
                case var other:
                    throw CypherErrors.TypeMismatch("String or List<String>", other);
            }
        }
        return labels;
    }

    private static string Checked(string label) =>
        label.Length > 0 ? label : throw CypherErrors.Argument("A label or relationship type given as $(expr) must not be empty");
}
