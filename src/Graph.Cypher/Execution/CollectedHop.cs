using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// <c>CALL (x) { MATCH (x)-[:R]-&gt;(y:T) [WHERE …] RETURN collect(e) AS v }</c>, the GraphQL translator's nested
/// list field: one row per outer row whose <c>v</c> is the pattern comprehension <c>[(x)-[:R]-&gt;(y:T) WHERE … | e]</c>
/// without its nulls (<c>head(collect(e))</c>: its first item). Read that way it costs one expansion per outer
/// row instead of running a nested query; <see cref="Of"/> is null for any other subquery.
/// </summary>
/// <remarks>
/// Between the MATCH and the RETURN there may be further subqueries of this shape over the far end (a nested
/// field of a nested field): they run per match, each adding its one column, before the collected expression.
/// </remarks>
internal sealed record CollectedHop(PatternComprehension Comprehension, string Column, bool FirstOnly, IReadOnlyList<(SubqueryCallClause Call, CollectedHop Hop)> Nested)
{
    private static readonly ConditionalWeakTable<SubqueryCallClause, CollectedHop?[]> Cache = [];

    public static CollectedHop? Of(SubqueryCallClause call) => Cache.GetValue(call, static c => [Shape(c)])[0];

    private static CollectedHop? Shape(SubqueryCallClause call)
    {
        if (call.InTransactions || call.ScopeAll || call.ScopeVariables is null) return null;
        if (call.Body is not SingleQuery { Clauses: [MatchClause { Optional: false } match, .., ReturnClause ret] } body) return null;
        if (match.Pattern.Parts.Count != 1 || OneHop.For(match.Pattern.Parts[0]).Count == 0) return null;
        var nested = new List<(SubqueryCallClause, CollectedHop)>();
        for (var i = 1; i < body.Clauses.Count - 1; i++)
        {
            if (body.Clauses[i] is not SubqueryCallClause field || Of(field) is not { } fieldHop) return null;
            nested.Add((field, fieldHop));
        }
        var p = ret.Projection;
        if (p.Distinct || p.IncludeExisting || p.Items.Count != 1 || p.OrderBy.Count > 0 || p.Skip is not null || p.Limit is not null) return null;
        var item = p.Items[0];
        var firstOnly = false;
        var expression = item.Expression;
        if (expression is FunctionCall { Arguments: [var inner] } head && IsNamed(head, "head"))
        {
            firstOnly = true;
            expression = inner;
        }
        if (expression is not FunctionCall { Distinct: false, Arguments: [var collected] } collect || !IsNamed(collect, "collect")) return null;
        return new CollectedHop(new PatternComprehension(match.Position, match.Pattern.Parts[0], match.Where, collected), item.Name, firstOnly, nested);
    }

    private static bool IsNamed(FunctionCall call, string name) => !call.Distinct && string.Equals(call.Name, name, StringComparison.OrdinalIgnoreCase);
}
