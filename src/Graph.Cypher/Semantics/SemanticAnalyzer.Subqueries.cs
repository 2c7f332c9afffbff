using Graph.Cypher.Procedures;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Neo4j's compile-time rules for what a subquery may do with the outer scope (shadowing, the importing
/// WITH) and for a procedure call that is only one clause of a larger query.
/// </summary>
internal sealed partial class SemanticAnalyzer
{
    /// <summary>
    /// A WITH inside a subquery may not bind a name the outer scope already gives the subquery
    /// (<c>CALL (t) { WITH 'x' AS t … }</c>, <c>EXISTS { WITH 'x' AS name … }</c>); passing it on unchanged is fine.
    /// </summary>
    private static void CheckShadowing(Query body, IEnumerable<string> outer)
    {
        var names = outer.ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0) return;
        foreach (var part in Parts(body))
        {
            foreach (var with in part.Clauses.OfType<WithClause>())
            {
                foreach (var item in with.Projection.Items)
                {
                    if (!names.Contains(item.Name) || item.Expression is Variable v && v.Name == item.Name) continue;
                    throw SemanticErrors.At(item.AliasPosition ?? item.Position, $"The variable `{item.Name}` is shadowing a variable with the same name from the outer scope and needs to be renamed");
                }
            }
        }
    }

    /// <summary>The importing WITH of <c>CALL { WITH a … }</c> only names outer variables: no WHERE, ORDER BY, SKIP or LIMIT.</summary>
    private static void CheckImportingWith(WithClause with)
    {
        var extra = with.Where is not null ? "WHERE"
            : with.Projection.OrderBy.Count > 0 ? "ORDER BY"
            : with.Projection.Skip is not null ? "SKIP"
            : with.Projection.Limit is not null ? "LIMIT"
            : null;
        if (extra is not null)
        {
            throw SemanticErrors.At(with.Position, $"Importing WITH should consist only of simple references to outside variables. {extra} is not allowed.");
        }
    }

    /// <summary>
    /// Inside a larger query a procedure call names its results with YIELD (YIELD * and no YIELD are for a
    /// call that is the whole query) and passes its arguments in parentheses.
    /// </summary>
    private static void CheckCallInQuery(ProcedureCallClause call, Procedure procedure)
    {
        if (procedure.Outputs.Count == 0 && (call.YieldStar || call.Yield is { Count: > 0 }))
        {
            throw SemanticErrors.At(call.Position, "Cannot yield value from void procedure.");
        }
        if (call.Arguments is null)
        {
            throw SemanticErrors.At(call.Position, procedure.Inputs.Count == 0
                ? "Procedure call is missing parentheses: " + procedure.Name
                : "Procedure call inside a query does not support passing arguments implicitly. Please pass arguments explicitly in parentheses after procedure name for " + procedure.Name);
        }
        if (procedure.Outputs.Count > 0 && (call.YieldStar || call.Yield is null))
        {
            throw SemanticErrors.At(call.Position, "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)");
        }
    }

    private static IEnumerable<SingleQuery> Parts(Query query) => query switch
    {
        UnionQuery u => u.Parts,
        SingleQuery s => [s],
        _ => [],
    };
}
