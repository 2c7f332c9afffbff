using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Audit;

/// <summary>
/// The audit trail is for editors and admins: anonymous callers get UNAUTHENTICATED, signed-in callers without the
/// editor role FORBIDDEN, before anything is read.
/// </summary>
internal static class ChangesAccess
{
    public const string Field = "changes";

    public static void Check(IReadOnlyList<FieldRequest> roots, GraphQLCaller caller)
    {
        if (roots.FirstOrDefault(r => r.Name == Field) is not { } field) return;
        if (!caller.IsAuthenticated)
        {
            throw new TranslationException("UNAUTHENTICATED", "Reading the audit trail (changes) needs a signed-in editor or admin.", field);
        }
        if (!caller.Has(Roles.Editor))
        {
            throw new TranslationException("FORBIDDEN", $"Reading the audit trail (changes) needs the editor or admin role; '{caller.Name}' has neither.", field);
        }
    }
}
