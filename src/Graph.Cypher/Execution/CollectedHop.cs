using System.Runtime.CompilerServices;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// <c>CALL (x) { MATCH (x)-[:R]-&gt;(y:T) [WHERE …] RETURN collect(e) AS v }</c>, the GraphQL translator's nested
/// list field: one row per outer row whose <c>v</c> is the pattern comprehension <c>[(x)-[:R]-&gt;(y:T) WHERE … | e]</c>
/// without its nulls (<c>head(collect(e))</c>: its first item). Read that way it costs one expansion per outer
/// row instead of running a nested query; <see cref="Of"/> is null for any other subquery.
/// </summary>
internal sealed record CollectedHop(PatternComprehension Comprehension, string Column, bool FirstOnly)
{
    private static readonly ConditionalWeakTable<SubqueryCallClause, CollectedHop?[]> Cache = [];

    public static CollectedHop? Of(SubqueryCallClause call) => Cache.GetValue(call, static c => [Shape(c)])[0];

    private static CollectedHop? Shape(SubqueryCallClause call)
    {
        if (call.InTransactions || call.ScopeAll || call.ScopeVariables is null) return null;
        if (call.Body is not SingleQuery { Clauses: [MatchClause { Optional: false } match, ReturnClause ret] }) return null;
        if (match.Pattern.Parts.Count != 1 || OneHop.For(match.Pattern.Parts[0]).Count == 0) return null;
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
        return new CollectedHop(new PatternComprehension(match.Position, match.Pattern.Parts[0], match.Where, collected), item.Name, firstOnly);
    }

    private static bool IsNamed(FunctionCall call, string name) => !call.Distinct && string.Equals(call.Name, name, StringComparison.OrdinalIgnoreCase);
}
