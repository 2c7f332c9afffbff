using Graph.Cypher.Planning.Cost;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Syntax.Analysis;
using AggregateCalls = Graph.Cypher.Semantics.AggregateCalls;

namespace Graph.Cypher.Planning;

/// <summary>MATCH: the pattern as a graph, each connected component planned from its cheapest start, components joined.</summary>
internal sealed partial class QueryPlanner
{
    private LogicalPlan PlanMatch(LogicalPlan input, Scope outer, MatchClause m, out Scope after)
    {
        var graph = BuildGraph(m, outer);
        var argument = outer.Variables.Values.Distinct().ToList();
        var applied = new bool[graph.Predicates.Count];
        var components = Components(graph)
            .Select(c => PlanComponent(c, graph, argument, applied))
            .ToList();
        var plan = Join(components, graph, argument, applied);
        // Named paths are built once the whole pattern is bound; predicates on them filter after.
        foreach (var shortest in graph.Shortest) plan = shortest(plan);
        foreach (var (path, nodes, steps) in graph.Paths) plan = new ProjectPathPlan(plan, path, nodes, steps, plan.Estimate);
        var rest = Unapplied(graph, applied, _ => true);
        if (rest.Count > 0) plan = Filtered(plan, rest);
        plan = PlanConjuncts(plan, graph.Scope, graph.Subqueries);
        after = graph.Scope;
        if (m.Optional)
        {
            plan = new OptionalPlan(plan, Math.Max(1, plan.Estimate));
            _nullable.UnionWith(after.Variables.Values.Where(s => outer.Find(s.Name) != s));
        }
        // The first clause reads from the argument row (the statement's empty one, or a subquery's): every leaf
        // of the match plan copies it, so the match plan is the whole plan.
        if (input is ArgumentPlan) return plan;
        return new ApplyPlan(input, plan, input.Estimate * plan.Estimate);
    }

    private MatchGraph BuildGraph(MatchClause m, Scope outer)
    {
        var graph = new MatchGraph { Scope = outer };
        var byName = new Dictionary<string, MatchNode>(StringComparer.Ordinal);
        var deferred = new List<(Expression Predicate, bool Where)>();
        var order = 0;
        var searched = m.Pattern.Parts.Where(p => IsSearched(p, m.Where)).ToList();
        // Two searched parts would have to keep their relationships apart from each other: the interpreter does.
        if (searched.Count > 1) throw new PlanningFallbackException(FallbackReason.QuantifiedPath);
        foreach (var part in m.Pattern.Parts)
        {
            if (searched.Contains(part)) continue;
            // Without a selector, a parenthesized pattern's WHERE is one more predicate of the MATCH.
            if (part.InnerWhere is not null) deferred.Add((part.InnerWhere, true));
            var nodes = part.Nodes.Select(n => Node(n, graph, byName, deferred, ref order)).ToList();
            if (part.Selector != PathSelector.All)
            {
                Shortest(graph, part, nodes, m.Pattern.Parts.Count);
                continue;
            }
            var steps = new List<PathStep>();
            for (var i = 0; i < part.Relationships.Count; i++)
            {
                var rel = part.Relationships[i];
                var earlier = rel.Variable is null ? null : outer.Find(rel.Variable);
                // A relationship list bound earlier and walked again: the interpreter checks the walk.
                if (earlier is not null && rel.Length is not null) throw new PlanningFallbackException(FallbackReason.RepeatedRelationshipVariable);
                var kind = rel.Length is null ? SymbolKind.Relationship : SymbolKind.Value;
                var symbol = earlier ?? (rel.Variable is null ? NewHidden("anon_", kind) : NewSymbol(rel.Variable, kind));
                graph.Scope = graph.Scope.With(symbol.Name, symbol);
                var types = rel.Types is null ? null : StatementShape.TypeNames(rel.Types);
                // A general type expression reads every relationship of the hop and tests its type.
                if (rel.Types is not null && types is null) graph.Predicates.Add(LabelTest(symbol, rel.Types, outer) ?? (Predicate)new RelationshipTypePredicate(symbol, rel.Types));
                var each = rel.Length is null ? null : EachRelationship(rel, outer);
                graph.Relationships.Add(new MatchRelationship(symbol, nodes[i], nodes[i + 1], rel.Direction, types, order++, rel.Length) { Each = each, Bound = earlier is not null });
                steps.Add(new PathStep(symbol, rel.Length is not null, rel.Direction));
                if (each is not null) continue;
                Inline(rel.Properties, symbol, deferred);
                if (rel.Where is not null) deferred.Add((rel.Where, true));
            }
            if (part.PathVariable is { } name) Path(graph, name, nodes, steps);
        }
        // After the other parts, so the search sees every node and relationship they bind.
        foreach (var part in searched) SearchedPart(graph, m, part, byName, deferred, ref order);
        foreach (var conjunct in FreeVariables.Conjuncts(m.Where)) deferred.Add((conjunct, true));
        foreach (var (predicate, _) in deferred)
        {
            // Pattern expressions need the whole pattern bound: an Apply above the match computes them.
            if (Subqueries.Contain(predicate))
            {
                graph.Subqueries.Add(predicate);
                continue;
            }
            graph.Predicates.Add(new ExpressionPredicate(new BoundExpression(predicate, graph.Scope), Reads(predicate, graph.Scope)));
        }
        // shortestPath() planned as ShortestPath cannot apply a WHERE during its search; a GQL selector's WHERE filters after it.
        if (m.Pattern.Parts.Any(p => p is { Selector: not PathSelector.All, GqlSelector: false } && !searched.Contains(p))) CheckShortestPredicates(graph);
        // Relationship uniqueness: two relationship patterns of one MATCH never bind the same relationship.
        for (var i = 0; i < graph.Relationships.Count; i++)
        {
            for (var j = i + 1; j < graph.Relationships.Count; j++)
            {
                var (a, b) = (graph.Relationships[i], graph.Relationships[j]);
                if (a.Types is not null && b.Types is not null && !a.Types.Intersect(b.Types).Any()) continue;
                graph.Predicates.Add(Distinct(a, b));
            }
        }
        return graph;
    }

    private MatchNode Node(NodePattern n, MatchGraph graph, Dictionary<string, MatchNode> byName, List<(Expression, bool)> deferred, ref int order)
    {
        MatchNode node;
        if (n.Variable is not null && byName.TryGetValue(n.Variable, out var seen))
        {
            node = seen;
        }
        else if (n.Variable is not null && graph.Scope.Find(n.Variable) is { } bound)
        {
            if (bound.Kind == SymbolKind.Relationship) throw new PlanningFallbackException(FallbackReason.BoundVariableNotANode);
            node = new MatchNode(bound, bound: true, order++);
            byName[n.Variable] = node;
            graph.Nodes.Add(node);
            // A value (UNWIND nodes AS n, a list element) matches only when it holds a node, as in the interpreter.
            if (_nullable.Contains(bound) || bound.Kind == SymbolKind.Value) graph.Predicates.Add(new BoundNodePredicate(bound));
        }
        else
        {
            var symbol = n.Variable is null ? NewHidden("anon_", SymbolKind.Node) : NewSymbol(n.Variable, SymbolKind.Node);
            node = new MatchNode(symbol, bound: false, order++);
            if (n.Variable is not null) byName[n.Variable] = node;
            graph.Scope = graph.Scope.With(symbol.Name, symbol);
            graph.Nodes.Add(node);
        }
        if (n.Labels is not null)
        {
            var required = Conjunctive(n.Labels);
            var plain = LabelNames(n.Labels);
            node.Labels.AddRange(required.Where(l => !node.Labels.Contains(l)));
            var selectivity = required.Count == 0 ? 0.5 : _stats.NodesWith(required) / _stats.NodeCount;
            if (LabelTest(node.Symbol, n.Labels, graph.Scope) is { } dynamic)
            {
                if (required.Count > 0) graph.Predicates.Add(new LabelPredicate(node.Symbol, required, null, selectivity));
                graph.Predicates.Add(dynamic);
            }
            else
            {
                graph.Predicates.Add(new LabelPredicate(node.Symbol, required, plain ? null : n.Labels, selectivity));
            }
        }
        if (n.Properties is MapLiteral map)
        {
            foreach (var (key, value) in LastPerKey(map)) node.Equalities.Add((key, value));
        }
        Inline(n.Properties, node.Symbol, deferred);
        if (n.Where is not null) deferred.Add((n.Where, true));
        return node;
    }

    /// <summary>
    /// The test of labels or types with $(expr) terms, or null when there are none. The terms may read variables of
    /// earlier clauses only (Neo4j evaluates them before matching the pattern).
    /// </summary>
    private static DynamicLabelPredicate? LabelTest(Symbol element, LabelExpression labels, Scope scope)
    {
        var terms = DynamicLabelTerms.Of(labels).ToList();
        if (terms.Count == 0) return null;
        var reads = new HashSet<Symbol> { element };
        foreach (var term in terms) reads.UnionWith(Reads(term.Expression, scope) ?? []);
        return new DynamicLabelPredicate(element, labels, scope, reads);
    }

    /// <summary>Labels every match must carry: the conjunctive part of a label expression.</summary>
    private static List<string> Conjunctive(LabelExpression e) => e switch
    {
        LabelName n => [n.Name],
        LabelAnd a => [.. Conjunctive(a.Left), .. Conjunctive(a.Right)],
        _ => [],
    };

    private static bool LabelNames(LabelExpression e) => e switch
    {
        LabelName => true,
        LabelAnd a => LabelNames(a.Left) && LabelNames(a.Right),
        _ => false,
    };

    /// <summary>{key: value}: an equality on the element's property, the last value when a key is written twice (as the map keeps it).</summary>
    private static void Inline(Expression? properties, Symbol element, List<(Expression, bool)> deferred)
    {
        if (properties is not MapLiteral map) return;
        foreach (var (key, value) in LastPerKey(map))
        {
            var subject = new Variable(value.Position, element.Name);
            deferred.Add((new BinaryExpression(value.Position, BinaryOperator.Equal, new PropertyAccess(value.Position, subject, key), value), false));
        }
    }

    private static IEnumerable<(string Key, Expression Value)> LastPerKey(MapLiteral map) =>
        map.Entries.Select((e, i) => (e, i)).Where(x => !map.Entries.Skip(x.i + 1).Any(later => later.Key == x.e.Key)).Select(x => (x.e.Key, x.e.Value));

    /// <summary>Connected parts of the pattern graph (nodes joined by relationships), in pattern order.</summary>
    private static List<List<MatchNode>> Components(MatchGraph graph)
    {
        var component = graph.Nodes.ToDictionary(n => n, n => n.Order);
        bool changed;
        do
        {
            changed = false;
            foreach (var r in graph.Relationships)
            {
                var low = Math.Min(component[r.Left], component[r.Right]);
                if (component[r.Left] != low || component[r.Right] != low)
                {
                    foreach (var n in graph.Nodes.Where(n => component[n] == component[r.Left] || component[n] == component[r.Right]).ToList()) component[n] = low;
                    changed = true;
                }
            }
        } while (changed);
        return graph.Nodes.GroupBy(n => component[n]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    /// <summary>A component's plan and the symbols it binds.</summary>
    private sealed record ComponentPlan(LogicalPlan Plan, HashSet<Symbol> Bound, bool[] Applied);

    /// <summary>
    /// The cheaper of one expand chain and a NodeHashJoin of two chains (see QueryPlanner.JoinOrder).
    /// <paramref name="applied"/> is updated with the chosen plan's predicates.
    /// </summary>
    private ComponentPlan PlanComponent(List<MatchNode> nodes, MatchGraph graph, List<Symbol> argument, bool[] applied)
    {
        var rels = graph.Relationships.Where(r => nodes.Contains(r.Left)).ToList();
        var chain = PlanChain(nodes, rels, graph, argument, (bool[])applied.Clone());
        var best = HashJoined(nodes, rels, graph, argument, applied) is { } join && CostModel.Of(join.Plan) < CostModel.Of(chain.Plan) ? join : chain;
        Array.Copy(best.Applied, applied, applied.Length);
        return best;
    }

    /// <summary>
    /// Tries every start node (a bound one wins outright), expands greedily from it along <paramref name="rels"/>,
    /// and keeps the cheapest plan by the cost model.
    /// </summary>
    private ComponentPlan PlanChain(List<MatchNode> nodes, List<MatchRelationship> rels, MatchGraph graph, List<Symbol> argument, bool[] applied)
    {
        var bound = nodes.Where(n => n.Bound).ToList();
        // A relationship bound earlier anchors the component as a bound node does: its ends are projected first.
        if (bound.Count == 0 && rels.Any(r => r.Bound)) return PlanFrom(null, nodes, rels, graph, argument, applied);
        var starts = bound.Count > 0 ? [bound[0]] : nodes;
        ComponentPlan? best = null;
        var bestCost = double.MaxValue;
        foreach (var start in starts)
        {
            var candidate = PlanFrom(start, nodes, rels, graph, argument, (bool[])applied.Clone());
            var cost = CostModel.Of(candidate.Plan);
            if (cost < bestCost)
            {
                best = candidate;
                bestCost = cost;
            }
        }
        return best!;
    }

    /// <param name="start">The node to start from; null to start from the argument (a bound relationship projects its ends first).</param>
    private ComponentPlan PlanFrom(MatchNode? start, List<MatchNode> nodes, List<MatchRelationship> rels, MatchGraph graph, List<Symbol> argument, bool[] applied)
    {
        var bound = new HashSet<Symbol>(argument);
        var covered = new HashSet<MatchNode>(nodes.Where(n => n.Bound));
        LogicalPlan plan = start is null || start.Bound ? new ArgumentPlan(argument, 1) : Leaf(start, graph, bound);
        if (start is not null)
        {
            covered.Add(start);
            bound.Add(start.Symbol);
        }
        plan = Push(plan, graph, bound, applied, scanned: plan switch
        {
            NodeByLabelScanPlan scan => scan.Label,
            NodeIndexSeekPlan seek => seek.Label,
            _ => null,
        });
        var done = new HashSet<MatchRelationship>();
        while (done.Count < rels.Count)
        {
            ExpandPlan? next = null;
            MatchRelationship? chosen = null;
            // A bound relationship only narrows (at most two rows per row): its ends are projected before any expansion.
            if (rels.FirstOrDefault(r => r.Bound && !done.Contains(r)) is { } projected)
            {
                var ends = new ProjectEndpointsPlan(plan, projected.Symbol, projected.Left.Symbol, projected.Right.Symbol, projected.Direction, projected.Types,
                    covered.Contains(projected.Left), covered.Contains(projected.Right), plan.Estimate);
                done.Add(projected);
                covered.Add(projected.Left);
                covered.Add(projected.Right);
                bound.Add(projected.Left.Symbol);
                bound.Add(projected.Right.Symbol);
                plan = Push(ends, graph, bound, applied);
                continue;
            }
            foreach (var r in rels)
            {
                if (done.Contains(r)) continue;
                var fromLeft = covered.Contains(r.Left);
                if (!fromLeft && !covered.Contains(r.Right)) continue;
                var candidate = Expand(plan, r, fromLeft, covered);
                // Into first (it only narrows), then the hop expected to produce fewest rows; ties keep pattern order.
                if (next is null || (candidate.Into && !next.Into) || (candidate.Into == next.Into && candidate.Estimate < next.Estimate))
                {
                    next = candidate;
                    chosen = r;
                }
            }
            done.Add(chosen!);
            covered.Add(chosen!.Left);
            covered.Add(chosen.Right);
            bound.Add(chosen.Symbol);
            bound.Add(chosen.Left.Symbol);
            bound.Add(chosen.Right.Symbol);
            plan = Push(next!, graph, bound, applied, next!.Into ? null : next.To);
        }
        return new ComponentPlan(plan, bound, applied);
    }

    private ExpandPlan Expand(LogicalPlan input, MatchRelationship r, bool fromLeft, HashSet<MatchNode> covered)
    {
        var (from, to) = fromLeft ? (r.Left, r.Right) : (r.Right, r.Left);
        var direction = r.Direction switch
        {
            RelationshipDirection.Outgoing => fromLeft ? Direction.Outgoing : Direction.Incoming,
            RelationshipDirection.Incoming => fromLeft ? Direction.Incoming : Direction.Outgoing,
            _ => Direction.Both,
        };
        var into = covered.Contains(to);
        if (r.Length is not null) return VarLengthExpand(input, r, from, to, direction, into, reversed: !fromLeft);
        var fromLabels = from.Bound ? [] : from.Labels;
        var fanOut = _stats.FanOut(fromLabels, r.Types, direction, into ? to.Labels : []);
        var rows = input.Estimate * fanOut;
        if (into) rows /= Math.Max(1, _stats.NodesWith(to.Labels));
        return new ExpandPlan(input, from.Symbol, r.Symbol, to.Symbol, direction, r.Types, into, rows);
    }

    /// <summary>How an unbound start node is found: the cheapest index seek, else its smallest label, else every node.</summary>
    private LogicalPlan Leaf(MatchNode node, MatchGraph graph, HashSet<Symbol> argument)
    {
        if (node.Labels.Count == 0) return new AllNodesScanPlan(node.Symbol, _stats.NodeCount);
        NodeIndexSeekPlan? best = null;
        foreach (var label in node.Labels)
        {
            foreach (var (key, values) in SeekValues(node, graph, argument))
            {
                if (_stats.RangeIndex(label, key) is not { } index) continue;
                var seek = Seek(node.Symbol, label, key, index, values);
                if (seek is not null && (best is null || seek.Estimate < best.Estimate)) best = seek;
            }
        }
        if (best is not null) return best;
        var smallest = node.Labels.MinBy(_stats.LabelCount)!;
        return new NodeByLabelScanPlan(node.Symbol, smallest, _stats.LabelCount(smallest));
    }

    /// <summary>
    /// The node's index-usable predicates by property: n.key op value where value reads nothing the pattern
    /// binds (a literal, a parameter, date($p), or a variable of an earlier clause), from its inline map and
    /// the WHERE's conjuncts.
    /// </summary>
    private static IEnumerable<(string Key, List<SeekValue> Values)> SeekValues(MatchNode node, MatchGraph graph, HashSet<Symbol> argument)
    {
        var found = new List<(string Key, SeekValue Value)>();
        foreach (var p in graph.Predicates)
        {
            if (p is not ExpressionPredicate { Expression.Syntax: BinaryExpression b }) continue;
            if (b.Left is PropertyAccess { Subject: Variable v } left && v.Name == node.Symbol.Name && Constant(b.Right, graph.Scope, argument) && SeekHints.Forward(b.Operator) is { } op)
            {
                found.Add((left.Key, new SeekValue(op, new BoundExpression(b.Right, graph.Scope), p)));
            }
            else if (b.Right is PropertyAccess { Subject: Variable rv } right && rv.Name == node.Symbol.Name && Constant(b.Left, graph.Scope, argument) && SeekHints.Mirrored(b.Operator) is { } mop)
            {
                found.Add((right.Key, new SeekValue(mop, new BoundExpression(b.Left, graph.Scope), p)));
            }
        }
        return found.GroupBy(f => f.Key).Select(g => (g.Key, g.Select(x => x.Value).ToList()));
    }

    /// <summary>Known before the node is looked for: reads only the argument row and calls nothing random.</summary>
    private static bool Constant(Expression e, Scope scope, HashSet<Symbol> argument)
    {
        var names = FreeVariables.Of(e);
        if (names is null || AggregateCalls.Contains(e) || Random(e)) return false;
        return names.All(n => scope.Find(n) is { } s && argument.Contains(s));
    }

    // date() and friends read the statement's clock, fixed for the statement; only these differ per call.
    private static bool Random(Expression e) =>
        (e is FunctionCall f && (f.Name.Equals("rand", StringComparison.OrdinalIgnoreCase) || f.Name.Equals("randomUUID", StringComparison.OrdinalIgnoreCase)))
        || ExpressionChildren.Of(e).Any(Random);

    private NodeIndexSeekPlan? Seek(Symbol node, string label, string key, IndexDefinition index, List<SeekValue> values)
    {
        var unique = index.OwningConstraint is not null;
        var count = _stats.IndexSize(index);
        if (values.FirstOrDefault(v => v.Predicate == SeekPredicate.Equal) is { } equal)
        {
            return new(node, label, key, SeekKind.Equal, unique, [equal], CardinalityModel.Seek(SeekKind.Equal, unique, count, 1, false));
        }
        if (values.FirstOrDefault(v => v.Predicate == SeekPredicate.In) is { } inList)
        {
            var items = inList.Value.Syntax is ListLiteral l ? l.Items.Count : 3;
            return new(node, label, key, SeekKind.In, unique, [inList], CardinalityModel.Seek(SeekKind.In, unique, count, items, false));
        }
        if (values.FirstOrDefault(v => v.Predicate == SeekPredicate.StartsWith) is { } prefix)
        {
            return new(node, label, key, SeekKind.Prefix, unique, [prefix], CardinalityModel.Seek(SeekKind.Prefix, unique, count, 1, false));
        }
        var bounds = values.Where(v => v.Predicate is SeekPredicate.Greater or SeekPredicate.GreaterOrEqual or SeekPredicate.Less or SeekPredicate.LessOrEqual).ToList();
        if (bounds.Count == 0) return null;
        var both = bounds.Any(b => b.IsLowerBound) && bounds.Any(b => !b.IsLowerBound);
        return new(node, label, key, SeekKind.Range, unique, bounds, CardinalityModel.Seek(SeekKind.Range, unique, count, 1, both));
    }

    /// <summary>
    /// A Filter of every predicate not yet applied whose symbols are all bound now. A label test on the node an
    /// expand just reached is as selective as the statistics say that hop is.
    /// </summary>
    /// <param name="scanned">The label the leaf found its node by: not tested again.</param>
    private LogicalPlan Push(LogicalPlan plan, MatchGraph graph, HashSet<Symbol> bound, bool[] applied, Symbol? reached = null, string? scanned = null)
    {
        var ready = new List<Predicate>();
        for (var i = 0; i < graph.Predicates.Count; i++)
        {
            var p = graph.Predicates[i];
            if (applied[i] || p.Reads is null || !p.Reads.IsSubsetOf(bound)) continue;
            applied[i] = true;
            if (plan is NodeIndexSeekPlan seek && seek.Values.Any(v => ReferenceEquals(v.Source, p))) continue;
            if (scanned is not null && p is LabelPredicate { General: null } found && found.Labels.Contains(scanned))
            {
                var rest = found.Labels.Where(l => l != scanned).ToList();
                if (rest.Count > 0) ready.Add(found with { Labels = rest });
                continue;
            }
            ready.Add(p is LabelPredicate label && plan is ExpandPlan e && label.Node == reached ? Reached(label, e) : p);
        }
        return ready.Count == 0 ? plan : Filtered(plan, ready);
    }

    private LabelPredicate Reached(LabelPredicate label, ExpandPlan e)
    {
        var all = _stats.FanOut([], e.Types, e.Direction, []);
        var labelled = _stats.FanOut([], e.Types, e.Direction, label.Labels);
        return label with { LabelSelectivity = all == 0 ? 1 : Math.Min(1, labelled / all) };
    }

    private static FilterPlan Filtered(LogicalPlan plan, IReadOnlyList<Predicate> predicates)
    {
        var selectivity = predicates.Aggregate(1.0, (s, p) => s * p.Selectivity);
        return new FilterPlan(plan, predicates, plan.Estimate * selectivity);
    }

    private static List<Predicate> Unapplied(MatchGraph graph, bool[] applied, Func<Predicate, bool> ready)
    {
        var rest = new List<Predicate>();
        for (var i = 0; i < graph.Predicates.Count; i++)
        {
            if (applied[i] || !ready(graph.Predicates[i])) continue;
            applied[i] = true;
            rest.Add(graph.Predicates[i]);
        }
        return rest;
    }
}
