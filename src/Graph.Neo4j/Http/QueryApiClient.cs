using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.TypedJson;

namespace Graph.Neo4j.Http;

/// <summary>
/// The HTTP side of the Query API v2: builds typed-JSON requests, sends them with auth, and decodes
/// answers (both row shapes Neo4j versions have used) or raises the mapped error.
/// </summary>
internal sealed class QueryApiClient
{
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;

    public QueryApiClient(HttpClient http, Neo4jOptions options)
    {
        _http = http;
        _options = options;
    }

    public string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    public async Task<QueryApiResponse> PostAsync(
        string path,
        string? statement,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode? mode,
        IReadOnlyList<string>? bookmarks,
        string? affinity,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.Uri, path));
        request.Content = new ByteArrayContent(Body(statement, parameters, mode, bookmarks));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJsonMediaType);
        return await SendAsync(request, affinity, cancellationToken);
    }

    public async Task DeleteAsync(string path, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(_options.Uri, path));
        await SendAsync(request, affinity, cancellationToken);
    }

    private async Task<QueryApiResponse> SendAsync(HttpRequestMessage request, string? affinity, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        request.Headers.Authorization = _options.BearerToken is { } token
            ? new AuthenticationHeaderValue("Bearer", token)
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        HttpResponseMessage response;
        string body;
        try
        {
            response = await _http.SendAsync(request, timeout.Token);
            body = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TransportFailure.Raise(ErrorCodes.TransactionTimedOut, $"Neo4j did not answer within {_options.Timeout.TotalSeconds:0.#} s.", mayHaveArrived: true);
        }
        catch (HttpRequestException e)
        {
            throw TransportFailure.Raise(ErrorCodes.ServiceUnavailable, "Neo4j is unreachable: " + e.Message, MayHaveArrived(e), e);
        }
        using (response)
        {
            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return Decode(response.StatusCode, body, newAffinity ?? affinity);
        }
    }

    // Failing to resolve, connect or secure the connection means nothing was sent; a connection lost
    // later may have carried the request.
    private static bool MayHaveArrived(HttpRequestException e) => e.HttpRequestError is not (
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError);

    private static QueryApiResponse Decode(HttpStatusCode status, string body, string? affinity)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        }
        catch (JsonException)
        {
            throw QueryApiErrors.FromStatus(status == HttpStatusCode.OK ? HttpStatusCode.BadGateway : status, body);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                throw QueryApiErrors.FromErrorsArray(errors);
            }
            if ((int)status >= 400) throw QueryApiErrors.FromStatus(status, body);
            try
            {
                return new QueryApiResponse(ReadResult(root), ReadBookmarks(root), ReadTransactionId(root), affinity);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException or OverflowException or ArgumentException)
            {
                throw new GraphException(ErrorCodes.DatabaseError, "Neo4j's answer could not be decoded: " + e.Message, inner: e);
            }
        }
    }

    private static QueryResult ReadResult(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data)) return new QueryResult([], [], ReadCounters(root));
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        var records = new List<Record>();
        if (data.TryGetProperty("values", out var rows))
        {
            foreach (var row in rows.EnumerateArray())
            {
                // Current servers send each row as an array; early 5.x previews sent an object keyed by field.
                var values = row.ValueKind == JsonValueKind.Array
                    ? row.EnumerateArray().Select(TypedJsonReader.Read).ToArray()
                    : fields.Select(name => row.TryGetProperty(name, out var v) ? TypedJsonReader.Read(v) : null).ToArray();
                records.Add(new Record(fields, values));
            }
        }
        return new QueryResult(fields, records, ReadCounters(root));
    }

    private static QueryCounters ReadCounters(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("counters", out var c)) return QueryCounters.None;
        int Get(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        return new QueryCounters(
            Get("nodesCreated"), Get("nodesDeleted"), Get("relationshipsCreated"), Get("relationshipsDeleted"), Get("propertiesSet"),
            Get("labelsAdded"), Get("labelsRemoved"), Get("indexesAdded"), Get("indexesRemoved"), Get("constraintsAdded"), Get("constraintsRemoved"));
    }

    private static IReadOnlyList<string> ReadBookmarks(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString()!).ToArray()
            : [];

    private static string? ReadTransactionId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("transaction", out var t) && t.TryGetProperty("id", out var id) ? id.GetString() : null;

    private static byte[] Body(string? statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode? mode, IReadOnlyList<string>? bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement);
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
                {
                    writer.WritePropertyName(name);
                    TypedJsonWriter.Write(writer, value);
                }
                writer.WriteEndObject();
                writer.WriteBoolean("includeCounters", true);
            }
            if (mode is { } m) writer.WriteString("accessMode", m == AccessMode.Read ? "Read" : "Write");
            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks) writer.WriteStringValue(bookmark);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
