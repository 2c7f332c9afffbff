using System.Globalization;
using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary>
/// node(id), search, path and neighbours: entry points that start from an id or the full-text index rather than a
/// label scan. Projections of the entities they reach go through <see cref="ProjectionTranslator"/>.
/// </summary>
internal sealed class ExplorationTranslator(Translators t)
{
    public const string SearchIndex = "entity_search";

    /// <summary>The key of a neighbourhood's "cut at the size limit" flag; a GraphQL response key cannot start with __.</summary>
    private const string ExceededKey = "__exceeded";

    public List<string> Node(FieldRequest field, out string result)
    {
        var (label, id) = GlobalId.Decode(t.Context.Model, field.Argument("id") as string ?? "", field);
        var node = t.Context.Variable("this");
        var lines = new List<string> { $"MATCH ({node}:{Name(label)} {{id: {t.Context.Parameter(id)}}})" };
        var map = t.Projection.Map(node, NodeScope.Of(t.Context.Model, label), field.Children, lines);
        result = t.Context.Variable("var");
        lines.Add($"RETURN head(collect({map})) AS {result}");
        return lines;
    }

    /// <summary>db.index.fulltext.queryNodes over <c>entity_search</c>, best score first.</summary>
    public List<string> Search(FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var score = t.Context.Variable("var");
        var all = NodeScope.AllEntities(t.Context.Model);
        var lines = new List<string>
        {
            $"CALL db.index.fulltext.queryNodes({Literal(SearchIndex)}, {t.Context.Parameter(field.Argument("text"))}) YIELD node AS {node}, score AS {score}",
        };
        var types = FilterTranslator.Items(field.Argument("types")).Select(v => v?.ToString() ?? "").Where(l => t.Context.Model.Entity(l) is not null).ToList();
        if (types.Count > 0) lines.Add("WHERE " + string.Join(" OR ", types.Select(l => $"{node}:{Name(l)}")));
        var first = field.Argument("first") is { } f ? Convert.ToInt64(f, CultureInfo.InvariantCulture) : 10;
        if (first < 0 || first > t.Context.Options.MaxLimit)
        {
            throw new TranslationException("BAD_USER_INPUT", $"'first' must be between 0 and {t.Context.Options.MaxLimit}.", field);
        }
        lines.Add($"WITH {node}, {score} ORDER BY {score} DESC, {node}.id ASC LIMIT {t.Context.Parameter(first)}");
        var entries = new List<string>();
        foreach (var group in field.Children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            entries.Add(group.First().Name switch
            {
                "score" => $"{Name(group.Key)}: {score}",
                _ => $"{Name(group.Key)}: {t.Projection.Map(node, all, group.SelectMany(c => c.Children).ToList(), lines)}",
            });
        }
        result = t.Context.Variable("var");
        lines.Add($"RETURN collect({{ {string.Join(", ", entries)} }}) AS {result}");
        return lines;
    }

    /// <summary>The shortest path (any direction) between two entities, at most maxLength relationships long.</summary>
    public List<string> Path(FieldRequest field, out string result)
    {
        var (fromLabel, fromId) = GlobalId.Decode(t.Context.Model, field.Argument("from") as string ?? "", field);
        var (toLabel, toId) = GlobalId.Decode(t.Context.Model, field.Argument("to") as string ?? "", field);
        if (fromLabel == toLabel && fromId == toId)
        {
            // shortestPath needs two different nodes (Neo4j rejects the same start and end).
            throw new TranslationException("BAD_USER_INPUT", "'from' and 'to' must be different entities.", field);
        }
        var maxLength = Hops(field, "maxLength", 4);
        var start = t.Context.Variable("this");
        var end = t.Context.Variable("this");
        var path = t.Context.Variable("path");
        var lines = new List<string>
        {
            $"MATCH ({start}:{Name(fromLabel)} {{id: {t.Context.Parameter(fromId)}}}), ({end}:{Name(toLabel)} {{id: {t.Context.Parameter(toId)}}})",
            // Variable-length bounds cannot be parameters in Cypher; maxLength is a checked integer, not text.
            $"MATCH {path} = shortestPath(({start})-[*..{maxLength.ToString(CultureInfo.InvariantCulture)}]-({end}))",
        };
        var entries = new List<string>();
        foreach (var group in Groups(field))
        {
            var children = group.SelectMany(c => c.Children).ToList();
            entries.Add(group.First().Name switch
            {
                "length" => $"{Name(group.Key)}: length({path})",
                "nodes" => $"{Name(group.Key)}: {Nodes($"nodes({path})", path, children, lines)}",
                _ => $"{Name(group.Key)}: {Relationships($"relationships({path})", children)}",
            });
        }
        result = t.Context.Variable("var");
        lines.Add($"RETURN head(collect({{ {string.Join(", ", entries)} }})) AS {result}");
        return lines;
    }

    /// <summary>
    /// Entities within depth hops (either direction) of one entity and the relationships among them, found breadth
    /// first: each hop expands only the entities the previous one reached for the first time, so the work grows with
    /// the entities and relationships reached, not with the paths between them (a variable-length pattern enumerates
    /// every path: exponential in depth). Each hop stops at <see cref="GraphQLOptions.MaxNeighbourhoodSize"/> + 1 new
    /// entities and, once that many are reached, later hops expand nothing; the result then carries a flag that
    /// becomes a NEIGHBOURHOOD_TOO_LARGE error.
    /// </summary>
    public List<string> Neighbours(FieldRequest field, out string result)
    {
        var (label, id) = GlobalId.Decode(t.Context.Model, field.Argument("id") as string ?? "", field);
        var depth = Hops(field, "depth", 1);
        var start = t.Context.Variable("this");
        var lines = new List<string> { $"MATCH ({start}:{Name(label)} {{id: {t.Context.Parameter(id)}}})" };
        var max = t.Context.Parameter(t.Context.Options.MaxNeighbourhoodSize);
        var cap = t.Context.Parameter(t.Context.Options.MaxNeighbourhoodSize + 1L);
        var seen = t.Context.Variable("var");
        var frontier = t.Context.Variable("var");
        var search = new List<string> { $"WITH [{start}] AS {seen}, [{start}] AS {frontier}" };
        for (var hop = 0; hop < depth; hop++)
        {
            var from = t.Context.Variable("this");
            var to = t.Context.Variable("this");
            var next = t.Context.Variable("var");
            search.Add(Call($"{seen}, {frontier}",
            [
                $"UNWIND CASE WHEN size({seen}) > {max} THEN [] ELSE {frontier} END AS {from}",
                $"MATCH ({from})--({to})",
                $"WHERE NOT {to} IN {seen}",
                $"WITH DISTINCT {to} LIMIT {cap}",
                $"RETURN collect({to}) AS {next}",
            ]));
            var grown = t.Context.Variable("var");
            search.Add($"WITH {seen} + {next} AS {grown}, {next}");
            seen = grown;
            frontier = next;
        }
        var reached = t.Context.Variable("this");
        var nodes = t.Context.Variable("var");
        var exceeded = t.Context.Variable("var");
        search.Add($"UNWIND {seen} AS {reached}");
        search.Add($"WITH {reached}, size({seen}) > {max} AS {exceeded} ORDER BY {reached}.id");
        search.Add($"RETURN collect({reached}) AS {nodes}, head(collect({exceeded})) AS {exceeded}");
        lines.Add(Call(start, search));
        t.Context.Check(new ResultCheck(ExceededKey, "NEIGHBOURHOOD_TOO_LARGE",
            $"neighbours reached more than {t.Context.Options.MaxNeighbourhoodSize} entities within depth {depth} " +
            $"({GraphQLOptions.Setting(nameof(GraphQLOptions.MaxNeighbourhoodSize))}); ask for a smaller depth."));
        var entries = new List<string>();
        foreach (var group in Groups(field))
        {
            var children = group.SelectMany(c => c.Children).ToList();
            if (group.First().Name == "nodes")
            {
                entries.Add($"{Name(group.Key)}: {Nodes(nodes, nodes, children, lines)}");
                continue;
            }
            var a = t.Context.Variable("this");
            var rel = t.Context.Variable("rel");
            var b = t.Context.Variable("this");
            var rels = t.Context.Variable("var");
            lines.Add(Call(nodes,
            [
                $"UNWIND {nodes} AS {a}",
                $"MATCH ({a})-[{rel}]->({b})",
                $"WHERE {b} IN {nodes}",
                $"WITH DISTINCT {rel} ORDER BY type({rel}), startNode({rel}).id, endNode({rel}).id",
                $"RETURN collect({rel}) AS {rels}",
            ]));
            entries.Add($"{Name(group.Key)}: {Relationships(rels, children)}");
        }
        entries.Add($"{ExceededKey}: {exceeded}");
        result = t.Context.Variable("var");
        lines.Add($"RETURN head(collect({{ {string.Join(", ", entries)} }})) AS {result}");
        return lines;
    }

    /// <summary>Projects a list of nodes in order, through a CALL so nested relationship fields work too.</summary>
    private string Nodes(string listExpression, string imports, IReadOnlyList<FieldRequest> children, List<string> lines)
    {
        var node = t.Context.Variable("this");
        var inner = new List<string> { $"UNWIND {listExpression} AS {node}" };
        var map = t.Projection.Map(node, NodeScope.AllEntities(t.Context.Model), children, inner);
        var result = t.Context.Variable("var");
        inner.Add($"RETURN collect({map}) AS {result}");
        lines.Add(Call(imports, inner));
        return result;
    }

    private string Relationships(string listExpression, IReadOnlyList<FieldRequest> children)
    {
        var rel = t.Context.Variable("rel");
        var entries = new List<string>();
        foreach (var group in children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var key = Name(group.Key);
            entries.Add(group.First().Name switch
            {
                "type" => $"{key}: type({rel})",
                // Entities carry one label each, so head(labels(n)) is the type name of the global id.
                "from" => $"{key}: head(labels(startNode({rel}))) + ':' + startNode({rel}).id",
                "to" => $"{key}: head(labels(endNode({rel}))) + ':' + endNode({rel}).id",
                var property => $"{key}: {rel}.{Name(property)}",
            });
        }
        return $"[{rel} IN {listExpression} | {{ {string.Join(", ", entries)} }}]";
    }

    private long Hops(FieldRequest field, string argument, long fallback)
    {
        var value = field.Argument(argument) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : fallback;
        if (value < 1 || value > t.Context.Options.MaxPathLength)
        {
            throw new TranslationException("BAD_USER_INPUT", $"'{argument}' must be between 1 and {t.Context.Options.MaxPathLength}.", field);
        }
        return value;
    }

    private static IEnumerable<IGrouping<string, FieldRequest>> Groups(FieldRequest field) =>
        field.Children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey);
}
