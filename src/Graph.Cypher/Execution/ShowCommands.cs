using Graph.Core.Errors;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Schema;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>SHOW INDEXES / SHOW CONSTRAINTS with Neo4j 5's default columns, then YIELD, WHERE and RETURN.</summary>
internal static class ShowCommands
{
    private static readonly string[] IndexColumns =
        ["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint", "lastRead", "readCount"];

    private static readonly string[] ConstraintColumns =
        ["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"];

    private static readonly string[] ProcedureColumns = ["name", "description", "mode", "worksOnSystem"];

    private static readonly string[] FunctionColumns = ["name", "category", "description"];

    private static List<Row> ProcedureRows() => global::Graph.Cypher.Procedures.ProcedureRegistry.Procedures
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => new Row().WithAll(new Dictionary<string, object?>
        {
            ["name"] = p.Name,
            ["description"] = $"{p.Name}({string.Join(", ", p.Inputs)}) :: ({string.Join(", ", p.Outputs)})",
            ["mode"] = "READ",
            ["worksOnSystem"] = false,
        }))
        .ToList();

    private static List<Row> FunctionRows() => global::Graph.Cypher.Functions.FunctionRegistry.AllScalars.Select(f => (f.Name, Category: "Scalar"))
        .Concat(global::Graph.Cypher.Functions.FunctionRegistry.AllAggregates.Select(a => (a.Name, Category: "Aggregating")))
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .Select(f => new Row().WithAll(new Dictionary<string, object?> { ["name"] = f.Name, ["category"] = f.Category, ["description"] = f.Name }))
        .ToList();

    public static IReadOnlyList<Row> Run(ShowStatement show, QueryRunner runner, IGraphView graph, out IReadOnlyList<string> columns)
    {
        var (all, rows) = show.Kind switch
        {
            ShowKind.Indexes => (IndexColumns, Indexes(graph, show.Filter)),
            ShowKind.Constraints => (ConstraintColumns, Constraints(graph, show.Filter)),
            ShowKind.Procedures => (ProcedureColumns, ProcedureRows()),
            ShowKind.Functions => (FunctionColumns, FunctionRows()),
            _ => throw new GraphException(ErrorCodes.SyntaxError, $"SHOW {show.Kind.ToString().ToUpperInvariant()} is not supported by the embedded engine", ErrorPhase.Compile),
        };
        IEnumerable<Row> result = rows;
        columns = all;
        if (show.Yield is not null && !show.YieldStar)
        {
            foreach (var y in show.Yield)
            {
                if (!all.Contains(y.Field)) throw new GraphException(ErrorCodes.SyntaxError, $"Variable `{y.Field}` not defined", ErrorPhase.Compile);
            }
            var yields = show.Yield;
            result = result.Select(r => new Row().WithAll(yields.Select(y => new KeyValuePair<string, object?>(y.Name, r.Get(y.Field)))));
            columns = yields.Select(y => y.Name).ToList();
        }
        if (show.Where is not null)
        {
            var where = show.Where;
            result = result.Where(r => runner.Evaluator.IsTrue(where, r));
        }
        if (show.Return is not null)
        {
            return runner.RunClauses([show.Return], result, columns.ToList(), out columns).ToList();
        }
        return result.ToList();
    }

    private static List<Row> Indexes(IGraphView graph, string? filter)
    {
        var rows = new List<Row>();
        var id = 0L;
        foreach (var index in graph.Indexes)
        {
            id++;
            var type = index.Kind.ToString().ToUpperInvariant();
            if (filter is not null && !filter.Equals("ALL", StringComparison.OrdinalIgnoreCase) && !filter.Equals(type, StringComparison.OrdinalIgnoreCase)) continue;
            rows.Add(new Row().WithAll(new Dictionary<string, object?>
            {
                ["id"] = id,
                ["name"] = index.Name,
                ["state"] = "ONLINE",
                ["populationPercent"] = 100.0,
                ["type"] = type,
                ["entityType"] = index.OnRelationships ? "RELATIONSHIP" : "NODE",
                ["labelsOrTypes"] = index.Kind == IndexKind.Lookup ? null : index.LabelsOrTypes.Cast<object?>().ToList(),
                ["properties"] = index.Kind == IndexKind.Lookup ? null : index.Properties.Cast<object?>().ToList(),
                ["indexProvider"] = index.Kind switch { IndexKind.Fulltext => "fulltext-1.0", IndexKind.Lookup => "token-lookup-1.0", IndexKind.Point => "point-1.0", IndexKind.Text => "text-2.0", _ => "range-1.0" },
                ["owningConstraint"] = index.OwningConstraint,
                ["lastRead"] = null,
                ["readCount"] = null,
            }));
        }
        return rows;
    }

    private static List<Row> Constraints(IGraphView graph, string? filter)
    {
        var rows = new List<Row>();
        var id = 0L;
        foreach (var c in graph.Constraints)
        {
            id++;
            var type = SchemaText.TypeName(c.Type).Replace(' ', '_');
            if (filter is not null && !filter.Equals("ALL", StringComparison.OrdinalIgnoreCase) && !type.Contains(filter.ToUpperInvariant().Replace(' ', '_'), StringComparison.Ordinal)) continue;
            var owned = c.Type is ConstraintType.Uniqueness or ConstraintType.NodeKey or ConstraintType.RelationshipUniqueness ? c.Name : null;
            rows.Add(new Row().WithAll(new Dictionary<string, object?>
            {
                ["id"] = id,
                ["name"] = c.Name,
                ["type"] = type,
                ["entityType"] = c.OnRelationships ? "RELATIONSHIP" : "NODE",
                ["labelsOrTypes"] = new List<object?> { c.LabelOrType },
                ["properties"] = c.Properties.Cast<object?>().ToList(),
                ["ownedIndex"] = owned,
                ["propertyType"] = c.PropertyType,
            }));
        }
        return rows;
    }
}
