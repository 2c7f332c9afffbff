using global::GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>The validation errors of <see cref="SelectionBudget"/>: coded, located, naming the setting that bounds them.</summary>
internal static class SelectionErrors
{
    public static ValidationError TooManySelections(GraphQLDocument document, GraphQLOperationDefinition operation, int limit) =>
        Error(document, "QUERY_TOO_COMPLEX",
            $"The document selects more than {limit} fields once its fragments are expanded; at most {limit} are accepted ({GraphQLOptions.Setting(nameof(GraphQLOptions.MaxSelections))}).",
            operation);

    public static ValidationError TooManyRepeats(GraphQLDocument document, GraphQLOperationDefinition operation, (string Name, long Count) mostRepeated, int limit) =>
        Error(document, "QUERY_TOO_COMPLEX",
            $"The document repeats '{mostRepeated.Name}' {mostRepeated.Count} times in one selection set; fields of one name are checked pairwise, " +
            $"and the document's pairs exceed the budget of {limit} ({GraphQLOptions.Setting(nameof(GraphQLOptions.MaxSelections))}).",
            operation);

    public static ValidationError TooDeep(GraphQLDocument document, GraphQLOperationDefinition operation, int depth, int limit, string option) =>
        Error(document, "QUERY_TOO_DEEP",
            $"The operation's {(option == nameof(GraphQLOptions.MaxIntrospectionDepth) ? "introspection " : "")}selections nest {depth} levels deep; the maximum depth is {limit} ({GraphQLOptions.Setting(option)}).",
            operation);

    public static ValidationError TooDeeplyNested(GraphQLDocument document, ASTNode node) =>
        Error(document, "QUERY_TOO_DEEP",
            $"Selection sets, fragments included, nest more than {SelectionBudget.MaxNesting} levels deep.", node);

    /// <summary>The spec's rule 5.5.2.2 (fragment spreads must not form cycles), found before it could recurse forever.</summary>
    public static ValidationError Cycle(GraphQLDocument document, GraphQLFragmentSpread spread) =>
        new(document.Source, "5.5.2.2", $"Cannot spread fragment '{spread.FragmentName.Name.StringValue}' within itself.", spread)
        {
            Code = "NO_FRAGMENT_CYCLES",
        };

    private static ValidationError Error(GraphQLDocument document, string code, string message, ASTNode node) =>
        new(document.Source, null, message, node) { Code = code };
}
