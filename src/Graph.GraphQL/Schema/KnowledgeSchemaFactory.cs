using global::GraphQL.Types;
using Graph.Core.Model;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Vocabulary;

namespace Graph.GraphQL.Schema;

/// <summary>
/// Builds the executable schema from the generated SDL. Interfaces resolve through the <c>__typename</c> every
/// projection carries; every field reads the statement's result through <see cref="GraphValueResolver"/>.
/// </summary>
internal static class KnowledgeSchemaFactory
{
    public static ISchema Create(KnowledgeModel model, string sdl)
    {
        ISchema? built = null;
        IObjectGraphType ByTypeName(object value, Func<string, string> typeName) =>
            value is IDictionary<string, object?> map && map.TryGetValue(EntityInterfaces.TypeNameKey, out var type) && type is string label
                ? (built!.AllTypes[typeName(label)] as IObjectGraphType)!
                : null!;
        var schema = global::GraphQL.Types.Schema.For(sdl, builder =>
        {
            foreach (var name in new[] { SchemaNames.EntityInterface, SchemaNames.NodeInterface }.Concat(TargetInterfaces.Names))
            {
                builder.Types.For(name).ResolveType = value => ByTypeName(value, label => label);
            }
            // Event payloads of a field with several target types resolve the same way, to <Label>EventPayload.
            builder.Types.For(Subscriptions.SubscriptionSdl.EntityPayload).ResolveType = value => ByTypeName(value, Subscriptions.SubscriptionSdl.Payload);
            Subscriptions.SubscriptionSchema.DeclareStreams(builder, model);
        });
        built = schema;
        // Field names are the model's (AND, OR, NOT stay upper case); the default camel-casing would rename them.
        schema.NameConverter = global::GraphQL.Conversion.DefaultNameConverter.Instance;
        IntrospectionFeatures.Enable(schema);
        schema.Initialize();
        IntrospectionFeatures.AddMissing(schema);
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields) field.Resolver = GraphValueResolver.Instance;
        }
        Subscriptions.SubscriptionSchema.UseEventResolvers(schema);
        return schema;
    }
}
