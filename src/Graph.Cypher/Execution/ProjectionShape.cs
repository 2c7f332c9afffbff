using System.Runtime.CompilerServices;
using Graph.Cypher.Semantics;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// What a WITH/RETURN projection needs to know about its own syntax: whether it aggregates, its grouping
/// items and its aggregate calls. Worked out once per projection (a subquery's RETURN runs once per outer row).
/// </summary>
internal sealed class ProjectionShape
{
    private static readonly ConditionalWeakTable<Projection, ProjectionShape> Cache = [];

    private ProjectionShape(Projection p)
    {
        Aggregating = p.Items.Any(i => AggregateCalls.Contains(i.Expression));
        KeyItems = p.Items.Where(i => !AggregateCalls.Contains(i.Expression)).ToList();
        Calls = p.Items.SelectMany(i => AggregateCalls.In(i.Expression))
            .Concat(p.OrderBy.SelectMany(o => AggregateCalls.In(o.Expression))).ToList();
    }

    public bool Aggregating { get; }

    public IReadOnlyList<ProjectionItem> KeyItems { get; }

    /// <summary>Aggregate calls of the items, then of ORDER BY.</summary>
    public IReadOnlyList<Expression> Calls { get; }

    public static ProjectionShape Of(Projection p) => Cache.GetValue(p, static p => new ProjectionShape(p));
}
