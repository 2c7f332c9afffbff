namespace Graph.Core.Errors;

/// <summary>Neo4j status codes used by both engines.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string ExternalResourceFailed = "Neo.ClientError.Statement.ExternalResourceFailed";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string ConstraintNotFound = "Neo.ClientError.Schema.ConstraintDropFailed";
    public const string IndexNotFound = "Neo.ClientError.Schema.IndexDropFailed";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string DeleteConnectedNode = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";
    public const string Terminated = "Neo.ClientError.Transaction.Terminated";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string ServiceUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string DatabaseError = "Neo.DatabaseError.General.UnknownError";
    public const string InvalidRequest = "Neo.ClientError.Request.Invalid";
}
