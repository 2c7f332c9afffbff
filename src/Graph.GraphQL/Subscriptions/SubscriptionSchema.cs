using global::GraphQL;
using global::GraphQL.Resolvers;
using global::GraphQL.Types;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// Event values are plain maps keyed by schema field name (<see cref="EventPayload"/>), so the fields under
/// <c>Subscription</c> read them by name: an alias never changes what a field reads.
/// </summary>
internal static class SubscriptionSchema
{
    /// <summary>
    /// GraphQL.NET wants a source stream on every subscription field. Events do not come through it: the service runs
    /// a subscription's selection once per event itself (<see cref="KnowledgeGraphQL.SubscribeAsync"/>).
    /// </summary>
    public static void DeclareStreams(global::GraphQL.Utilities.SchemaBuilder builder, Graph.Core.Model.KnowledgeModel model)
    {
        foreach (var field in SubscriptionField.All(model)) builder.Types.For("Subscription").FieldFor(field.Name).StreamResolver = NoStream.Instance;
    }

    public static void UseEventResolvers(ISchema schema)
    {
        if (schema.Subscription is not { } root) return;
        var seen = new HashSet<IGraphType>();
        foreach (var field in root.Fields)
        {
            field.Resolver = RootResolver.Instance;
            Visit(field.ResolvedType, seen);
        }
    }

    private static void Visit(IGraphType? type, HashSet<IGraphType> seen)
    {
        while (type is IProvideResolvedType wrapper) type = wrapper.ResolvedType;
        if (type is not IComplexGraphType complex || !seen.Add(type)) return;
        if (complex is IObjectGraphType)
        {
            foreach (var field in complex.Fields) field.Resolver = ByName.Instance;
        }
        foreach (var field in complex.Fields) Visit(field.ResolvedType, seen);
        if (type is IInterfaceGraphType face)
        {
            foreach (var implementation in face.PossibleTypes) Visit(implementation, seen);
        }
    }

    /// <summary>The root field's value is the event the execution was started for, under the field's response key.</summary>
    private sealed class RootResolver : IFieldResolver
    {
        public static RootResolver Instance { get; } = new();

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var state = (RequestState)context.UserContext[RequestState.Key]!;
            return new(state.Root.TryGetValue(context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue, out var value) ? value : null);
        }
    }

    private sealed class NoStream : ISourceStreamResolver
    {
        public static NoStream Instance { get; } = new();

        public ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context) =>
            throw new InvalidOperationException("Subscriptions are started with SubscribeAsync, which runs the selection per event.");
    }

    private sealed class ByName : IFieldResolver
    {
        public static ByName Instance { get; } = new();

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
            new(context.Source is IDictionary<string, object?> map && map.TryGetValue(context.FieldDefinition.Name, out var value) ? value : null);
    }
}
