using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.Validation;
using GraphQLParser.AST;
using Graph.Core.Errors;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Audit;
using Graph.GraphQL.Curation;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Execution;

/// <summary>
/// After validation and before any resolver runs: reads the operation, translates a query into one Cypher statement
/// and runs it once, or runs a mutation through <see cref="MutationExecutor"/> (one transaction), and leaves the root
/// values for the resolvers; a subscription's root values are the event it runs for. Resolvers never build Cypher or query.
/// </summary>
internal sealed class TranslatingListener(IGraphDatabase database, KnowledgeModel model, GraphQLOptions options, Subscriptions.SubscriptionHub hub) : IDocumentExecutionListener
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

        if (context.Operation.Operation == OperationType.Subscription)
        {
            Subscriptions.SubscriptionStart.Prepare(context, state);
            return;
        }

        try
        {
            var ingestion = new Ingestion.IngestionExecutor(database, model);
            if (mutation && RequestReader.Read(context) is var mutationRoots && mutationRoots.Any(Ingestion.IngestionExecutor.Handles))
            {
                // Ingestion and review fields run on their own; a request mixing them with entity mutations is refused below.
                if (mutationRoots.Any(r => !Ingestion.IngestionExecutor.Handles(r) && !r.Name.StartsWith("__", StringComparison.Ordinal)))
                {
                    throw new TranslationException("BAD_USER_INPUT", "Send ingestion and review mutations in a request of their own, without entity mutations.");
                }
                foreach (var (key, value) in await ingestion.MutateAsync(mutationRoots, state.Caller, context.CancellationToken)) state.Root[key] = value;
                return;
            }
            if (mutation)
            {
                var values = await new MutationExecutor(database, model, options, hub).ExecuteAsync(RequestReader.Read(context), state.Caller, context.CancellationToken);
                foreach (var (key, value) in values) state.Root[key] = value;
                return;
            }
            var roots = RequestReader.Read(context);
            ChangesAccess.Check(roots, state.Caller);
            if (roots.Where(Ingestion.IngestionExecutor.Handles).ToList() is { Count: > 0 } reviewRoots)
            {
                foreach (var (key, value) in await ingestion.ReadAsync(reviewRoots, state.Caller, context.CancellationToken)) state.Root[key] = value;
                roots = roots.Where(r => !Ingestion.IngestionExecutor.Handles(r)).ToList();
            }
            if (OperationTranslator.Translate(model, options, roots) is not { } statement) return;
            var result = await database.RunAsync(statement.Text, statement.Parameters, statement.Mode, context.CancellationToken);
            var row = result.Records.Count > 0 ? result.Records[0] : null;
            foreach (var column in statement.Columns) state.Root[column] = ResultValues.Normalize(row?[column]);
            ResultChecks.Apply(statement.Checks, state.Root);
        }
        catch (TranslationException ex)
        {
            var error = new ExecutionError(ex.Message) { Code = ex.Code };
            if (ex.Field is { Line: > 0 } f) error.AddLocation(new GraphQLParser.Location(f.Line, f.Column));
            throw error;
        }
        catch (CurationRefusedException ex)
        {
            state.Refused = ex;
        }
        catch (GraphException ex)
        {
            // A transient failure (the store unreachable or busy after retries) is the service's state, not the request's fault.
            var error = ex.IsTransient
                ? new ExecutionError("The graph store is unavailable; try again shortly: " + ex.Message) { Code = "STORE_UNAVAILABLE" }
                : new ExecutionError("The graph store rejected the request: " + ex.Message) { Code = "STORE_ERROR" };
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["neo4jCode"] = ex.Code;
            throw error;
        }
    }
}
