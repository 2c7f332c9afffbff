using global::GraphQL;
using global::GraphQL.Types;
using GraphQLParser.AST;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Keeps a list answer correct whatever is stored. Data can reach the graph without the GraphQL layer (Cypher,
/// Neo4j tools), so an entity may lack a value the schema declares non-null (<c>name: String!</c>). GraphQL would
/// null that item, then — items being non-null — the whole list, then its parent up to <c>data</c>: one broken node
/// would blank <c>{ topics { id name } }</c> for every caller. Making the fields nullable instead would give up the
/// model's contract (every entity has an id and a name) for all clients. So a list leaves out each item that would
/// break and reports it in one STORED_VALUE_MISSING error naming the item and the field; the others are returned.
/// </summary>
internal static class StoredNullGuard
{
    public const string Code = "STORED_VALUE_MISSING";

    public static object? Filter(IResolveFieldContext context, object? value)
    {
        if (value is not List<object?> items || ItemType(context.FieldDefinition.ResolvedType) is not { } itemType) return value;
        List<object?>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            var missing = Missing(context, items[i], itemType, context.FieldAst.SelectionSet);
            if (missing is null)
            {
                kept?.Add(items[i]);
                continue;
            }
            kept ??= items.Take(i).ToList();
            var error = new ExecutionError(
                $"{Describe(items[i], itemType)} has no stored value for the non-null field '{missing}'; it is left out of this list. Repair the stored data.")
            {
                Code = Code,
                Path = [.. context.ResponsePath, i],
            };
            context.Errors.Add(error);
        }
        return kept ?? value;
    }

    /// <summary>The item type of a list whose items are non-null objects (or interfaces); null for anything else.</summary>
    private static IGraphType? ItemType(IGraphType? type)
    {
        if (type is NonNullGraphType outer) type = outer.ResolvedType;
        if (type is not ListGraphType list || list.ResolvedType is not NonNullGraphType item) return null;
        return item.ResolvedType is IComplexGraphType ? item.ResolvedType : null;
    }

    /// <summary>A selected non-null field to check: where its value sits in the item and what to check inside it.</summary>
    private sealed record Required(string Key, string Name, IComplexGraphType? Inner, GraphQLSelectionSet? Selections);

    /// <summary>The first selected non-null field the item lacks, following non-null object fields; null if none.</summary>
    private static string? Missing(IResolveFieldContext context, object? item, IGraphType type, GraphQLSelectionSet? selections)
    {
        if (item is not IDictionary<string, object?> map) return "(the item itself)";
        if (Concrete(context, map, type) is not { } objectType || selections is null) return null;
        foreach (var required in Plan(context, objectType, selections))
        {
            var value = map.TryGetValue(required.Key, out var v) ? v : map.TryGetValue(required.Name, out v) ? v : null;
            if (value is null) return required.Name;
            if (required.Inner is { } inner && Missing(context, value, inner, required.Selections) is { } deeper) return required.Name + "." + deeper;
        }
        return null;
    }

    /// <summary>The checks for one selection on one type, worked out once per request (lists repeat them per item).</summary>
    private static Required[] Plan(IResolveFieldContext context, IObjectGraphType objectType, GraphQLSelectionSet selections)
    {
        var cache = ((RequestState)context.UserContext[RequestState.Key]!).RequiredFields;
        return (Required[])cache.GetOrAdd((selections, objectType.Name), _ =>
        {
            // Connections derive their fields (cursors, counts, pageInfo) from what is there; nothing stored is required.
            if (objectType.Name.EndsWith("Connection", StringComparison.Ordinal)) return Array.Empty<Required>();
            var checks = new List<Required>();
            foreach (var field in Fields(context, selections, objectType.Name))
            {
                var name = field.Name.StringValue;
                if (name.StartsWith("__", StringComparison.Ordinal) || name == "cursor") continue;
                if (objectType.GetField(name)?.ResolvedType is not NonNullGraphType required) continue;
                checks.Add(new Required(field.Alias?.Name.StringValue ?? name, name, required.ResolvedType as IComplexGraphType, field.SelectionSet));
            }
            return checks.ToArray();
        });
    }

    private static IObjectGraphType? Concrete(IResolveFieldContext context, IDictionary<string, object?> map, IGraphType type) =>
        type as IObjectGraphType
        ?? (map.TryGetValue(ProjectionTranslator.TypeNameKey, out var name) && name is string label ? context.Schema.AllTypes[label] as IObjectGraphType : null);

    /// <summary>The fields selected on <paramref name="typeName"/>, fragments flattened.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet set, string typeName, int depth = 0)
    {
        if (depth > 32) yield break;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline when Applies(context, inline.TypeCondition?.Type.Name.StringValue, typeName):
                    foreach (var f in Fields(context, inline.SelectionSet, typeName, depth + 1)) yield return f;
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (definition is not null && Applies(context, definition.TypeCondition.Type.Name.StringValue, typeName))
                    {
                        foreach (var f in Fields(context, definition.SelectionSet, typeName, depth + 1)) yield return f;
                    }
                    break;
            }
        }
    }

    private static bool Applies(IResolveFieldContext context, string? condition, string typeName) =>
        condition is null || condition == typeName
        || (context.Schema.AllTypes[typeName] is IObjectGraphType o && o.ResolvedInterfaces.Any(i => i.Name == condition));

    private static string Describe(object? item, IGraphType type)
    {
        var map = item as IDictionary<string, object?>;
        var label = map?.TryGetValue(ProjectionTranslator.TypeNameKey, out var t) == true && t is string s ? s : type.Name;
        if (map is not null && (map.TryGetValue("node", out var node) && node is IDictionary<string, object?> inner)) map = inner;
        return map?.TryGetValue("id", out var id) == true && id is string text ? $"{label} '{text}'" : $"A {label}";
    }
}
