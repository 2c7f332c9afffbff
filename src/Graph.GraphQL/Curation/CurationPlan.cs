namespace Graph.GraphQL.Curation;

/// <summary>A node to create, or the properties to set on one (a null value removes an optional property).</summary>
internal sealed record NodeWrite(NodeRef Node, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// A relationship to create, or the edge properties to set on one. <see cref="Path"/> is the input object the
/// properties came from (for errors); <see cref="Result"/> is what the edge will hold afterwards, which the
/// provenance rule checks.
/// </summary>
internal sealed record EdgeWrite(EdgeRef Edge, IReadOnlyDictionary<string, object?> Properties, string Path, IReadOnlyDictionary<string, object?> Result);

/// <summary>
/// Everything one root mutation field will change, resolved to concrete nodes and relationships by the validation
/// reads, so the write statement only works on ids. Nothing is written while <see cref="Problems"/> is not empty.
/// </summary>
internal sealed class CurationPlan
{
    public List<NodeWrite> NodeCreates { get; } = [];

    public List<NodeWrite> NodeUpdates { get; } = [];

    public List<NodeRef> NodeDeletes { get; } = [];

    public List<EdgeWrite> EdgeCreates { get; } = [];

    public List<EdgeWrite> EdgeUpdates { get; } = [];

    public List<EdgeRef> EdgeDeletes { get; } = [];

    /// <summary>The nodes the response lists (created or updated at the root).</summary>
    public List<NodeRef> Results { get; } = [];

    public List<InputProblem> Problems { get; } = [];

    public void Problem(string field, string message)
    {
        var problem = new InputProblem(field, message);
        if (!Problems.Contains(problem)) Problems.Add(problem);
    }

    /// <summary>Every node the change reads or writes, as "Label:id", sorted: the audit record's ids.</summary>
    public IReadOnlyList<string> Touched() =>
        NodeCreates.Select(n => n.Node).Concat(NodeUpdates.Select(n => n.Node)).Concat(NodeDeletes)
            .Concat(Edges().SelectMany(e => new[] { e.From, e.To }))
            .Select(n => n.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every relationship created, changed or removed.</summary>
    public IEnumerable<EdgeRef> Edges() =>
        EdgeCreates.Select(e => e.Edge).Concat(EdgeUpdates.Select(e => e.Edge)).Concat(EdgeDeletes).Distinct();
}
