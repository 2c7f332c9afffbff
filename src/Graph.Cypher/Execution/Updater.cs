using Graph.Core.Errors;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>CREATE, MERGE, SET, REMOVE and DELETE against the writer, counting what changed.</summary>
internal sealed partial class Updater
{
    private readonly QueryContext _ctx;
    private readonly Evaluator _eval;
    private readonly PatternMatcher _matcher;

    public Updater(QueryContext ctx, Evaluator eval, PatternMatcher matcher)
    {
        _ctx = ctx;
        _eval = eval;
        _matcher = matcher;
    }

    private IGraphWriter W => _ctx.RequireWriter();

    public Row Create(Pattern pattern, Row row)
    {
        foreach (var part in pattern.Parts) row = CreatePart(part, row, merge: false);
        return row;
    }

    private Row CreatePart(PatternPart part, Row row, bool merge)
    {
        var nodeIds = new List<long>();
        foreach (var node in part.Nodes)
        {
            if (node.Variable is not null && row.TryGet(node.Variable, out var existing))
            {
                if (existing is not NodeRef n)
                {
                    var relName = part.Relationships.Count > 0 ? part.Relationships[Math.Max(0, part.Nodes.ToList().IndexOf(node) - 1)].Variable ?? "UNNAMED0" : "UNNAMED0";
                    throw existing is null
                        ? new GraphException(ErrorCodes.SemanticError, $"Failed to create relationship `{relName}`, node `{node.Variable}` is missing")
                        : CypherErrors.TypeMismatch("Node", existing);
                }
                nodeIds.Add(n.Id);
                continue;
            }
            var labels = DynamicPatterns.LabelsToCreate(node.Labels, row, _eval);
            var props = Properties(node.Properties, row, merge, p => $"(:{string.Join(":", labels)} {p})", "node");
            var id = W.CreateNode(labels, props);
            _ctx.Counters.NodesCreated++;
            _ctx.Counters.LabelsAdded += labels.Distinct().Count();
            _ctx.Counters.PropertiesSet += props.Count;
            nodeIds.Add(id);
            if (node.Variable is not null) row = row.With(node.Variable, new NodeRef(id));
        }
        var relIds = new List<long>();
        for (var i = 0; i < part.Relationships.Count; i++)
        {
            var rel = part.Relationships[i];
            var type = rel.Types is DynamicLabelExpression dynamic ? DynamicPatterns.TypeToCreate(dynamic, row, _eval) : RequiredLabels.Of(rel.Types).FirstOrDefault()
                ?? throw new GraphException(ErrorCodes.SyntaxError, "Exactly one relationship type must be specified for CREATE.", ErrorPhase.Compile);
            var props = Properties(rel.Properties, row, merge, p => RelationshipText(part, i, type, p), "relationship");
            var (start, end) = rel.Direction == RelationshipDirection.Incoming ? (nodeIds[i + 1], nodeIds[i]) : (nodeIds[i], nodeIds[i + 1]);
            var id = W.CreateRelationship(start, end, type, props);
            _ctx.Counters.RelationshipsCreated++;
            _ctx.Counters.PropertiesSet += props.Count;
            relIds.Add(id);
            if (rel.Variable is not null) row = row.With(rel.Variable, new RelRef(id));
        }
        if (part.PathVariable is not null)
        {
            row = row.With(part.PathVariable, new PathValue(nodeIds.Select(n => new NodeRef(n)).ToList(), relIds.Select(r => new RelRef(r)).ToList()));
        }
        return row;
    }

    /// <summary>Evaluated inline properties; CREATE drops nulls, MERGE refuses them (Neo4j cannot match on null).</summary>
    /// <summary>A relationship of a pattern as Neo4j's MERGE error prints it: <c>(a)-[:T {k: null}]->(b)</c>.</summary>
    private static string RelationshipText(PatternPart part, int i, string type, string properties)
    {
        var (left, right) = part.Relationships[i].Direction == RelationshipDirection.Incoming ? ("<-", "-") : ("-", "->");
        return $"({part.Nodes[i].Variable}){left}[:{type} {properties}]{right}({part.Nodes[i + 1].Variable})";
    }

    private IReadOnlyDictionary<string, object?> Properties(Expression? expression, Row row, bool merge, Func<string, string> describe, string entity)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (expression is null) return result;
        var value = _eval.Evaluate(expression, row);
        if (value is not IReadOnlyDictionary<string, object?> map) throw CypherErrors.TypeMismatch("Map", value);
        foreach (var (k, v) in map)
        {
            if (v is null)
            {
                if (merge)
                {
                    throw new GraphException(
                        ErrorCodes.SemanticError,
                        $"Cannot merge the following {entity} because of null property value for '{k}': {describe($"{{{k}: null}}")}");
                }
                continue;
            }
            result[k] = StorableValue(v);
        }
        return result;
    }

    /// <summary>Property values are primitives, temporals or homogeneous lists of those (Neo4j rejects maps, nodes, nulls in lists).</summary>
    private static object? StorableValue(object? value)
    {
        switch (value)
        {
            case null or bool or long or double or string: return value;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    if (item is null or IReadOnlyList<object?> or IReadOnlyDictionary<string, object?> or NodeRef or RelRef or PathValue)
                    {
                        throw CypherErrors.Type("Property values can only be of primitive types or arrays thereof");
                    }
                }
                // A stored list is an array of one type: ['a', 1] has no array type to become.
                if (list.Select(StorageKind).Distinct().Skip(1).Any())
                {
                    throw CypherErrors.Type("Neo4j only supports a subset of Cypher types for storage as singleton or array properties. Please refer to section cypher/syntax/values of the manual for more details.");
                }
                return list;
            case IReadOnlyDictionary<string, object?> or NodeRef or RelRef or PathValue:
                throw CypherErrors.Type("Property values can only be of primitive types or arrays thereof");
            default:
                return value;
        }
    }

    // Integers and floats share the numeric kind; every other storable type is its own kind.
    private static Type? StorageKind(object? item) => item is long or double ? typeof(double) : item?.GetType();

    public IEnumerable<Row> Merge(MergeClause merge, Row row)
    {
        var matches = _matcher.MatchPart(merge.Part, row).ToList();
        if (matches.Count > 0)
        {
            foreach (var m in matches) yield return merge.OnMatch.Count > 0 ? Set(merge.OnMatch, m) : m;
            yield break;
        }
        var created = CreatePart(merge.Part, row, merge: true);
        yield return merge.OnCreate.Count > 0 ? Set(merge.OnCreate, created) : created;
    }
}
