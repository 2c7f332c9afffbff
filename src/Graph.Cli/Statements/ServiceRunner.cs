using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Cli.Jsonl;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Cli.Statements;

/// <summary>
/// Statements sent to a running service's <c>/cypher</c> endpoint (read-only, as it is for every caller), so
/// the shell works while the service holds the data directory's lock. Nodes and relationships arrive as the
/// endpoint's JSON objects and are shown as maps.
/// </summary>
internal sealed class ServiceRunner : IStatementRunner
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public ServiceRunner(Uri service, string? apiKey, TimeSpan timeout)
    {
        _endpoint = new Uri(service, "/cypher");
        // The service enforces its own statement timeout; this one only stops waiting for an unreachable service.
        _http = new HttpClient { Timeout = timeout + TimeSpan.FromSeconds(10) };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(apiKey)) _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        Description = $"the service at {service.GetLeftPart(UriPartial.Authority)} (read-only, through /cypher)";
    }

    public string Description { get; }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var body = Body(statement, parameters);
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsync(_endpoint, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new GraphException(ErrorCodes.ServiceUnavailable, $"Cannot reach the service at {_endpoint}: {e.Message}");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement root;
            try
            {
                root = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException)
            {
                throw new GraphException(ErrorCodes.ServiceUnavailable, $"{_endpoint} answered {(int)response.StatusCode} without JSON; is it a Graph service?");
            }
            if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var error = errors[0];
                throw new GraphException(error.GetProperty("code").GetString() ?? "", error.GetProperty("message").GetString() ?? "");
            }
            return Result(root);
        }
    }

    private static string Body(string statement, IReadOnlyDictionary<string, object?> parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WritePropertyName("parameters");
            WritePlain(writer, parameters);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // /cypher takes plain JSON parameters; values JSON has no form for (dates, durations) go as their Cypher text.
    private static void WritePlain(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case string s: writer.WriteStringValue(s); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WritePlain(writer, item);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WritePlain(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Shell.TableFormatter.Text(value).Trim('\'')); break;
        }
    }

    private static QueryResult Result(JsonElement root)
    {
        var columns = root.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        var records = root.GetProperty("rows").EnumerateArray()
            .Select(row => new Record(columns, row.EnumerateArray().Select(JsonlValueReader.Read).ToList()))
            .ToList();
        return new QueryResult(columns, records, Counters(root))
        {
            HasMore = root.TryGetProperty("truncated", out var truncated) && truncated.ValueKind == JsonValueKind.True,
        };
    }

    private static QueryCounters Counters(JsonElement root)
    {
        if (!root.TryGetProperty("stats", out var stats)) return QueryCounters.None;
        int Count(string name) => stats.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : 0;
        return new QueryCounters(Count("nodesCreated"), Count("nodesDeleted"), Count("relationshipsCreated"), Count("relationshipsDeleted"), Count("propertiesSet"));
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
