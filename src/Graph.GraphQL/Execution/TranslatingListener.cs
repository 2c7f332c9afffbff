using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.Validation;
using GraphQLParser.AST;
using Graph.Core.Errors;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Execution;

/// <summary>
/// After validation and before any resolver runs: reads the operation, translates it into one Cypher statement,
/// runs it once and leaves the root values for the resolvers. Resolvers never build Cypher or query.
/// </summary>
internal sealed class TranslatingListener(IGraphDatabase database, KnowledgeModel model, GraphQLOptions options) : IDocumentExecutionListener
{
    public Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult) => Task.CompletedTask;

    public Task AfterExecutionAsync(IExecutionContext context) => Task.CompletedTask;

    public async Task BeforeExecutionAsync(IExecutionContext context)
    {
        var state = (RequestState)context.UserContext[RequestState.Key]!;
        var mutation = context.Operation.Operation == OperationType.Mutation;
        if (mutation && state.QueriesOnly)
        {
            state.MutationRefused = true;
            throw new ExecutionError("Mutations are not allowed here (GraphQL over HTTP GET carries queries only).") { Code = "MUTATION_NOT_ALLOWED" };
        }

        CypherStatement? statement;
        try
        {
            statement = OperationTranslator.Translate(model, options, RequestReader.Read(context), mutation);
        }
        catch (TranslationException ex)
        {
            var error = new ExecutionError(ex.Message) { Code = ex.Code };
            if (ex.Field is { Line: > 0 } f) error.AddLocation(new GraphQLParser.Location(f.Line, f.Column));
            throw error;
        }
        if (statement is null) return;

        QueryResult result;
        try
        {
            result = await database.RunAsync(statement.Text, statement.Parameters, statement.Mode, context.CancellationToken);
        }
        catch (GraphException ex)
        {
            var error = new ExecutionError("The graph store rejected the request: " + ex.Message) { Code = "STORE_ERROR" };
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["neo4jCode"] = ex.Code;
            throw error;
        }

        var row = result.Records.Count > 0 ? result.Records[0] : null;
        state.Counters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["nodesCreated"] = result.Counters.NodesCreated,
            ["nodesDeleted"] = result.Counters.NodesDeleted,
            ["relationshipsCreated"] = result.Counters.RelationshipsCreated,
            ["relationshipsDeleted"] = result.Counters.RelationshipsDeleted,
            ["propertiesSet"] = result.Counters.PropertiesSet,
        };
        foreach (var column in statement.Columns)
        {
            var value = ResultValues.Normalize(row?[column]);
            if (mutation && value is Dictionary<string, object?> map) map[MutationTranslator.InfoKey] = state.Counters;
            state.Root[column] = value;
        }
        ResultChecks.Apply(statement.Checks, state.Root);
    }
}
