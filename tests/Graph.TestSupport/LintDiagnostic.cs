namespace Graph.TestSupport;

/// <summary>One finding of Neo4j's front end: severity ("error", "warning", …), message, 1-based line and column.</summary>
public sealed record LintDiagnostic(string Severity, string Message, int Line, int Column)
{
    public bool IsError => Severity == "error";

    public bool IsDeprecation => Message.Contains("deprecated", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Severity} {Line}:{Column} {Message}";
}
