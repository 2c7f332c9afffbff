using System.Text.Json;
using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.SystemTextJson;
using global::GraphQL.Types;
using global::GraphQL.Validation;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.GraphQL.Authorization;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Schema;
using Graph.GraphQL.Subscriptions;
using Graph.GraphQL.Translation;
using Graph.GraphQL.Validation;

namespace Graph.GraphQL;

/// <summary>
/// The GraphQL service: schema generated from the knowledge model; each operation validated (with depth,
/// complexity and size limits), translated into one Cypher statement, run once, and serialized. Subscriptions run their
/// selection once per committed event (<see cref="SubscribeAsync"/>).
/// </summary>
public sealed class KnowledgeGraphQL : IKnowledgeGraphQL
{
    private readonly IGraphDatabase _database;
    private readonly KnowledgeModel _model;
    private readonly GraphQLOptions _options;
    private readonly ISchema _schema;
    private readonly DocumentExecuter _executer;
    private readonly GraphQLSerializer _serializer = new();
    private readonly IValidationRule[] _rules;

    public KnowledgeGraphQL(IGraphDatabase database, GraphQLOptions? options = null)
        : this(database, KnowledgeModel.Default, options)
    {
    }

    public KnowledgeGraphQL(IGraphDatabase database, KnowledgeModel model, GraphQLOptions? options)
    {
        _database = database;
        _model = model;
        _options = options ?? new GraphQLOptions();
        Sdl = SdlGenerator.Generate(model, _options.DefaultLimit);
        _schema = KnowledgeSchemaFactory.Create(model, Sdl);
        _rules = ValidationRules.Create(_options);
        _executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new BudgetedDocumentValidator(new DocumentValidator(), _options),
            // A subscription's selection runs once per event like a query, from the event as root value (no source stream).
            new DefaultExecutionStrategySelector([
                new ExecutionStrategyRegistration(KnownTypesExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Query),
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Mutation),
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Subscription),
            ]),
            []);
        Subscriptions = new SubscriptionHub(_options.Subscriptions);
    }

    public string Sdl { get; }

    public SubscriptionHub Subscriptions { get; }

    public Task<GraphQLResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, new RequestState(request.QueriesOnly, request.Caller), cancellationToken);

    public async Task<GraphQLStream> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var state = new RequestState(request.QueriesOnly, request.Caller) { MaySubscribe = true };
        var result = await RunAsync(request, state, cancellationToken);
        if (state.SubscriptionRoots is not { } roots) return new GraphQLStream(result);
        var root = roots.Single();
        var field = SubscriptionField.Find(_model, root.Name)!;
        Func<GraphEvent, bool> filter;
        try
        {
            filter = EventFilter.For(field, root.Argument("where"));
        }
        catch (TranslationException ex)
        {
            return new GraphQLStream(Error(GraphQLOutcome.RequestError, ex.Code, ex.Message));
        }
        return new GraphQLStream(Subscriptions.Subscribe(filter), (graphEvent, ct) =>
            RunAsync(request, new RequestState(true, request.Caller)
            {
                EventRoot = new Dictionary<string, object?>(StringComparer.Ordinal) { [root.ResponseKey] = EventPayload.Of(field, graphEvent) },
            }, ct));
    }

    private async Task<GraphQLResult> RunAsync(GraphQLRequest request, RequestState state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return Error(GraphQLOutcome.RequestError, "GRAPHQL_PARSE_FAILED", "The request has no query document.");
        }
        if (request.Query.Length > _options.MaxDocumentLength)
        {
            return Error(GraphQLOutcome.RequestError, "DOCUMENT_TOO_LARGE",
                $"The query document is {request.Query.Length} characters long; at most {_options.MaxDocumentLength} are accepted.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ExecutionTimeout);
        var authorization = new OperationAuthorization(request.Caller ?? GraphQLCaller.Anonymous, request.QueriesOnly);
        var variables = request.Variables is null
            ? null
            : new Inputs(request.Variables.ToDictionary(kv => kv.Key, kv => ResultValues.FromJson(kv.Value), StringComparer.Ordinal));
        try
        {
            var result = await _executer.ExecuteAsync(options =>
            {
                options.Schema = _schema;
                options.Query = request.Query;
                options.OperationName = request.OperationName;
                options.Variables = variables;
                // The caller's authorization is one more rule: a refused operation is never translated or run.
                options.ValidationRules = [.. _rules, authorization];
                options.UserContext = new Dictionary<string, object?> { [RequestState.Key] = state };
                options.Listeners.Add(new TranslatingListener(_database, _model, _options, Subscriptions));
                options.CancellationToken = timeout.Token;
                options.ThrowOnUnhandledException = false;
            });
            // GraphQL.NET answers a cancelled execution with a bare "timed out" error of its own; say which setting.
            // (A result that completed as the clock ran out has no errors and stands.)
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && result.Errors is { Count: > 0 }) return TimedOut();
            var outcome = authorization.Refusal is { } refusal ? refusal
                : state.MutationRefused ? GraphQLOutcome.MutationNotAllowed
                : result.Executed ? GraphQLOutcome.Executed
                : GraphQLOutcome.RequestError;
            return new GraphQLResult(outcome, _serializer.Serialize(result));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    private GraphQLResult TimedOut() => Error(GraphQLOutcome.Executed, "TIMEOUT",
        $"The request took longer than its time limit of {_options.ExecutionTimeout.TotalSeconds:0.###} s and was stopped ({GraphQLOptions.Setting(nameof(GraphQLOptions.ExecutionTimeout))}).",
        withData: true);

    private static GraphQLResult Error(GraphQLOutcome outcome, string code, string message, bool withData = false)
    {
        var error = new Dictionary<string, object?>
        {
            ["message"] = message,
            ["extensions"] = new Dictionary<string, object?> { ["code"] = code, ["codes"] = new[] { code } },
        };
        var body = new Dictionary<string, object?> { ["errors"] = new[] { error } };
        if (withData) body["data"] = null;
        return new GraphQLResult(outcome, JsonSerializer.Serialize(body));
    }
}
