using global::GraphQL.Resolvers;
using global::GraphQL.Types;

namespace Graph.GraphQL.Schema;

/// <summary>
/// The introspection fields that graphql-js's <c>getIntrospectionQuery</c> asks for with all its options on, so
/// IDEs and code generators load the schema: <c>__Directive.isRepeatable</c>, deprecation of input values
/// (<c>args(includeDeprecated:)</c>, <c>__InputValue.isDeprecated</c>), and two that GraphQL.NET 8 lacks:
/// <c>__Type.specifiedByURL</c> (GraphQL 2021; no scalar here declares a URL, so it is null) and
/// <c>__Directive.args(includeDeprecated:)</c> (no directive argument here is deprecated, so it changes nothing).
/// </summary>
internal static class IntrospectionFeatures
{
    private const string SpecifiedByUrl = "specifiedByURL";
    private const string IncludeDeprecated = "includeDeprecated";

    /// <summary>Before initialization: the features GraphQL.NET has switches for.</summary>
    public static void Enable(ISchema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
    }

    /// <summary>After initialization, when the introspection types exist: what GraphQL.NET has no switch for.</summary>
    public static void AddMissing(ISchema schema)
    {
        var directiveArgs = ((IComplexGraphType)schema.AllTypes["__Directive"]!).GetField("args")!;
        directiveArgs.Arguments ??= new QueryArguments();
        if (directiveArgs.Arguments.Find(IncludeDeprecated) is null)
        {
            directiveArgs.Arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = IncludeDeprecated,
                DefaultValue = false,
                ResolvedType = schema.AllTypes["Boolean"],
            });
        }

        var type = (IComplexGraphType)schema.AllTypes["__Type"]!;
        if (type.HasField(SpecifiedByUrl)) return;
        type.AddField(new FieldType
        {
            Name = SpecifiedByUrl,
            Description = "A URL to the specification of a custom scalar; none of this schema's scalars has one.",
            Type = typeof(StringGraphType),
            ResolvedType = schema.AllTypes["String"],
            Resolver = new FuncFieldResolver<object?>(_ => null),
        });
    }
}
