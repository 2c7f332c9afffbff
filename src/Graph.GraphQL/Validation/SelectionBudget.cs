using global::GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// The checks that run before GraphQL.NET's own rules, some of which grow with the expanded document (quadratically,
/// for OverlappingFieldsCanBeMerged): the selections of the whole document after fragment expansion, and the pairs of
/// same-named fields it would compare, against <see cref="GraphQLOptions.MaxSelections"/>; fragment cycles; and the depth of the selected operation — ordinary
/// fields against <see cref="GraphQLOptions.MaxDepth"/>, introspection against
/// <see cref="GraphQLOptions.MaxIntrospectionDepth"/>.
/// </summary>
internal static class SelectionBudget
{
    /// <summary>
    /// Selection sets nested through fields, inline fragments and spreads. The parser already stops a document
    /// nested past 128 nodes; spreads chain fragments deeper than that, and the rules follow them recursively.
    /// </summary>
    public const int MaxNesting = 128;

    public static SelectionReport Check(GraphQLDocument document, GraphQLOperationDefinition operation, GraphQLOptions options)
    {
        var measure = new SelectionMeasure(document, options.MaxSelections, MaxNesting);
        var selected = SelectionCost.None;
        long total = 0;
        // Every operation and fragment counts, selected or not: the validation rules walk them all.
        foreach (var definition in document.Definitions)
        {
            var cost = definition switch
            {
                GraphQLOperationDefinition o => measure.Operation(o),
                GraphQLFragmentDefinition f => measure.Fragment(f),
                _ => SelectionCost.None,
            };
            if (ReferenceEquals(definition, operation)) selected = cost;
            total = Math.Min(total + cost.Selections, options.MaxSelections + 1L);
            if (total > options.MaxSelections || measure.Stopped) break;
        }

        var errors = new List<ValidationError>();
        if (measure.Cycle is { } spread)
        {
            errors.Add(SelectionErrors.Cycle(document, spread));
        }
        else if (measure.TooDeeplyNested is { } node)
        {
            errors.Add(SelectionErrors.TooDeeplyNested(document, node));
        }
        else if (measure.SameNamePairs > options.MaxSelections)
        {
            errors.Add(SelectionErrors.TooManyRepeats(document, operation, measure.MostRepeated, options.MaxSelections));
        }
        else if (total > options.MaxSelections)
        {
            errors.Add(SelectionErrors.TooManySelections(document, operation, options.MaxSelections));
        }
        else
        {
            if (selected.Depth > options.MaxDepth) errors.Add(SelectionErrors.TooDeep(document, operation, selected.Depth, options.MaxDepth, nameof(GraphQLOptions.MaxDepth)));
            if (selected.IntrospectionDepth > options.MaxIntrospectionDepth)
            {
                errors.Add(SelectionErrors.TooDeep(document, operation, selected.IntrospectionDepth, options.MaxIntrospectionDepth, nameof(GraphQLOptions.MaxIntrospectionDepth)));
            }
        }
        return new SelectionReport(errors, measure.Visited);
    }
}

/// <summary>The errors found before GraphQL.NET's rules ran, and how many selection nodes were visited to find them.</summary>
internal sealed record SelectionReport(IReadOnlyList<ValidationError> Errors, int Visited);
