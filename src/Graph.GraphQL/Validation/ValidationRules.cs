using global::GraphQL.Validation;
using global::GraphQL.Validation.Complexity;
using global::GraphQL.Validation.Rules.Custom;

namespace Graph.GraphQL.Validation;

/// <summary>
/// The rules every document passes: the spec's (GraphQL.NET's core rules) and the complexity limit over ordinary
/// fields. Depth is checked by <see cref="SelectionBudget"/>, which tells introspection apart; introspection adds
/// nothing to complexity (its size is bounded by the selection budget), so IDEs can load the schema.
/// </summary>
internal static class ValidationRules
{
    public static IValidationRule[] Create(GraphQLOptions options) =>
    [
        .. DocumentValidator.CoreRules,
        new ComplexityValidationRule(new ComplexityOptions
        {
            MaxComplexity = options.MaxComplexity,
            // Lists have no declared size here; a modest multiplier keeps legitimately deep reads under the limit
            // while breadth times depth still adds up for abusive documents.
            DefaultListImpactMultiplier = 3,
            DefaultComplexityImpactDelegate = Impact,
        }),
    ];

    private static readonly Func<FieldImpactContext, FieldComplexityResult> Default = new ComplexityOptions().DefaultComplexityImpactDelegate;

    private static FieldComplexityResult Impact(FieldImpactContext context) =>
        context.FieldDefinition.Name is "__schema" or "__type"
            ? new FieldComplexityResult(0, 0)
            : Default(context);
}
