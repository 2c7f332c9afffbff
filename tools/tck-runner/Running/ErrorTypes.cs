using Graph.Core.Errors;

namespace Graph.TckRunner.Running;

/// <summary>Maps the engine's Neo4j status codes to the error types the TCK names.</summary>
internal static class ErrorTypes
{
    public static string TckType(GraphException error) => error.Code switch
    {
        ErrorCodes.ProcedureNotFound => "ProcedureError",
        ErrorCodes.ConstraintValidationFailed => "ConstraintVerificationFailed",
        _ => error.Type,
    };

    public static string TckPhase(GraphException error) => error.Phase == ErrorPhase.Compile ? "compile time" : "runtime";
}
