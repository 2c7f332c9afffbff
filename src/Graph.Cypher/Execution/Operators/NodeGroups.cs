using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Grouping keys that are one node and its properties (<c>RETURN p.id, count(*)</c>): rows of the same node fall in
/// the same group, so a read-only run finds the group by the node's id and evaluates the keys (a property read, a
/// string made and hashed) once per node rather than once per row. A writing statement may change the properties
/// between rows, so it evaluates the keys every time.
/// </summary>
internal sealed class NodeGroups<TGroup>(int slot)
    where TGroup : class
{
    private readonly Dictionary<long, TGroup> _byNode = [];

    /// <summary>The slot of the node every grouping key reads, or -1 when the keys are not of that shape.</summary>
    public static int SlotOf(IReadOnlyList<ProjectedItem> groupings)
    {
        string? name = null;
        foreach (var g in groupings)
        {
            var variable = g.Expression.Syntax switch
            {
                Variable v => v.Name,
                PropertyAccess { Subject: Variable v } => v.Name,
                _ => null,
            };
            if (variable is null || (name is not null && name != variable)) return -1;
            name = variable;
        }
        return name is not null && groupings[0].Expression.Scope.Find(name) is { Kind: SymbolKind.Node } symbol ? symbol.Slot : -1;
    }

    /// <summary>The group a row's node was found in before, if any (never in a writing statement).</summary>
    public TGroup? Find(object?[] row, OperatorContext ctx) =>
        slot >= 0 && ctx.Query.Writer is null && row[slot] is NodeRef n && _byNode.TryGetValue(n.Id, out var group) ? group : null;

    /// <summary>Remembers the group of a row's node.</summary>
    public void Remember(object?[] row, TGroup group)
    {
        if (slot >= 0 && row[slot] is NodeRef n) _byNode[n.Id] = group;
    }
}
