using Graph.Core.Errors;
using Graph.Cypher.Values;

namespace Graph.Cypher.Procedures;

/// <summary>
/// A fixed-table procedure declared for a while (the jsonl protocol's <c>"procedures"</c>, conformance
/// scenarios' test procedures): a signature in Neo4j's form, <c>(x :: INTEGER?) :: (y :: STRING?)</c> or
/// <c>() :: VOID</c>, and rows holding the input values then the output values. A call yields the outputs
/// of the rows whose inputs equal its arguments.
/// </summary>
public sealed class DeclaredProcedure
{
    private DeclaredProcedure(string name, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string> Inputs { get; }

    public IReadOnlyList<string> Outputs { get; }

    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>Reads the signature; a row must hold one value per input and output.</summary>
    public static DeclaredProcedure Create(string name, string signature, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsWhiteSpace)) throw Invalid($"'{name}' is not a procedure name");
        var text = signature.Trim();
        var close = text.StartsWith('(') ? text.IndexOf(')') : -1;
        var separator = close < 0 ? -1 : text.IndexOf("::", close, StringComparison.Ordinal);
        if (separator < 0) throw Invalid($"the signature '{signature}' is not of the form (inputs) :: (outputs)");
        var inputs = Fields(text[1..close], signature);
        var rest = text[(separator + 2)..].Trim();
        var outputs = rest.Equals("VOID", StringComparison.OrdinalIgnoreCase) ? [] :
            rest.StartsWith('(') && rest.EndsWith(')') ? Fields(rest[1..^1], signature) : throw Invalid($"the outputs of '{signature}' must be (…) or VOID");
        foreach (var row in rows)
        {
            if (row.Count != inputs.Count + outputs.Count)
            {
                throw Invalid($"each row of {name} needs {inputs.Count + outputs.Count} values (inputs, then outputs)");
            }
        }
        return new DeclaredProcedure(name, inputs, outputs, rows);
    }

    private static List<string> Fields(string list, string signature)
    {
        var fields = new List<string>();
        foreach (var field in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colons = field.IndexOf("::", StringComparison.Ordinal);
            var fieldName = (colons < 0 ? field : field[..colons]).Trim().Trim('`');
            if (fieldName.Length == 0) throw Invalid($"a field of '{signature}' has no name");
            fields.Add(fieldName);
        }
        return fields;
    }

    // A procedure without outputs (VOID) yields nothing to see but keeps the row it was called for, as Neo4j's
    // void procedures do, whether or not its table holds rows.
    internal Procedure ToProcedure() => new(Name, Inputs, Outputs, (arguments, _) => Outputs.Count == 0 ? [Array.Empty<object?>()] : Rows
        .Where(row => Enumerable.Range(0, Inputs.Count).All(i => Matches(row[i], arguments[i])))
        .Select(row => row.Skip(Inputs.Count).ToArray()));

    // A table row written with null as its input answers a call passing null (the conformance suite's test
    // procedures do exactly that), although null = null is not true in Cypher.
    private static bool Matches(object? declared, object? argument) =>
        declared is null ? argument is null : CypherEquality.Equal(declared, argument) == true;

    private static GraphException Invalid(string why) => new(ErrorCodes.InvalidRequest, "Invalid procedure declaration: " + why, ErrorPhase.Compile);
}
