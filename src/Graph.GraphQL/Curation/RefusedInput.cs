using global::GraphQL;
using global::GraphQL.Execution;

namespace Graph.GraphQL.Curation;

/// <summary>
/// A refused mutation field → one GraphQL error per input problem: code BAD_USER_INPUT, the root field's response
/// key as path, the input path in <c>extensions.field</c> and in the message.
/// </summary>
internal static class RefusedInput
{
    public const string Code = "BAD_USER_INPUT";

    /// <summary>Adds all but the last error to the result and returns the last, for the listener to throw.</summary>
    public static ExecutionError Report(IExecutionContext context, CurationRefusedException refused)
    {
        var errors = refused.Problems.Select(p => Error(refused, p)).ToList();
        foreach (var error in errors.Take(errors.Count - 1)) context.Errors.Add(error);
        return errors[^1];
    }

    private static ExecutionError Error(CurationRefusedException refused, InputProblem problem)
    {
        var error = new ExecutionError($"{refused.Field.Name}: {problem.Field}: {problem.Message}")
        {
            Code = Code,
            Path = [refused.Field.ResponseKey],
        };
        error.Extensions!["field"] = problem.Field;
        if (refused.Field.Line > 0) error.AddLocation(new GraphQLParser.Location(refused.Field.Line, refused.Field.Column));
        return error;
    }
}
