namespace Graph.GraphQL;

/// <summary>
/// Who sends a GraphQL request, as the host's sign-in established it: a name (token subject or API key
/// name) and roles (<see cref="Roles.Reader"/>, <see cref="Roles.Editor"/>, <see cref="Roles.Admin"/>).
/// The GraphQL layer authorizes operations and records audit entries from it; it never authenticates.
/// </summary>
public sealed record GraphQLCaller(string? Name, IReadOnlySet<string> Roles)
{
    /// <summary>Nobody signed in; no roles.</summary>
    public static GraphQLCaller Anonymous { get; } = new(null, new HashSet<string>(StringComparer.Ordinal));

    public bool IsAuthenticated => Name is not null;

    /// <summary>Roles are ordered: admin implies editor, editor implies reader.</summary>
    public bool Has(string role) => role switch
    {
        GraphQL.Roles.Reader => Roles.Contains(GraphQL.Roles.Reader) || Has(GraphQL.Roles.Editor),
        GraphQL.Roles.Editor => Roles.Contains(GraphQL.Roles.Editor) || Has(GraphQL.Roles.Admin),
        _ => Roles.Contains(role),
    };

    public static GraphQLCaller Of(string name, params string[] roles) => new(name, new HashSet<string>(roles, StringComparer.Ordinal));
}
