using global::GraphQL.Execution;
using GraphQLParser.AST;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Reads the validated operation into the query tree the translators work on: fragments flattened (fields keep
/// their type condition), arguments taken from GraphQL.NET's coerced argument values (variables already applied).
/// </summary>
internal static class RequestReader
{
    public static IReadOnlyList<FieldRequest> Read(IExecutionContext context) =>
        Selections(context, context.Operation.SelectionSet, null, 0);

    private static List<FieldRequest> Selections(IExecutionContext context, GraphQLSelectionSet? set, string? typeCondition, int fragmentDepth)
    {
        var fields = new List<FieldRequest>();
        if (set is null || fragmentDepth > 64) return fields;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add(Field(context, field, typeCondition));
                    break;
                case GraphQLInlineFragment inline:
                    fields.AddRange(Selections(context, inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? typeCondition, fragmentDepth + 1));
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (definition is not null)
                    {
                        fields.AddRange(Selections(context, definition.SelectionSet, definition.TypeCondition.Type.Name.StringValue, fragmentDepth + 1));
                    }
                    break;
            }
        }
        return fields;
    }

    private static FieldRequest Field(IExecutionContext context, GraphQLField field, string? typeCondition)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (context.ArgumentValues is { } all && all.TryGetValue(field, out var values))
        {
            foreach (var (name, value) in values)
            {
                if (value.Source != ArgumentSource.FieldDefault || value.Value is not null) arguments[name] = value.Value;
            }
        }
        var (line, column) = Position(context.Document, field.Location.Start);
        return new FieldRequest(
            field.Alias?.Name.StringValue ?? field.Name.StringValue,
            field.Name.StringValue,
            arguments,
            Selections(context, field.SelectionSet, null, 0),
            typeCondition,
            line,
            column);
    }

    private static (int Line, int Column) Position(GraphQLDocument document, int offset)
    {
        var source = document.Source.Span;
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return (line, column);
    }
}
