using global::GraphQL;
using global::GraphQL.Resolvers;
using Graph.GraphQL.Curation;
using Graph.GraphQL.Translation;
using Graph.GraphQL.Translation.Mutations;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The one resolver of every field: reads the value the statement returned under the field's response key.
/// It only reshapes (cursors, pageInfo, global ids, counters); it never queries.
/// </summary>
internal sealed class GraphValueResolver : IFieldResolver
{
    public static GraphValueResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var state = (RequestState)context.UserContext[RequestState.Key]!;
        var source = context.Source as IDictionary<string, object?> ?? state.Root;
        var parent = context.ParentType.Name;
        var name = context.FieldDefinition.Name;
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;

        if (parent.EndsWith("Connection", StringComparison.Ordinal)) return new(StoredNullGuard.Filter(context, Connection(source, name)));
        if (parent.EndsWith("Edge", StringComparison.Ordinal) && name == "cursor") return new(Lookup(source, "__cursor", name));

        if (parent == "Mutation" && state.Refused is { } refused) throw RefusedInput.Report(context, refused, RefusedInput.Errors(refused));
        var value = Lookup(source, key, name);
        if (name == "info" && parent.EndsWith("Response", StringComparison.Ordinal)) value = Lookup(source, PlanWriter.InfoKey, name);
        if (value is string text && (name == "globalId" || (parent == "GraphRelationship" && name is "from" or "to")))
        {
            value = GlobalId.Encode(text);
        }
        return new(StoredNullGuard.Filter(context, value));
    }

    private static object? Lookup(IDictionary<string, object?> source, string key, string name) =>
        source.TryGetValue(key, out var value) ? value : source.TryGetValue(name, out value) ? value : null;

    private static object? Connection(IDictionary<string, object?> source, string name)
    {
        var offset = Convert.ToInt64(source.TryGetValue("offset", out var o) ? o ?? 0 : 0, System.Globalization.CultureInfo.InvariantCulture);
        var total = Convert.ToInt64(source.TryGetValue("totalCount", out var t) ? t ?? 0 : 0, System.Globalization.CultureInfo.InvariantCulture);
        var edges = (source.TryGetValue("edges", out var e) ? e as IEnumerable<object?> : null)?.ToList() ?? [];
        switch (name)
        {
            case "totalCount":
                return (int)total;
            case "aggregate":
                return source.TryGetValue("aggregate", out var aggregate) ? aggregate : null;
            case "edges":
                return edges.Select((edge, i) =>
                {
                    var copy = new Dictionary<string, object?>(edge as IDictionary<string, object?> ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
                    {
                        ["__cursor"] = PaginationTranslator.Cursor(offset + i),
                    };
                    return (object?)copy;
                }).ToList();
            case "pageInfo":
                return new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["hasNextPage"] = offset + edges.Count < total,
                    ["hasPreviousPage"] = offset > 0,
                    ["startCursor"] = edges.Count > 0 ? PaginationTranslator.Cursor(offset) : null,
                    ["endCursor"] = edges.Count > 0 ? PaginationTranslator.Cursor(offset + edges.Count - 1) : null,
                };
            default:
                return null;
        }
    }
}
