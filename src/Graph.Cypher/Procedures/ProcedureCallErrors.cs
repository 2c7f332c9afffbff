using Graph.Core.Errors;

namespace Graph.Cypher.Procedures;

/// <summary>The errors of a CALL to a procedure, in Neo4j's words; both runtimes raise them through here.</summary>
internal static class ProcedureCallErrors
{
    public static GraphException NotFound(string name) => new(
        ErrorCodes.ProcedureNotFound,
        $"There is no procedure with the name `{name}` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
        ErrorPhase.Compile);

    public static GraphException UnknownOutput(string field) => new(ErrorCodes.SyntaxError, $"Unknown procedure output: `{field}`", ErrorPhase.Compile);

    public static GraphException MissingParameter(string input) => new(ErrorCodes.ParameterMissing, $"Expected parameter(s): {input}", ErrorPhase.Compile);

    /// <summary>Checks the number of arguments a call gives against the procedure's signature.</summary>
    public static void CheckArguments(Procedure procedure, int count)
    {
        if (count < procedure.MinArguments || count > procedure.Inputs.Count)
        {
            throw new GraphException(
                ErrorCodes.SyntaxError,
                $"Procedure call does not provide the required number of arguments: got {count} expected at least {procedure.MinArguments} (total: {procedure.Inputs.Count}).",
                ErrorPhase.Compile);
        }
    }
}
