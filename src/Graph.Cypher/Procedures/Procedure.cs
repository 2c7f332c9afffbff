namespace Graph.Cypher.Procedures;

/// <summary>A built-in procedure: its signature (inputs, outputs) and a body producing rows in output order.</summary>
internal sealed record Procedure(
    string Name,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    Func<IReadOnlyList<object?>, IProcedureContext, IEnumerable<object?[]>> Invoke)
{
    public int MinArguments => Inputs.Count;

    public int IndexOf(string output)
    {
        for (var i = 0; i < Outputs.Count; i++)
        {
            if (Outputs[i] == output) return i;
        }
        return -1;
    }
}
