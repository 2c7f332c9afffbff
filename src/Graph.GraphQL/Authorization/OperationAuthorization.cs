using global::GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.GraphQL.Authorization;

/// <summary>
/// Decides, as a validation rule, whether the caller may run the chosen operation: reads are the host's
/// business (it admits or refuses anonymous readers); a mutation needs <see cref="Roles.Editor"/>. A refusal
/// is a request error (no <c>data</c>), so nothing is translated or run. A mutation sent where only queries
/// are allowed (HTTP GET) is left to that refusal (405), whoever sends it.
/// </summary>
internal sealed class OperationAuthorization(GraphQLCaller caller, bool queriesOnly) : ValidationRuleBase
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Set when the operation was refused: <see cref="GraphQLOutcome.Unauthenticated"/> or <see cref="GraphQLOutcome.Forbidden"/>.</summary>
    public GraphQLOutcome? Refusal { get; private set; }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { Operation: OperationType.Mutation } && !queriesOnly && !caller.Has(Roles.Editor)) Refuse(context);
        return default;
    }

    private void Refuse(ValidationContext context)
    {
        if (!caller.IsAuthenticated)
        {
            Refusal = GraphQLOutcome.Unauthenticated;
            context.ReportError(new ValidationError(
                "Changing the graph needs the editor role and this request is anonymous. Sign in with an API key " +
                "(header X-Api-Key) or a bearer token (Authorization: Bearer …) that has the editor or admin role. " +
                "A service with neither Graph:Auth:ApiKeys nor Graph:Auth:Jwt configured is read-only; the README's " +
                "Sign-in section says how to enable writes.") { Code = Unauthenticated });
            return;
        }

        Refusal = GraphQLOutcome.Forbidden;
        var roles = caller.Roles.Count == 0 ? "no role" : "the role(s) " + string.Join(", ", caller.Roles.Order(StringComparer.Ordinal));
        context.ReportError(new ValidationError($"Changing the graph needs the editor role; '{caller.Name}' has {roles}.") { Code = Forbidden });
    }
}
