using System.Text.RegularExpressions;

namespace Graph.ManualRunner;

/// <summary>
/// Why an example cannot be compared with an embedded single-database engine, or null when it can:
/// administration, other databases, plugins, plans, and answers that depend on the clock, chance or ids.
/// </summary>
internal static partial class Comparability
{
    public static string? Reason(ManualExample example)
    {
        var q = example.Query;
        if (example.Role is "test-skip" or "test-result-skip") return "the manual marks its result as untested";
        if (example.NeedsDump) return "the page's graph is a database dump, not a setup query";
        if (Admin().IsMatch(q)) return "administration command (databases, users, roles, servers, settings)";
        if (Show().IsMatch(q)) return "SHOW command (lists Neo4j's own catalog)";
        if (Use().IsMatch(q)) return "USE (multi-database / composite databases)";
        if (Plan().IsMatch(q)) return "EXPLAIN/PROFILE (plan text is engine-specific)";
        if (Plugin().IsMatch(q)) return "plugin procedure or function (APOC, GDS, GenAI, vector index, the manual's example plugin)";
        if (Remote().IsMatch(q)) return "LOAD CSV from a remote URL";
        if (Enterprise().IsMatch(q)) return "Enterprise Edition only (key, existence or type constraints)";
        if (Clock().IsMatch(q)) return "depends on the current time";
        if (Chance().IsMatch(q)) return "depends on chance (rand, randomUUID)";
        if (Ids().IsMatch(q)) return "depends on internal ids (id, elementId)";
        if (ParameterUse().IsMatch(q) && example.Parameters.Count == 0) return "uses parameters the page does not give";
        if (example.Table is { Columns.Count: > 0, Rows.Count: 0, RowCount: > 0 }) return "result table shows no rows";
        return null;
    }

    [GeneratedRegex(@"^\s*(CREATE|DROP|ALTER|START|STOP|RENAME|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\s+(OR\s+REPLACE\s+)?(COMPOSITE\s+)?(DATABASE|USER|ROLE|ALIAS|SERVER|DATABASES|SERVERS|CURRENT\s+USER)\b|^\s*(GRANT|DENY|REVOKE|TERMINATE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Admin();

    [GeneratedRegex(@"^\s*SHOW\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Show();

    [GeneratedRegex(@"^\s*USE\s|\bCALL\s*\{\s*USE\b|graph\.byName|graph\.byElementId|graph\.names|graph\.propertiesByName", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Use();

    [GeneratedRegex(@"^\s*(EXPLAIN|PROFILE)\b|^\s*CYPHER\s+[^\n]*(runtime|planner|debug)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Plan();

    [GeneratedRegex(@"\b(apoc|gds|genai|db\.index\.vector|db\.create\.setNodeVectorProperty|db\.create\.setRelationshipVectorProperty|dbms\.(?!components)|org\.neo4j\.(function|procedure)\.example)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Plugin();

    [GeneratedRegex(@"LOAD\s+CSV[^\n]*(https?|s3|gs|azb)://", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();

    [GeneratedRegex(@"\bIS\s+(NODE\s+|RELATIONSHIP\s+|REL\s+)?KEY\b|REQUIRE\s+[^\n]*\bIS\s+NOT\s+NULL|REQUIRE\s+[^\n]*\bIS\s+(TYPED|::)", RegexOptions.IgnoreCase)]
    private static partial Regex Enterprise();

    [GeneratedRegex(@"\b(date|datetime|time|localtime|localdatetime)\s*\(\s*(\{\s*timezone\s*:[^}]*\})?\s*\)|\b(date|datetime|time|localtime|localdatetime)\.(realtime|statement|transaction)\b|\btimestamp\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(rand|randomUUID)\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex Chance();

    [GeneratedRegex(@"\b(id|elementId)\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex Ids();

    [GeneratedRegex(@"\$\w")]
    private static partial Regex ParameterUse();
}
