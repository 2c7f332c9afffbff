using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Curation;
using Graph.GraphQL.Translation.Ast;

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

    private static readonly Variable Row = new("row");
    private static readonly Variable N = new("n");
    private static readonly Variable A = new("a");
    private static readonly Variable B = new("b");
    private static readonly Variable R = new("r");

    public CypherStatement Write(EntityType entity, CurationPlan plan, FieldRequest field, bool delete)
    {
        var blocks = new List<Clause>();
        foreach (var group in plan.EdgeDeletes.GroupBy(e => (e.Type, From: e.From.Label, To: e.To.Label)))
        {
            blocks.Add(Block([
                new Unwind(Rows(group.Select(e => Pair(e))), Row),
                new Match(Edge(group.Key.From, group.Key.Type, group.Key.To)),
                new Delete(R),
            ]));
        }
        foreach (var group in plan.NodeCreates.GroupBy(n => n.Node.Label))
        {
            var clauses = new List<Clause> { new Unwind(Rows(group.Select(n => n.Properties)), Row), new Create(Pattern.Node(NodePattern.Of(N, group.Key))), new Set(N, Row) };
            clauses.AddRange(Dates(group.Key).Select(d => new Set(N.Dot(d), new FunctionCall("date", Row.Dot(d)))));
            blocks.Add(Block(clauses));
        }
        foreach (var group in plan.EdgeCreates.GroupBy(e => (e.Edge.Type, From: e.Edge.From.Label, To: e.Edge.To.Label)))
        {
            blocks.Add(Block([
                new Unwind(Rows(group.Select(e => Pair(e.Edge, e.Properties))), Row),
                new Match([Pattern.Node(ById(A, group.Key.From, Row.Dot("from"))), Pattern.Node(ById(B, group.Key.To, Row.Dot("to")))]),
                new Create(new Pattern(new NodePattern(A, []), [new RelationshipStep(R, group.Key.Type, RelationshipDirection.Outgoing, new NodePattern(B, []))])),
                new Set(R, Row.Dot("properties")),
            ]));
        }
        foreach (var group in plan.EdgeUpdates.GroupBy(e => (e.Edge.Type, From: e.Edge.From.Label, To: e.Edge.To.Label)))
        {
            blocks.Add(Block([
                new Unwind(Rows(group.Select(e => Pair(e.Edge, e.Properties))), Row),
                new Match(Edge(group.Key.From, group.Key.Type, group.Key.To)),
                new Set(R, Row.Dot("properties"), Merge: true),
            ]));
        }
        foreach (var group in plan.NodeUpdates.GroupBy(n => n.Node.Label))
        {
            var properties = Row.Dot("properties");
            var clauses = new List<Clause>
            {
                new Unwind(Rows(group.Select(n => new Dictionary<string, object?> { ["id"] = n.Node.Id, ["properties"] = n.Properties })), Row),
                new Match(Pattern.Node(ById(N, group.Key, Row.Dot("id")))),
                new Set(N, properties, Merge: true),
            };
            // Absent or null: += already left or removed it; given: stored as a date, not as text.
            clauses.AddRange(Dates(group.Key).Select(d =>
                new Set(N.Dot(d), new Case([(new IsNull(properties.Dot(d)), N.Dot(d))], new FunctionCall("date", properties.Dot(d))))));
            blocks.Add(Block(clauses));
        }
        foreach (var group in plan.NodeDeletes.GroupBy(n => n.Label))
        {
            blocks.Add(Block([
                new Match(Pattern.Node(NodePattern.Of(N, group.Key)), new Binary(N.Dot("id"), "IN", t.Context.Parameter(group.Select(n => n.Id).ToList()))),
                new Delete(N, Detach: true),
            ]));
        }

        Variable result;
        if (delete)
        {
            result = t.Context.Variable("var");
            blocks.Add(new Return(new FunctionCall("count", new Keyword("*")), result));
        }
        else
        {
            var response = Respond(entity, plan, field);
            blocks.Add(Block(response.Clauses));
            blocks.Add(new Return(response.Result, new Variable(CypherText.Name(field.ResponseKey))));
            result = response.Result;
        }
        return new CypherStatement(new Statement(blocks).Print(), t.Context.Parameters, AccessMode.Write, [delete ? result.Name : field.ResponseKey]);
    }

    private Subquery Respond(EntityType entity, CurationPlan plan, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var clauses = new List<Clause>
        {
            new Match(Pattern.Node(NodePattern.Of(node, entity.Label)), new Binary(node.Dot("id"), "IN", t.Context.Parameter(plan.Results.Select(n => n.Id).Distinct().ToList()))),
            new With([node], [new SortItem(node.Dot("id"))]),
        };
        var map = t.Projection.Map(node, NodeScope.Of(t.Context.Model, entity.Label), field.Merged(entity.Plural), clauses);
        var nodes = t.Context.Variable("var");
        clauses.Add(new With([new Projected(new FunctionCall("collect", map), nodes)]));
        var entries = field.Children.Where(c => c.Name == entity.Plural).Select(c => c.ResponseKey).Distinct()
            .Select(key => new MapEntry(key, nodes)).ToList();
        var result = t.Context.Variable("var");
        clauses.Add(new Return(new MapLiteral(entries), result));
        return new Subquery(clauses, result);
    }

    private static Call Block(IReadOnlyList<Clause> clauses) => new([], clauses);

    private static NodePattern ById(Variable variable, string label, Expr id) => new(variable, [label], id);

    /// <summary><c>(a:From {id: row.from})-[r:TYPE]->(b:To {id: row.to})</c>.</summary>
    private static Pattern Edge(string from, string type, string to) =>
        new(ById(A, from, Row.Dot("from")), [new RelationshipStep(R, type, RelationshipDirection.Outgoing, ById(B, to, Row.Dot("to")))]);

    private Parameter Rows(IEnumerable<object?> rows) => t.Context.Parameter(rows.ToList());

    private IEnumerable<string> Dates(string label) =>
        t.Context.Model.Entity(label)!.Properties.Where(p => p.Type == ScalarType.Date).Select(p => p.Name);

    private static Dictionary<string, object?> Pair(EdgeRef edge, IReadOnlyDictionary<string, object?>? properties = null)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["from"] = edge.From.Id, ["to"] = edge.To.Id };
        if (properties is not null) row["properties"] = properties;
        return row;
    }
}
