namespace Graph.Cypher.Procedures;

/// <summary>
/// Procedures declared for the statements run inside a scope (flowing with the async context), found
/// before the built-in ones. Disposing the scope restores what was declared before it.
/// </summary>
public static class ProcedureScope
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, Procedure>?> Current = new();

    public static IDisposable Declare(IEnumerable<DeclaredProcedure> procedures)
    {
        var previous = Current.Value;
        var declared = new Dictionary<string, Procedure>(previous ?? new Dictionary<string, Procedure>(), StringComparer.Ordinal);
        foreach (var procedure in procedures) declared[procedure.Name] = procedure.ToProcedure();
        Current.Value = declared;
        return new Restore(previous);
    }

    internal static Procedure? Find(string name) => Current.Value?.GetValueOrDefault(name);

    /// <summary>Whether procedures are declared in the current scope.</summary>
    internal static bool Active => Current.Value is { Count: > 0 };

    private sealed class Restore(IReadOnlyDictionary<string, Procedure>? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
