using global::GraphQL;

namespace Graph.GraphQL.Curation;

/// <summary>
/// A refused mutation field → one GraphQL error per input problem: code BAD_USER_INPUT, the root field's response
/// key as path, the input path in <c>extensions.field</c> and in the message. They are raised by the resolver, not
/// by the execution listener, because errors added before execution starts do not all reach the response.
/// </summary>
internal static class RefusedInput
{
    public const string Code = "BAD_USER_INPUT";

    public static List<ExecutionError> Errors(CurationRefusedException refused) => refused.Problems.Select(p => Error(refused, p)).ToList();

    /// <summary>
    /// Called by each root mutation field's resolver: the refused field adds all but the last of its errors and throws
    /// the last (so the non-null field nulls <c>data</c>, one error per problem); the other fields were rolled back.
    /// </summary>
    public static ExecutionError Report(IResolveFieldContext context, CurationRefusedException refused, IReadOnlyList<ExecutionError> errors)
    {
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
        if (key != refused.Field.ResponseKey)
        {
            return new ExecutionError($"Not applied: the mutation was rolled back because '{refused.Field.ResponseKey}' was refused.") { Code = "ROLLED_BACK" };
        }
        foreach (var error in errors.Take(errors.Count - 1))
        {
            if (refused.Field.Line > 0) error.AddLocation(new GraphQLParser.Location(refused.Field.Line, refused.Field.Column));
            context.Errors.Add(error);
        }
        return errors[^1];
    }

    private static ExecutionError Error(CurationRefusedException refused, InputProblem problem)
    {
        var error = new ExecutionError($"{refused.Field.Name}: {problem.Field}: {problem.Message}")
        {
            Code = Code,
            Path = [refused.Field.ResponseKey],
        };
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["field"] = problem.Field;
        return error;
    }
}
