using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Translation;
using Graph.GraphQL.Translation.Ast;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Curation;

/// <summary>
/// The validation reads of a mutation, run inside its transaction so that what is checked is what gets written.
/// Filters go through the same <see cref="FilterTranslator"/> as queries; every value is a parameter and every
/// label or type comes from the model.
/// </summary>
internal sealed class GraphReader(IGraphTransaction transaction, KnowledgeModel model, GraphQLOptions options, CancellationToken cancellationToken)
{
    public KnowledgeModel Model => model;

    /// <summary>The predicate a <c>where</c> gives on <paramref name="variable"/>; null when it has no condition.</summary>
    public (string? Predicate, TranslationContext Context) Predicate(string variable, IReadOnlyList<string> labels, object? where)
    {
        var context = new TranslationContext(model, options);
        return (new FilterTranslator(context).Node(new Variable(variable), new NodeScope(model, labels), where)?.Print(), context);
    }

    /// <summary>The nodes with one of <paramref name="labels"/> a non-empty <c>where</c> matches.</summary>
    public async Task<List<NodeRef>> MatchAsync(IReadOnlyList<string> labels, string predicate, TranslationContext context)
    {
        var result = await RunAsync(
            $"MATCH (n:{Labels(labels)}) WHERE {predicate} RETURN {TypeNameOf.Node(new Variable("n"), labels)} AS label, n.id AS id ORDER BY id",
            context.Parameters);
        return result.Records.Select(r => new NodeRef((string)r["label"]!, r["id"] as string ?? "")).ToList();
    }

    /// <summary>The relationships of <paramref name="field"/> from the owners that a connection where selects.</summary>
    public async Task<List<(EdgeRef Edge, IReadOnlyDictionary<string, object?> Properties)>> EdgesAsync(
        RelationshipField field, IReadOnlyList<NodeRef> owners, object? connectionWhere)
    {
        var context = new TranslationContext(model, options);
        var scope = NodeScope.Targets(model, field);
        var predicate = new FilterTranslator(context).ConnectionWhere(new Variable("r"), model.Relationship(field.RelationshipType)!, new Variable("n"), scope, connectionWhere);
        var ids = context.Parameter(owners.Select(o => o.Id).ToList());
        var result = await RunAsync(
            $"MATCH {Pattern.Along(new NodePattern(new Variable("o"), [field.Owner]), field, new Variable("r"), new Variable("n")).Print()} WHERE o.id IN {ids}{(predicate is null ? "" : " AND " + predicate)} " +
            $"RETURN o.id AS owner, {TypeNameOf.Node(new Variable("n"), field.Targets)} AS label, n.id AS id, properties(r) AS properties ORDER BY owner, id",
            context.Parameters);
        return result.Records.Select(r =>
        {
            var owner = new NodeRef(field.Owner, (string)r["owner"]!);
            var other = new NodeRef((string)r["label"]!, r["id"] as string ?? "");
            return (Edge(field, owner, other), Map(r["properties"]));
        }).ToList();
    }

    /// <summary>Which of these ids already exist with this label.</summary>
    public async Task<HashSet<string>> ExistingAsync(string label, IEnumerable<string> ids)
    {
        var result = await RunAsync($"MATCH (n:{Name(label)}) WHERE n.id IN $ids RETURN n.id AS id", Ids(ids));
        return result.Records.Select(r => (string)r["id"]!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether a relationship of this type already joins the two nodes.</summary>
    public async Task<bool> EdgeExistsAsync(EdgeRef edge)
    {
        var result = await RunAsync(
            $"MATCH (a:{Name(edge.From.Label)} {{id: $from}})-[r:{Name(edge.Type)}]->(b:{Name(edge.To.Label)} {{id: $to}}) RETURN count(r) AS n",
            new Dictionary<string, object?> { ["from"] = edge.From.Id, ["to"] = edge.To.Id });
        return Convert.ToInt64(result.Records[0]["n"], System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The properties of these nodes, by id.</summary>
    public async Task<Dictionary<string, IReadOnlyDictionary<string, object?>>> PropertiesAsync(string label, IEnumerable<string> ids)
    {
        var result = await RunAsync($"MATCH (n:{Name(label)}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties", Ids(ids));
        return result.Records.ToDictionary(r => (string)r["id"]!, r => Map(r["properties"]), StringComparer.Ordinal);
    }

    /// <summary>How many relationships name each of these documents as their <c>source</c>.</summary>
    public async Task<Dictionary<string, long>> CitationsAsync(IEnumerable<string> documentIds)
    {
        var result = await RunAsync("MATCH ()-[r]->() WHERE r.source IN $ids RETURN r.source AS id, count(r) AS n", Ids(documentIds));
        return result.Records.ToDictionary(r => (string)r["id"]!, r => Convert.ToInt64(r["n"], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>How many fact relationships (all but the non-fact types such as MENTIONED_IN) each node still has.</summary>
    public async Task<Dictionary<string, long>> FactCountsAsync(string label, IEnumerable<string> ids)
    {
        var parameters = Ids(ids);
        parameters["other"] = model.Relationships.Where(r => !r.IsFact).Select(r => r.Type).ToList();
        var result = await RunAsync(
            $"MATCH (n:{Name(label)})-[r]-() WHERE n.id IN $ids AND NOT type(r) IN $other RETURN n.id AS id, count(r) AS n", parameters);
        return result.Records.ToDictionary(r => (string)r["id"]!, r => Convert.ToInt64(r["n"], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>Every relationship of these nodes, both directions (what a cascade removes).</summary>
    public async Task<List<(EdgeRef Edge, IReadOnlyDictionary<string, object?> Properties)>> AllEdgesAsync(string label, IEnumerable<string> ids)
    {
        // Incoming relationships from another node of the same set are already listed as its outgoing ones.
        var result = await RunAsync(
            $"MATCH (n:{Name(label)})-[r]->(m) WHERE n.id IN $ids RETURN n.id AS id, true AS out, type(r) AS type, labels(m) AS labels, m.id AS other, properties(r) AS properties " +
            $"UNION ALL MATCH (n:{Name(label)})<-[r]-(m) WHERE n.id IN $ids AND NOT (m:{Name(label)} AND m.id IN $ids) " +
            "RETURN n.id AS id, false AS out, type(r) AS type, labels(m) AS labels, m.id AS other, properties(r) AS properties",
            Ids(ids));
        return result.Records.Select(r =>
        {
            var self = new NodeRef(label, (string)r["id"]!);
            var otherLabels = ((System.Collections.IEnumerable)r["labels"]!).Cast<object?>().Select(l => (string)l!).ToList();
            var other = new NodeRef(otherLabels.FirstOrDefault(model.Labels.Contains) ?? otherLabels.FirstOrDefault() ?? "", r["other"] as string ?? "");
            var edge = (bool)r["out"]! ? new EdgeRef((string)r["type"]!, self, other) : new EdgeRef((string)r["type"]!, other, self);
            return (edge, Map(r["properties"]));
        }).ToList();
    }

    /// <summary>The properties of these relationships (those that exist), by relationship.</summary>
    public async Task<Dictionary<EdgeRef, IReadOnlyDictionary<string, object?>>> EdgePropertiesAsync(IEnumerable<EdgeRef> edges)
    {
        var found = new Dictionary<EdgeRef, IReadOnlyDictionary<string, object?>>();
        foreach (var group in edges.Distinct().GroupBy(e => (e.Type, From: e.From.Label, To: e.To.Label)))
        {
            var rows = group.Select(e => (object?)new Dictionary<string, object?> { ["from"] = e.From.Id, ["to"] = e.To.Id }).ToList();
            var result = await RunAsync(
                $"UNWIND $rows AS row MATCH (a:{Name(group.Key.From)} {{id: row.from}})-[r:{Name(group.Key.Type)}]->(b:{Name(group.Key.To)} {{id: row.to}}) " +
                "RETURN row.from AS from, row.to AS to, properties(r) AS properties",
                new Dictionary<string, object?> { ["rows"] = rows });
            foreach (var record in result.Records)
            {
                var edge = new EdgeRef(group.Key.Type, new NodeRef(group.Key.From, (string)record["from"]!), new NodeRef(group.Key.To, (string)record["to"]!));
                found[edge] = Map(record["properties"]);
            }
        }
        return found;
    }

    public static EdgeRef Edge(RelationshipField field, NodeRef owner, NodeRef other) =>
        field.Direction == RelationshipDirection.Outgoing
            ? new EdgeRef(field.RelationshipType, owner, other)
            : new EdgeRef(field.RelationshipType, other, owner);

    public static IReadOnlyDictionary<string, object?> Map(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => new Dictionary<string, object?>(),
    };

    private static Dictionary<string, object?> Ids(IEnumerable<string> ids) => new(StringComparer.Ordinal) { ["ids"] = ids.Distinct().ToList() };

    private Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters) =>
        transaction.RunAsync(statement, parameters, cancellationToken);
}
