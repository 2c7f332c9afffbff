using System.Globalization;
using Graph.GraphQL.Translation.Ast;

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

    public Subquery Node(FieldRequest field)
    {
        var (label, id) = GlobalId.Decode(t.Context.Model, field.Argument("id") as string ?? "", field);
        var node = t.Context.Variable("this");
        var clauses = new List<Clause> { new Match(Pattern.Node(new NodePattern(node, [label], t.Context.Parameter(id)))) };
        var map = t.Projection.Map(node, NodeScope.Of(t.Context.Model, label), field.Children, clauses);
        var result = t.Context.Variable("var");
        clauses.Add(new Return(HeadOfCollect(map), result));
        return new Subquery(clauses, result);
    }

    /// <summary>db.index.fulltext.queryNodes over <c>entity_search</c>, best score first.</summary>
    public Subquery Search(FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var score = t.Context.Variable("var");
        var all = NodeScope.AllEntities(t.Context.Model);
        var clauses = new List<Clause>
        {
            new ProcedureCall("db.index.fulltext.queryNodes", [new ModelString(SearchIndex), t.Context.Parameter(field.Argument("text"))],
                [("node", node), ("score", score)]),
        };
        var types = FilterTranslator.Items(field.Argument("types")).Select(v => v?.ToString() ?? "").Where(l => t.Context.Model.Entity(l) is not null).ToList();
        if (Junction.Of("OR", types.Select(l => (Expr)new HasLabel(node, l)), parenthesised: false) is { } typeFilter) clauses.Add(new Where(typeFilter));
        var first = field.Argument("first") is { } f ? Convert.ToInt64(f, CultureInfo.InvariantCulture) : 10;
        if (first < 0 || first > t.Context.Options.MaxLimit)
        {
            throw new TranslationException("BAD_USER_INPUT", $"'first' must be between 0 and {t.Context.Options.MaxLimit}.", field);
        }
        clauses.Add(new With([node, score], [new SortItem(score, "DESC"), new SortItem(node.Dot("id"), "ASC")], Limit: t.Context.Parameter(first)));
        var entries = new List<MapEntry>();
        foreach (var group in Groups(field))
        {
            entries.Add(new MapEntry(group.Key, group.First().Name switch
            {
                "score" => score,
                _ => t.Projection.Map(node, all, group.SelectMany(c => c.Children).ToList(), clauses),
            }));
        }
        var result = t.Context.Variable("var");
        clauses.Add(new Return(new FunctionCall("collect", new MapLiteral(entries)), result));
        return new Subquery(clauses, result);
    }

    /// <summary>The shortest path (any direction) between two entities, at most maxLength relationships long.</summary>
    public Subquery Path(FieldRequest field)
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
        var startPattern = Pattern.Node(new NodePattern(start, [fromLabel], t.Context.Parameter(fromId)));
        var endPattern = Pattern.Node(new NodePattern(end, [toLabel], t.Context.Parameter(toId)));
        var clauses = new List<Clause>
        {
            new Match([startPattern, endPattern]),
            new ShortestPathMatch(path, start, end, maxLength),
        };
        var entries = new List<MapEntry>();
        foreach (var group in Groups(field))
        {
            var children = group.SelectMany(c => c.Children).ToList();
            entries.Add(new MapEntry(group.Key, group.First().Name switch
            {
                "length" => new FunctionCall("length", path),
                "nodes" => Nodes(new FunctionCall("nodes", path), path, children, clauses),
                _ => Relationships(new FunctionCall("relationships", path), children),
            }));
        }
        var result = t.Context.Variable("var");
        clauses.Add(new Return(HeadOfCollect(new MapLiteral(entries)), result));
        return new Subquery(clauses, result);
    }

    /// <summary>
    /// Entities within depth hops (either direction) of one entity and the relationships among them, found breadth
    /// first: each hop expands only the entities the previous one reached for the first time, so the work grows with
    /// the entities and relationships reached, not with the paths between them (a variable-length pattern enumerates
    /// every path: exponential in depth). Each hop stops at <see cref="GraphQLOptions.MaxNeighbourhoodSize"/> + 1 new
    /// entities and, once that many are reached, later hops expand nothing; the result then carries a flag that
    /// becomes a NEIGHBOURHOOD_TOO_LARGE error.
    /// </summary>
    public Subquery Neighbours(FieldRequest field)
    {
        var (label, id) = GlobalId.Decode(t.Context.Model, field.Argument("id") as string ?? "", field);
        var depth = Hops(field, "depth", 1);
        var start = t.Context.Variable("this");
        var clauses = new List<Clause> { new Match(Pattern.Node(new NodePattern(start, [label], t.Context.Parameter(id)))) };
        var max = t.Context.Parameter(t.Context.Options.MaxNeighbourhoodSize);
        var cap = t.Context.Parameter(t.Context.Options.MaxNeighbourhoodSize + 1L);
        var seen = t.Context.Variable("var");
        var frontier = t.Context.Variable("var");
        var startList = new ListLiteral([start]);
        var search = new List<Clause> { new With([new Projected(startList, seen), new Projected(startList, frontier)]) };
        for (var hop = 0; hop < depth; hop++)
        {
            var from = t.Context.Variable("this");
            var to = t.Context.Variable("this");
            var next = t.Context.Variable("var");
            var expand = new Case([(new Binary(new FunctionCall("size", seen), ">", max), Keyword.EmptyList)], frontier);
            search.Add(new Call([seen, frontier],
            [
                new Unwind(expand, from),
                new Match(new Pattern(new NodePattern(from, []), [new RelationshipStep(null, null, null, new NodePattern(to, []))])),
                new Where(new Not(new Binary(to, "IN", seen), Parenthesised: false)),
                new With([to], Limit: cap, Distinct: true),
                new Return(new FunctionCall("collect", to), next),
            ]));
            var grown = t.Context.Variable("var");
            search.Add(new With([new Projected(new Binary(seen, "+", next), grown), next]));
            seen = grown;
            frontier = next;
        }
        var reached = t.Context.Variable("this");
        var nodes = t.Context.Variable("var");
        var exceeded = t.Context.Variable("var");
        search.Add(new Unwind(seen, reached));
        search.Add(new With([reached, new Projected(new Binary(new FunctionCall("size", seen), ">", max), exceeded)], [new SortItem(reached.Dot("id"))]));
        search.Add(new Return([new Projected(new FunctionCall("collect", reached), nodes), new Projected(HeadOfCollect(exceeded), exceeded)]));
        clauses.Add(new Call([start], search));
        t.Context.Check(new ResultCheck(ExceededKey, "NEIGHBOURHOOD_TOO_LARGE",
            $"neighbours reached more than {t.Context.Options.MaxNeighbourhoodSize} entities within depth {depth} " +
            $"({GraphQLOptions.Setting(nameof(GraphQLOptions.MaxNeighbourhoodSize))}); ask for a smaller depth."));
        var entries = new List<MapEntry>();
        foreach (var group in Groups(field))
        {
            var children = group.SelectMany(c => c.Children).ToList();
            if (group.First().Name == "nodes")
            {
                entries.Add(new MapEntry(group.Key, Nodes(nodes, nodes, children, clauses)));
                continue;
            }
            var a = t.Context.Variable("this");
            var rel = t.Context.Variable("rel");
            var b = t.Context.Variable("this");
            var rels = t.Context.Variable("var");
            clauses.Add(new Call([nodes],
            [
                new Unwind(nodes, a),
                new Match(new Pattern(new NodePattern(a, []), [new RelationshipStep(rel, null, Core.Model.RelationshipDirection.Outgoing, new NodePattern(b, []))])),
                new Where(new Binary(b, "IN", nodes)),
                new With([rel], [new SortItem(new FunctionCall("type", rel)), new SortItem(new FunctionCall("startNode", rel).Dot("id")), new SortItem(new FunctionCall("endNode", rel).Dot("id"))], Distinct: true),
                new Return(new FunctionCall("collect", rel), rels),
            ]));
            entries.Add(new MapEntry(group.Key, Relationships(rels, children)));
        }
        entries.Add(new MapEntry(ExceededKey, exceeded));
        var result = t.Context.Variable("var");
        clauses.Add(new Return(HeadOfCollect(new MapLiteral(entries)), result));
        return new Subquery(clauses, result);
    }

    /// <summary>Projects a list of nodes in order, through a CALL so nested relationship fields work too.</summary>
    private Variable Nodes(Expr list, Variable imports, IReadOnlyList<FieldRequest> children, List<Clause> clauses)
    {
        var node = t.Context.Variable("this");
        var inner = new List<Clause> { new Unwind(list, node) };
        var map = t.Projection.Map(node, NodeScope.AllEntities(t.Context.Model), children, inner);
        var result = t.Context.Variable("var");
        inner.Add(new Return(new FunctionCall("collect", map), result));
        clauses.Add(new Call([imports], inner));
        return result;
    }

    private ListComprehension Relationships(Expr list, IReadOnlyList<FieldRequest> children)
    {
        var rel = t.Context.Variable("rel");
        var entries = new List<MapEntry>();
        foreach (var group in children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            entries.Add(new MapEntry(group.Key, group.First().Name switch
            {
                "type" => new FunctionCall("type", rel),
                // Entities carry one label each, so head(labels(n)) is the type name of the global id.
                "from" => GlobalIdOf(new FunctionCall("startNode", rel)),
                "to" => GlobalIdOf(new FunctionCall("endNode", rel)),
                var property => rel.Dot(property),
            }));
        }
        return new ListComprehension(rel, list, new MapLiteral(entries));
    }

    private static Binary GlobalIdOf(Expr node) =>
        new(new Binary(new FunctionCall("head", new FunctionCall("labels", node)), "+", new Keyword("':'")), "+", node.Dot("id"));

    private static FunctionCall HeadOfCollect(Expr value) => new("head", new FunctionCall("collect", value));

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
