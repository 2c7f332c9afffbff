using System.Text.Json;
using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Api.Json;
using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Cypher;

/// <summary>
/// POST /cypher: one read-only statement against the current store. Read mode makes the engine
/// reject writes before they run; a timeout and a row cap bound the work; the answer is JSON
/// ({columns, rows, stats, truncated}) or CSV when Accept asks for text/csv.
/// </summary>
internal sealed class CypherHttpHandler(IOptions<CypherEndpointOptions> options)
{
    public const string TruncatedHeader = "Graph-Truncated";

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
            var result = await RunAsync(context, request, settings.Timeout);
            var truncated = result.Records.Count > settings.MaxRows;
            var rows = truncated ? result.Records.Take(settings.MaxRows) : result.Records;
            context.Response.Headers[TruncatedHeader] = truncated ? "true" : "false";

            if (format == Csv)
            {
                context.Response.ContentType = "text/csv; charset=utf-8";
                await context.Response.WriteAsync(CypherCsv.Write(result.Columns, rows), context.RequestAborted);
                return;
            }
            await WriteJsonAsync(context, result, rows, truncated);
        }
        catch (GraphException e)
        {
            await CypherErrorJson.WriteAsync(context, GraphErrorStatus.For(e), e);
        }
    }

    private static async Task<QueryResult> RunAsync(HttpContext context, CypherRequest request, TimeSpan timeout)
    {
        var store = context.RequestServices.GetRequiredService<IGraphDatabase>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(timeout);
        try
        {
            // WaitAsync answers on time even if an engine is slow to notice the cancellation.
            return await store.RunAsync(request.Statement, request.Parameters, AccessMode.Read, deadline.Token).WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            throw new GraphException(ErrorCodes.TransactionTimedOut,
                $"The statement did not finish within {timeout} (Graph:Cypher:Timeout) and was terminated.");
        }
    }

    private static async Task WriteJsonAsync(HttpContext context, QueryResult result, IEnumerable<Record> rows, bool truncated)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, ReadableJson.Options);
        writer.WriteStartObject();
        writer.WriteStartArray("columns");
        foreach (var column in result.Columns) writer.WriteStringValue(column);
        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        var count = 0;
        foreach (var row in rows)
        {
            writer.WriteStartArray();
            foreach (var value in row.Values) CypherValueJson.Write(writer, value);
            writer.WriteEndArray();
            count++;
        }
        writer.WriteEndArray();
        writer.WriteNumber("rowCount", count);
        writer.WriteBoolean("truncated", truncated);
        WriteStats(writer, result.Counters);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    private static void WriteStats(Utf8JsonWriter writer, QueryCounters c)
    {
        writer.WriteStartObject("stats");
        writer.WriteBoolean("containsUpdates", c.ContainsUpdates);
        writer.WriteNumber("nodesCreated", c.NodesCreated);
        writer.WriteNumber("nodesDeleted", c.NodesDeleted);
        writer.WriteNumber("relationshipsCreated", c.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", c.RelationshipsDeleted);
        writer.WriteNumber("propertiesSet", c.PropertiesSet);
        writer.WriteNumber("labelsAdded", c.LabelsAdded);
        writer.WriteNumber("labelsRemoved", c.LabelsRemoved);
        writer.WriteEndObject();
    }
}
