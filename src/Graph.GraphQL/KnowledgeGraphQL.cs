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
using Graph.GraphQL.Validation;

namespace Graph.GraphQL;

/// <summary>
/// The GraphQL service: schema generated from the knowledge model; each operation validated (with depth,
/// complexity and size limits), translated into one Cypher statement, run once, and serialized.
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
        _executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new BudgetedDocumentValidator(new DocumentValidator(), _options));
    }

    public string Sdl { get; }

    public async Task<GraphQLResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
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
        var state = new RequestState(request.QueriesOnly, request.Caller);
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
                options.Listeners.Add(new TranslatingListener(_database, _model, _options));
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
