using Graph.Core.Errors;
using Graph.Cypher.Storage.Fulltext;

namespace Graph.Cypher.Storage;

/// <summary>The storage layer's errors, with Neo4j 5's status codes and message wording.</summary>
internal static class StorageErrors
{
    public const string ConstraintCreationFailed = "Neo.ClientError.Schema.ConstraintCreationFailed";
    public const string IndexAlreadyExists = "Neo.ClientError.Schema.IndexAlreadyExists";
    public const string IndexWithNameAlreadyExists = "Neo.ClientError.Schema.IndexWithNameAlreadyExists";
    public const string ConstraintAlreadyExists = "Neo.ClientError.Schema.ConstraintAlreadyExists";
    public const string ConstraintWithNameAlreadyExists = "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";

    public static GraphException NodeDeleted(long id) =>
        new(ErrorCodes.EntityNotFound, $"Node with id {id} has been deleted in this transaction");

    public static GraphException RelationshipDeleted(long id) =>
        new(ErrorCodes.EntityNotFound, $"Relationship with id {id} has been deleted in this transaction");

    public static GraphException NodeNotFound(long id) =>
        new(ErrorCodes.EntityNotFound, $"Unable to load NODE with id {id}.");

    public static GraphException RelationshipNotFound(long id) =>
        new(ErrorCodes.EntityNotFound, $"Unable to load RELATIONSHIP with id {id}.");

    public static GraphException NodeStillHasRelationships(long id) =>
        new(ErrorCodes.ConstraintValidationFailed, $"Cannot delete node<{id}>, because it still has relationships. To delete this node, you must first delete its relationships.");

    public static GraphException Violation(string message) => new(ErrorCodes.ConstraintValidationFailed, message);

    public static GraphException CreationFailed(string message) => new(ConstraintCreationFailed, message);

    public static GraphException Schema(string code, string message) => new(code, message);

    public static GraphException NoSuchIndexToDrop(string name) =>
        new(ErrorCodes.IndexNotFound, $"Unable to drop index called `{name}`. There is no such index.");

    public static GraphException NoSuchConstraintToDrop(string name) =>
        new(ErrorCodes.ConstraintNotFound, $"Unable to drop constraint `{name}`: No such constraint {name}.");

    public static GraphException NoSuchFulltextIndex(string procedure, string name) =>
        new(ProcedureCallFailed, $"Failed to invoke procedure `{procedure}`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: {name}");

    public static GraphException MalformedFulltextQuery(string procedure, FulltextSyntaxException error) =>
        new(ProcedureCallFailed, $"Failed to invoke procedure `{procedure}`: Caused by: org.apache.lucene.queryparser.classic.ParseException: {error.Message}", inner: error);
}
