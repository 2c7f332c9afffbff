using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Curation;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation.Mutations;

/// <summary>
/// A checked <see cref="CurationPlan"/> → the one write statement of a root mutation field. Each kind of change is a
/// <c>CALL () { UNWIND $rows … }</c> block per label or (type, from label, to label): removals first, then new
/// nodes, new relationships, edge and node updates, deletions; then the response's projection of the result nodes.
/// Labels and types come from the model; ids and values are parameters; Date properties go through <c>date()</c>.
/// </summary>
internal sealed class PlanWriter(Translators t)
{
    public const string InfoKey = "__info";

    public CypherStatement Write(EntityType entity, CurationPlan plan, FieldRequest field, bool delete)
    {
        var blocks = new List<string>();
        foreach (var group in plan.EdgeDeletes.GroupBy(e => (e.Type, From: e.From.Label, To: e.To.Label)))
        {
            blocks.Add(Call("", [
                $"UNWIND {Rows(group.Select(e => Pair(e)))} AS row",
                $"MATCH (a:{Name(group.Key.From)} {{id: row.from}})-[r:{Name(group.Key.Type)}]->(b:{Name(group.Key.To)} {{id: row.to}})",
                "DELETE r",
            ]));
        }
        foreach (var group in plan.NodeCreates.GroupBy(n => n.Node.Label))
        {
            var lines = new List<string> { $"UNWIND {Rows(group.Select(n => n.Properties))} AS row", $"CREATE (n:{Name(group.Key)})", "SET n = row" };
            lines.AddRange(Dates(group.Key).Select(d => $"SET n.{Name(d)} = date(row.{Name(d)})"));
            blocks.Add(Call("", lines));
        }
        foreach (var group in plan.EdgeCreates.GroupBy(e => (e.Edge.Type, From: e.Edge.From.Label, To: e.Edge.To.Label)))
        {
            blocks.Add(Call("", [
                $"UNWIND {Rows(group.Select(e => Pair(e.Edge, e.Properties)))} AS row",
                $"MATCH (a:{Name(group.Key.From)} {{id: row.from}}), (b:{Name(group.Key.To)} {{id: row.to}})",
                $"CREATE (a)-[r:{Name(group.Key.Type)}]->(b)",
                "SET r = row.properties",
            ]));
        }
        foreach (var group in plan.EdgeUpdates.GroupBy(e => (e.Edge.Type, From: e.Edge.From.Label, To: e.Edge.To.Label)))
        {
            blocks.Add(Call("", [
                $"UNWIND {Rows(group.Select(e => Pair(e.Edge, e.Properties)))} AS row",
                $"MATCH (a:{Name(group.Key.From)} {{id: row.from}})-[r:{Name(group.Key.Type)}]->(b:{Name(group.Key.To)} {{id: row.to}})",
                "SET r += row.properties",
            ]));
        }
        foreach (var group in plan.NodeUpdates.GroupBy(n => n.Node.Label))
        {
            var lines = new List<string>
            {
                $"UNWIND {Rows(group.Select(n => new Dictionary<string, object?> { ["id"] = n.Node.Id, ["properties"] = n.Properties }))} AS row",
                $"MATCH (n:{Name(group.Key)} {{id: row.id}})",
                "SET n += row.properties",
            };
            // Absent or null: += already left or removed it; given: stored as a date, not as text.
            lines.AddRange(Dates(group.Key).Select(d => $"SET n.{Name(d)} = CASE WHEN row.properties.{Name(d)} IS NULL THEN n.{Name(d)} ELSE date(row.properties.{Name(d)}) END"));
            blocks.Add(Call("", lines));
        }
        foreach (var group in plan.NodeDeletes.GroupBy(n => n.Label))
        {
            blocks.Add(Call("", [$"MATCH (n:{Name(group.Key)}) WHERE n.id IN {t.Context.Parameter(group.Select(n => n.Id).ToList())}", "DETACH DELETE n"]));
        }

        string result;
        if (delete)
        {
            result = t.Context.Variable("var");
            blocks.Add($"RETURN count(*) AS {result}");
        }
        else
        {
            blocks.Add(Call("", Respond(entity, plan, field, out result)));
            blocks.Add($"RETURN {result} AS {Name(field.ResponseKey)}");
        }
        return new CypherStatement(string.Join("\n", blocks), t.Context.Parameters, AccessMode.Write, [delete ? result : field.ResponseKey]);
    }

    private List<string> Respond(EntityType entity, CurationPlan plan, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var lines = new List<string>
        {
            $"MATCH ({node}:{Name(entity.Label)}) WHERE {node}.id IN {t.Context.Parameter(plan.Results.Select(n => n.Id).Distinct().ToList())}",
            $"WITH {node} ORDER BY {node}.id",
        };
        var map = t.Projection.Map(node, NodeScope.Of(t.Context.Model, entity.Label), field.Merged(entity.Plural), lines);
        var nodes = t.Context.Variable("var");
        lines.Add($"WITH collect({map}) AS {nodes}");
        var entries = field.Children.Where(c => c.Name == entity.Plural).Select(c => c.ResponseKey).Distinct()
            .Select(key => $"{Name(key)}: {nodes}").ToList();
        result = t.Context.Variable("var");
        lines.Add($"RETURN {{ {string.Join(", ", entries)} }} AS {result}");
        return lines;
    }

    private string Rows(IEnumerable<object?> rows) => t.Context.Parameter(rows.ToList());

    private IEnumerable<string> Dates(string label) =>
        t.Context.Model.Entity(label)!.Properties.Where(p => p.Type == ScalarType.Date).Select(p => p.Name);

    private static Dictionary<string, object?> Pair(EdgeRef edge, IReadOnlyDictionary<string, object?>? properties = null)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["from"] = edge.From.Id, ["to"] = edge.To.Id };
        if (properties is not null) row["properties"] = properties;
        return row;
    }
}
