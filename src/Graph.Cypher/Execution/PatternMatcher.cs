using System.Runtime.CompilerServices;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Finds the matches of a pattern extending a row. Relationship isomorphism: within one MATCH the same
/// relationship is never bound twice (the <c>used</c> set spans every part of the pattern). A part
/// starts from its bound end when it has one, else from an index seek, else from the smallest label.
/// </summary>
internal sealed partial class PatternMatcher
{
    /// <summary>Where a shortestPath() expression without a path variable keeps its path.</summary>
    public const string HiddenPathName = "  path";

    private readonly QueryContext _ctx;
    private readonly Func<Evaluator> _evaluator;

    public PatternMatcher(QueryContext ctx, Func<Evaluator> evaluator)
    {
        _ctx = ctx;
        _evaluator = evaluator;
    }

    private IGraphView Graph => _ctx.Graph;

    private Evaluator Eval => _evaluator();

    /// <summary>Matches of every part of a pattern (a cartesian product of the parts, relationships unique across them).</summary>
    /// <remarks><paramref name="where"/> is only consulted by shortest-path parts, whose search applies it to each candidate path.</remarks>
    public IEnumerable<Row> Match(Pattern pattern, Row row, IReadOnlyList<SeekHint>? hints = null, Expression? where = null)
    {
        var used = UniqueRelationships.Needed(pattern.Parts) ? new HashSet<long>() : null;
        return pattern.Parts.Count == 1
            ? MatchOne(pattern.Parts[0], row, used, hints ?? [], where, 0)
            : MatchParts(pattern.Parts, 0, row, used, hints ?? [], where);
    }

    /// <summary>
    /// Matches of a one-part pattern that satisfy the whole WHERE, each conjunct tested once: those the start
    /// node decides are tested there, the rest on each complete match. Null for other patterns and under
    /// PROFILE, whose Filter operator counts the WHERE itself; the caller then filters the matches.
    /// </summary>
    public IEnumerable<Row>? MatchFiltered(Pattern pattern, Row row, IReadOnlyList<SeekHint> hints, Expression where)
    {
        if (_ctx.Stats is not null || pattern.Parts is not [{ Selector: PathSelector.All } part]) return null;
        return MatchOne(part, row, UniqueRelationships.Needed(pattern.Parts) ? [] : null, hints, where, 0, filterAll: true);
    }

    public IEnumerable<Row> MatchPart(PatternPart part, Row row) =>
        MatchOne(part, row, UniqueRelationships.Needed(part) ? [] : null, [], null, 0);

    private IEnumerable<Row> MatchParts(IReadOnlyList<PatternPart> parts, int index, Row row, HashSet<long>? used, IReadOnlyList<SeekHint> hints, Expression? where)
    {
        var last = index == parts.Count - 1;
        foreach (var r in MatchOne(parts[index], row, used, hints, where, index))
        {
            // The last part's matches are complete rows: no nested iterator per row for an empty rest.
            if (last)
            {
                yield return r;
                continue;
            }
            foreach (var rest in MatchParts(parts, index + 1, r, used, hints, where)) yield return rest;
        }
    }

    private IEnumerable<Row> MatchOne(PatternPart part, Row row, HashSet<long>? used, IReadOnlyList<SeekHint> hints, Expression? where, int partIndex, bool filterAll = false)
    {
        part = DynamicPatterns.Resolve(part, row, Eval);
        if (part.Selector != PathSelector.All)
        {
            // A GQL selector's search sees only its own parenthesized WHERE; the MATCH's WHERE filters the paths it picks.
            return SelectsByEnumeration(part) ? SelectedPaths(part, row, hints) : ShortestPaths(part, row, hints, part.GqlSelector ? part.InnerWhere : where);
        }
        if (part.InnerWhere is { } inner) return PreFiltered(part with { InnerWhere = null }, row, used, hints, where, partIndex, inner);
        var reversed = false;
        var choice = default(SeekChoice);
        // A bound start (estimate 0) is never beaten, so the other end's estimate is not worth reading.
        // Quantified path patterns are walked from the left: their iterations join in pattern order.
        if (part.Nodes.Count > 1 && !IsBound(part.Nodes[0], row) && !part.Relationships.Any(r => r.Group is not null))
        {
            var last = Estimate(part.Nodes[^1], row, hints, out var lastChoice);
            var first = Estimate(part.Nodes[0], row, hints, out var firstChoice);
            reversed = last < first;
            choice = reversed ? lastChoice : firstChoice;
        }
        return Walked(PartSteps.For(part, reversed, partIndex), row, used, hints, where, choice, filterAll);
    }

    private IEnumerable<Row> PreFiltered(PatternPart part, Row row, HashSet<long>? used, IReadOnlyList<SeekHint> hints, Expression? where, int partIndex, Expression inner)
    {
        foreach (var m in MatchOne(part, row, used, hints, where, partIndex))
        {
            if (Eval.IsTrue(inner, m)) yield return m;
        }
    }

    /// <param name="filterAll">Also test, on each complete match, the WHERE conjuncts the start did not.</param>
    private IEnumerable<Row> Walked(PartSteps steps, Row row, HashSet<long>? used, IReadOnlyList<SeekHint> hints, Expression? where, SeekChoice choice, bool filterAll)
    {
        var early = EarlyConjuncts(where, steps.Nodes[0], row);
        var rest = filterAll ? Remaining(where, early) : [];
        foreach (var start in Start(steps, row, hints, early, choice))
        {
            List<long>? nodes = steps.KeepPath ? [start.Id] : null;
            List<long>? rels = steps.KeepPath ? [] : null;
            if (steps.Relationships.Count == 0)
            {
                var finished = Finished(steps, start.Row, nodes, rels);
                if (AllTrue(rest, finished)) yield return finished;
                continue;
            }
            foreach (var m in Walk(steps, 0, start.Id, start.Row, used, nodes, rels))
            {
                if (AllTrue(rest, m)) yield return m;
            }
        }
    }

    /// <summary>The WHERE's conjuncts other than those already tested (compared by reference).</summary>
    private static IReadOnlyList<Expression> Remaining(Expression? where, IReadOnlyList<Expression> tested)
    {
        if (where is null) return [];
        var rest = new List<Expression>();
        foreach (var conjunct in FreeVariables.Conjuncts(where))
        {
            if (!tested.Contains(conjunct, ReferenceEqualityComparer.Instance)) rest.Add(conjunct);
        }
        return rest;
    }

    private bool IsBound(NodePattern node, Row row) => node.Variable is not null && row.Get(node.Variable) is NodeRef;

    /// <summary>
    /// How many start rows a node would produce, roughly: a bound node one, an index-seekable node a few,
    /// else its smallest label count, else every node. The part is walked from its cheaper end.
    /// </summary>
    /// <remarks>The index seek it considered is handed back, so the start does not choose it a second time.</remarks>
    private long Estimate(NodePattern node, Row row, IReadOnlyList<SeekHint> hints, out SeekChoice choice)
    {
        choice = default;
        if (IsBound(node, row)) return 0;
        var labels = RequiredLabels.Of(node.Labels);
        if (labels.Count == 0) return Graph.NodeCount + 1;
        var seek = Planning.NodeSeek.Choose(node, hints, Graph);
        choice = new SeekChoice(true, seek);
        if (seek is not null) return seek.Estimate;
        return labels.Min(Graph.CountNodesWithLabel) + 1;
    }

    /// <summary>Start nodes, with the WHERE conjuncts that only need the start node (and earlier rows) applied at once.</summary>
    private IEnumerable<(long Id, Row Row)> Start(PartSteps steps, Row row, IReadOnlyList<SeekHint> hints, IReadOnlyList<Expression> early, SeekChoice choice)
    {
        var first = steps.Nodes[0];
        var stage = Stages.Start(steps.PartIndex);
        _ctx.EnterStage(stage);
        var labels = LabelTest.For(first.Labels, Graph);
        var candidates = Candidates(first, row, hints, choice, out var seeked);
        if (seeked is not null) early = WithoutSeekedEquality(early, seeked, row);
        if (candidates is IReadOnlyList<long> listed)
        {
            for (var i = 0; i < listed.Count; i++)
            {
                if (Started(listed[i]) is { } bound) yield return (listed[i], bound);
            }
            yield break;
        }
        foreach (var id in candidates)
        {
            if (Started(id) is { } bound) yield return (id, bound);
        }

        Row? Started(long id)
        {
            _ctx.Tick();
            _ctx.EnterStage(stage);
            var bound = BindNode(first, id, row, labels);
            if (bound is null || !AllTrue(early, bound)) return null;
            _ctx.StageRow(stage);
            return bound;
        }
    }

    /// <summary>
    /// The start's conjuncts less the string equality a read's index seek has just answered exactly: every
    /// node the seek finds has that string value (the index holds a snapshot's committed values, keyed by their
    /// full bytes), so testing it again per candidate only reads the property twice. A writer's statement, whose
    /// own changes the index may not show yet, and PROFILE keep the test.
    /// </summary>
    private IReadOnlyList<Expression> WithoutSeekedEquality(IReadOnlyList<Expression> early, Planning.NodeSeek seek, Row row)
    {
        if (early.Count == 0 || _ctx.Writer is not null || _ctx.Stats is not null) return early;
        if (seek.Kind != Planning.SeekKind.Equal || seek.Hints[0].Conjunct is not { } answered) return early;
        if (!early.Contains(answered, ReferenceEqualityComparer.Instance) || Eval.Evaluate(seek.Hints[0].Value, row) is not string) return early;
        return early.Where(c => !ReferenceEquals(c, answered)).ToList();
    }

    private static IReadOnlyList<Expression> EarlyConjuncts(Expression? where, NodePattern first, Row row)
    {
        if (where is null) return [];
        var available = new HashSet<string>(row.Names, StringComparer.Ordinal);
        if (first.Variable is not null) available.Add(first.Variable);
        return FreeVariables.Conjuncts(where).Where(c => FreeVariables.Of(c) is { } vars && vars.IsSubsetOf(available)).ToList();
    }

    private bool AllTrue(IReadOnlyList<Expression> conjuncts, Row row)
    {
        for (var i = 0; i < conjuncts.Count; i++)
        {
            if (!Eval.IsTrue(conjuncts[i], row)) return false;
        }
        return true;
    }

    /// <summary>Candidate ids for an unbound node: index seek, then smallest label, then all nodes.</summary>
    private IEnumerable<long> Candidates(NodePattern node, Row row, IReadOnlyList<SeekHint> hints) =>
        Candidates(node, row, hints, default, out _);

    /// <summary>
    /// Candidate ids for an unbound node: index seek, then smallest label, then all nodes. A read's scan is
    /// walked as it is pulled: a snapshot does not change under it, so a LIMIT downstream stops the scan instead
    /// of every id being listed first. A writer (who must not meet the nodes it creates) and PROFILE (whose counts
    /// are those of the listed scan) get a list.
    /// </summary>
    /// <param name="seeked">The index seek that found the candidates; null when they came from a scan.</param>
    private IEnumerable<long> Candidates(NodePattern node, Row row, IReadOnlyList<SeekHint> hints, SeekChoice choice, out Planning.NodeSeek? seeked)
    {
        seeked = null;
        if (node.Variable is not null && row.TryGet(node.Variable, out var existing))
        {
            return existing is NodeRef n ? [n.Id] : [];
        }
        var labels = RequiredLabels.Of(node.Labels);
        if (labels.Count == 0) return Scan(Graph.AllNodes());
        var seek = choice.Known ? choice.Seek : Planning.NodeSeek.Choose(node, hints, Graph);
        if (seek is not null && Seek(seek, row) is { } found)
        {
            seeked = seek;
            return _ctx.Writer is null && found is IReadOnlyList<long> ids ? ids : found.ToList();
        }
        return Scan(Graph.NodesWithLabel(labels.MinBy(Graph.CountNodesWithLabel)!));
    }

    private IEnumerable<long> Scan(IEnumerable<long> ids) => _ctx.Writer is null && _ctx.Stats is null ? ids : ids.ToList();

    /// <summary>Checks a node against a node pattern and binds its variable; null when it does not match.</summary>
    public Row? BindNode(NodePattern pattern, long id, Row row) => BindNode(pattern, id, row, LabelTest.For(pattern.Labels, Graph));

    /// <summary>As above, with the pattern's labels already resolved (once per expansion, not per candidate).</summary>
    private Row? BindNode(NodePattern pattern, long id, Row row, LabelTest labels)
    {
        if (pattern.Variable is not null && row.TryGet(pattern.Variable, out var existing))
        {
            if (existing is not NodeRef n || n.Id != id) return null;
        }
        if (IsGone(id)) return null;
        if (labels.IsGeneral ? !NodeLabelExpressionMatches(pattern.Labels!, id) : !labels.Matches(Graph, id)) return null;
        var bound = pattern.Variable is null || row.Has(pattern.Variable) ? row : row.With(pattern.Variable, new NodeRef(id));
        if (pattern.Properties is not null && !PropertiesMatch(pattern.Properties, bound, id, nodes: true)) return null;
        if (pattern.Where is not null && !Eval.IsTrue(pattern.Where, bound)) return null;
        return bound;
    }

    /// <summary>Deleted by this transaction, or waiting for the statement's end to be: matches skip it.</summary>
    private bool IsGone(long id) =>
        Graph.IsNodeDeleted(id) || (_ctx.PendingNodeDeletes.Count > 0 && _ctx.PendingNodeDeletes.Contains(id));

    // Kept in its own method: a lambda capturing a parameter costs its closure on every call of the enclosing method.
    private bool NodeLabelExpressionMatches(LabelExpression labels, long id) =>
        Evaluator.LabelsMatch(labels, l => Graph.NodeHasLabel(id, l), () => Graph.NodeLabels(id).Count > 0);

    private bool PropertiesMatch(Expression properties, Row row, long id, bool nodes)
    {
        if (properties is MapLiteral literal) return LiteralPropertiesMatch(literal, row, id, nodes);
        var map = Eval.Evaluate(properties, row);
        if (map is not IReadOnlyDictionary<string, object?> m) return map is null ? false : throw CypherErrors.TypeMismatch("Map", map);
        foreach (var (k, v) in m)
        {
            if (CypherEquality.Equal(Read(id, k, nodes), v) != true) return false;
        }
        return true;
    }

    /// <summary>
    /// {key: value, …} written in the pattern, compared entry by entry without building the map. Every value
    /// is still evaluated (an error in a later one is raised as before), and a key written twice counts once,
    /// with its last value, as the map would keep it.
    /// </summary>
    private bool LiteralPropertiesMatch(MapLiteral literal, Row row, long id, bool nodes)
    {
        var entries = literal.Entries;
        var matches = true;
        for (var i = 0; i < entries.Count; i++)
        {
            var value = Eval.Evaluate(entries[i].Value, row);
            if (!matches || WrittenAgain(entries, i)) continue;
            if (CypherEquality.Equal(Read(id, entries[i].Key, nodes), value) != true) matches = false;
        }
        return matches;
    }

    private static bool WrittenAgain(IReadOnlyList<KeyValuePair<string, Expression>> entries, int index)
    {
        for (var j = index + 1; j < entries.Count; j++)
        {
            if (entries[j].Key == entries[index].Key) return true;
        }
        return false;
    }

    private object? Read(long id, string key, bool nodes) => nodes ? Graph.NodeProperty(id, key) : Graph.RelationshipProperty(id, key);

    private bool RelationshipMatches(RelationshipPattern pattern, long rel, Row row, bool typed = false)
    {
        if (pattern.Types is not null && !typed && !RelationshipTypeMatches(pattern.Types, rel)) return false;
        if (pattern.Properties is not null && !PropertiesMatch(pattern.Properties, row, rel, nodes: false)) return false;
        return true;
    }

    private bool RelationshipTypeMatches(LabelExpression types, long rel) =>
        types is LabelName single ? Graph.RelationshipType(rel) == single.Name : RelationshipTypeExpressionMatches(types, rel);

    private bool RelationshipTypeExpressionMatches(LabelExpression types, long rel) =>
        Evaluator.LabelsMatch(types, t => Graph.RelationshipType(rel) == t, () => true);

    private static readonly ConditionalWeakTable<LabelExpression, IReadOnlyList<string>?[]> TypeLists = [];

    /// <summary>Relationship types usable for adjacency lookup: a plain name or a disjunction of names (worked out once per expression).</summary>
    private static IReadOnlyList<string>? TypeList(LabelExpression? types) =>
        types is null ? null : TypeLists.GetValue(types, static t => [Types(t)])[0];

    private static IReadOnlyList<string>? Types(LabelExpression types) => types switch
    {
        LabelName n => [n.Name],
        LabelOr o when Types(o.Left) is { } l && Types(o.Right) is { } r => [.. l, .. r],
        _ => null,
    };

    private static Direction ToDirection(RelationshipDirection d) => d switch
    {
        RelationshipDirection.Outgoing => Direction.Outgoing,
        RelationshipDirection.Incoming => Direction.Incoming,
        _ => Direction.Both,
    };

    private long OtherEnd(long rel, long from) => Graph.StartNode(rel) == from ? Graph.EndNode(rel) : Graph.StartNode(rel);

    // A directed hop knows which end it arrives at: one store read instead of two.
    private long OtherEnd(long rel, long from, RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => Graph.EndNode(rel),
        RelationshipDirection.Incoming => Graph.StartNode(rel),
        _ => OtherEnd(rel, from),
    };
}
