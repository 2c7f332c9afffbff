using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// The columns that collected subqueries nested in a collected subquery (a nested field of a nested field) add
/// to each of its matches, in order. When each of them imports only the match's far end, a column is worked out
/// from the far end's id and one binding, without the match's row.
/// </summary>
internal sealed class NestedColumns(QueryRunner runner, IReadOnlyList<(SubqueryCallClause Call, CollectedHop Hop)> calls)
{
    public int Count => calls.Count;

    /// <summary>The match's row with every column added, each subquery seeing the columns before it.</summary>
    public Row Extend(Row match)
    {
        for (var i = 0; i < calls.Count; i++) match = match.With(calls[i].Hop.Column, runner.CollectedValue(calls[i].Call, calls[i].Hop, match));
        return match;
    }

    /// <summary>Whether every subquery imports exactly <paramref name="end"/>, so <see cref="Value"/> may be used.</summary>
    public bool ImportOnly(string? end)
    {
        if (end is null) return false;
        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i].Call.ScopeVariables is not [var only] || only != end) return false;
        }
        return true;
    }

    /// <summary>The index of the column a variable names (the last subquery adding it wins, as rebinding does), or -1.</summary>
    public int IndexOf(string variable)
    {
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            if (calls[i].Hop.Column == variable) return i;
        }
        return -1;
    }

    /// <summary>Column <paramref name="index"/> for a match, from the one-binding row <see cref="Imported"/> gives its far end.</summary>
    /// <param name="imported">The row <c>{end: node}</c> the subqueries import, shared by a match's columns.</param>
    public object? Value(int index, Row imported) => runner.CollectedValue(calls[index].Call, calls[index].Hop, imported);

    public static Row Imported(string end, long node) => Row.Empty.With(end, new NodeRef(node));
}
