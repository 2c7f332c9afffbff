using Graph.Core.Errors;

namespace Graph.Cypher.Import;

/// <summary>Parses a header line's fields (<c>name:type</c>, <c>:ID(Space)</c>, …) into columns.</summary>
internal static class CsvHeader
{
    /// <summary>The space of ids given without one.</summary>
    public const string GlobalSpace = "";

    public static IReadOnlyList<CsvColumn> Parse(IReadOnlyList<string> fields, bool forRelationships, string file)
    {
        var columns = new List<CsvColumn>(fields.Count);
        foreach (var field in fields)
        {
            columns.Add(ParseField(field.Trim(), file));
        }

        var roles = columns.Select(c => c.Role).ToList();
        if (forRelationships)
        {
            Require(roles.Count(r => r == CsvColumnRole.StartId) == 1 && roles.Count(r => r == CsvColumnRole.EndId) == 1, file, "a relationship header needs exactly one :START_ID and one :END_ID column");
            Require(!roles.Contains(CsvColumnRole.Id) && !roles.Contains(CsvColumnRole.Label), file, ":ID and :LABEL columns belong in node files");
        }
        else
        {
            Require(roles.Count(r => r == CsvColumnRole.Id) <= 1, file, "a node header has at most one :ID column");
            Require(!roles.Contains(CsvColumnRole.StartId) && !roles.Contains(CsvColumnRole.EndId) && !roles.Contains(CsvColumnRole.Type), file, ":START_ID, :END_ID and :TYPE columns belong in relationship files");
        }

        var names = columns.Where(c => c.Property is not null).Select(c => c.Property!).ToList();
        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Require(repeated is null, file, $"property `{repeated?.Key}` appears in two columns");
        return columns;
    }

    private static CsvColumn ParseField(string field, string file)
    {
        var colon = field.LastIndexOf(':');
        var name = colon < 0 ? field : field[..colon];
        var spec = colon < 0 ? "" : field[(colon + 1)..];
        var space = GlobalSpace;
        var open = spec.IndexOf('(');
        if (open >= 0)
        {
            Require(spec.EndsWith(')'), file, $"unclosed id space in header field `{field}`");
            space = spec[(open + 1)..^1];
            spec = spec[..open];
        }

        var role = spec.ToUpperInvariant() switch
        {
            "ID" => CsvColumnRole.Id,
            "LABEL" => CsvColumnRole.Label,
            "START_ID" => CsvColumnRole.StartId,
            "END_ID" => CsvColumnRole.EndId,
            "TYPE" => CsvColumnRole.Type,
            "IGNORE" => CsvColumnRole.Ignore,
            _ => CsvColumnRole.Property,
        };
        Require(open < 0 || role is CsvColumnRole.Id or CsvColumnRole.StartId or CsvColumnRole.EndId, file, $"only id columns take an id space: `{field}`");
        if (role != CsvColumnRole.Property)
        {
            // neo4j-admin keeps a named :ID column as a property too; the other special columns never are.
            var property = role == CsvColumnRole.Id && name.Length > 0 ? name : null;
            return new CsvColumn(role, property, CsvValueType.String, false, space);
        }

        Require(name.Length > 0, file, $"header field `{field}` has no property name");
        var isArray = spec.EndsWith("[]", StringComparison.Ordinal);
        var typeName = isArray ? spec[..^2] : spec;
        var type = typeName.ToLowerInvariant() switch
        {
            "" or "string" or "char" => CsvValueType.String,
            "int" or "long" or "short" or "byte" => CsvValueType.Long,
            "float" or "double" => CsvValueType.Double,
            "boolean" => CsvValueType.Boolean,
            "date" => CsvValueType.Date,
            "localtime" => CsvValueType.LocalTime,
            "time" => CsvValueType.Time,
            "localdatetime" => CsvValueType.LocalDateTime,
            "datetime" => CsvValueType.DateTime,
            "duration" => CsvValueType.Duration,
            _ => throw Error(file, $"unknown type `{typeName}` in header field `{field}`"),
        };
        return new CsvColumn(CsvColumnRole.Property, name, type, isArray, space);
    }

    private static void Require(bool condition, string file, string message)
    {
        if (!condition)
        {
            throw Error(file, message);
        }
    }

    private static GraphException Error(string file, string message) => CsvImportErrors.At(file, 1, message);
}
