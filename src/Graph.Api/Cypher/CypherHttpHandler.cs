using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Api.Json;
using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Cypher;

/// <summary>
/// POST /cypher: one read-only statement against the current store. Read mode makes the engine
/// reject writes before they run; a timeout, a row cap (the store stops producing rows past it), an
/// answer-size budget and a limit on statements running at once bound the work and the memory; the
/// answer is JSON ({columns, rows, rowCount, truncated, stats}) or CSV when Accept asks for text/csv.
/// </summary>
internal sealed class CypherHttpHandler(IOptions<CypherEndpointOptions> options, CypherQueryGate gate, CypherMemoryRelease memory)
{
    public const string TruncatedHeader = "Graph-Truncated";

    /// <summary>Neo4j's code for a server that has no room for the request now; a client may retry.</summary>
    public const string Busy = "Neo.TransientError.Request.ResourceExhaustion";

    private const string Json = "application/json";
    private const string Csv = "text/csv";

    public async Task HandleAsync(HttpContext context)
    {
        var format = MediaTypeNegotiator.Negotiate(context.Request.Headers.Accept, Json, Csv);
        try
        {
            if (format is null)
            {
                await CypherErrorJson.WriteAsync(context, StatusCodes.Status406NotAcceptable,
                    new GraphException(ErrorCodes.InvalidRequest, "Accept must allow application/json or text/csv."));
                return;
            }
            if (!JsonContentType.IsJson(context.Request.ContentType))
            {
                await CypherErrorJson.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                    new GraphException(ErrorCodes.InvalidRequest, "POST bodies must be application/json (UTF-8)."));
                return;
            }

            var settings = options.Value;
            var body = await BoundedBody.ReadAsync(context.Request, settings.MaxRequestBytes, context.RequestAborted);
            if (body is null)
            {
                await CypherErrorJson.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                    new GraphException(ErrorCodes.InvalidRequest, $"The request is larger than the limit of {settings.MaxRequestBytes} bytes (Graph:Cypher:MaxRequestBytes)."));
                return;
            }
            var request = CypherRequestReader.Read(body);

            // The slot is held until the answer is written: the rows and the answer's bytes are what it bounds.
            using var slot = await gate.TryEnterAsync(context.RequestAborted);
            if (slot is null)
            {
                context.Response.Headers.RetryAfter = "1";
                await CypherErrorJson.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new GraphException(Busy,
                    $"{settings.MaxConcurrentQueries} Cypher statements are already running (Graph:Cypher:MaxConcurrentQueries); retry shortly."));
                return;
            }

            var mark = CypherMemoryRelease.Mark();
            try
            {
                var result = await RunAsync(context, request, settings);
                var answer = format == Csv ? CypherAnswer.Csv(result, settings.MaxResponseBytes) : CypherAnswer.Json(result, settings.MaxResponseBytes);
                context.Response.Headers[TruncatedHeader] = answer.Truncated ? "true" : "false";
                context.Response.ContentType = (format == Csv ? Csv : Json) + "; charset=utf-8";
                context.Response.ContentLength = answer.Body.Length;
                await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
            }
            finally
            {
                memory.After(mark);
            }
        }
        catch (GraphException e)
        {
            await CypherErrorJson.WriteAsync(context, GraphErrorStatus.For(e), e);
        }
    }

    private static async Task<QueryResult> RunAsync(HttpContext context, CypherRequest request, CypherEndpointOptions settings)
    {
        var store = context.RequestServices.GetRequiredService<IGraphDatabase>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(settings.Timeout);
        try
        {
            // WaitAsync answers on time even if an engine is slow to notice the cancellation.
            return await store.RunLimitedAsync(request.Statement, request.Parameters, AccessMode.Read, settings.MaxRows, deadline.Token).WaitAsync(deadline.Token);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && deadline.IsCancellationRequested
                                   && e is OperationCanceledException or GraphException { Code: ErrorCodes.Terminated })
        {
            // An engine that runs the read on this thread notices the deadline itself and reports it as terminated.
            throw new GraphException(ErrorCodes.TransactionTimedOut,
                $"The statement did not finish within {settings.Timeout} (Graph:Cypher:Timeout) and was terminated.");
        }
    }
}
