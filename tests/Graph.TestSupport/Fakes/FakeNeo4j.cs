using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Graph.TestSupport.Fakes;

/// <summary>
/// Neo4j's Query API v2 as an in-process <see cref="HttpMessageHandler"/>: answers scripted in order
/// first, then like a healthy, empty database (transactions open and commit, <c>RETURN 1 AS ok</c>
/// gives 1, everything else no rows). While <see cref="Down"/> it refuses connections. Every request
/// is recorded.
/// </summary>
public sealed class FakeNeo4j : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<FakeNeo4jRequest, FakeNeo4jAnswer>> _script = new();
    private readonly List<FakeNeo4jRequest> _requests = [];
    private int _transactions;

    public static Uri Address { get; } = new("http://neo4j.test:7474/");

    /// <summary>Refuse connections (as a stopped server does): nothing reaches the database.</summary>
    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    private volatile bool _down;

    /// <summary>Connections refused while <see cref="Down"/>.</summary>
    public int Refused => Volatile.Read(ref _refused);

    private int _refused;

    public IReadOnlyList<FakeNeo4jRequest> Requests
    {
        get
        {
            lock (_requests) return [.. _requests];
        }
    }

    /// <summary>Statements that ran, in order (auto-commit or inside a transaction).</summary>
    public IReadOnlyList<string> Statements => Requests.Where(r => r.Statement is not null).Select(r => r.Statement!).ToArray();

    public HttpClient Client() => new(this, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

    public void Then(Func<FakeNeo4jRequest, FakeNeo4jAnswer> answer) => _script.Enqueue(answer);

    /// <summary>The next request is answered as a healthy server would.</summary>
    public void ThenHealthy() => Then(Healthy);

    public void Then(int status, string json) => Then(_ => new FakeNeo4jAnswer(status, json));

    /// <summary>The next request fails with this Neo4j error code (in the errors array, as Neo4j sends it).</summary>
    public void ThenError(string code, string message = "scripted failure", int status = 200) =>
        Then(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    /// <summary>The next request's connection fails; <paramref name="afterSending"/> says whether the request went out first.</summary>
    public void ThenConnectionLost(bool afterSending) => Then(_ => FakeNeo4jAnswer.Lost(afterSending));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new FakeNeo4jRequest(request.Method.Method, request.RequestUri!.AbsolutePath, body, StatementOf(body));
        if (Down)
        {
            Interlocked.Increment(ref _refused);
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");
        }
        lock (_requests) _requests.Add(recorded);

        var answer = _script.TryDequeue(out var scripted) ? scripted(recorded) : Healthy(recorded);
        if (answer.LostConnection is { } afterSending)
        {
            throw afterSending
                ? new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
                : new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");
        }
        return new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            Content = new StringContent(answer.Json, Encoding.UTF8, "application/vnd.neo4j.query"),
        };
    }

    private FakeNeo4jAnswer Healthy(FakeNeo4jRequest request)
    {
        if (request.Method == "DELETE") return new FakeNeo4jAnswer(200, "{}");
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            var id = Interlocked.Increment(ref _transactions);
            return new FakeNeo4jAnswer(202, $$$"""{"transaction":{"id":"tx{{{id}}}"},"data":{"fields":[],"values":[]}}""");
        }
        if (request.Path.EndsWith("/commit", StringComparison.Ordinal)) return new FakeNeo4jAnswer(200, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:fake"]}""");
        return request.Statement == "RETURN 1 AS ok"
            ? new FakeNeo4jAnswer(202, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}}""")
            : new FakeNeo4jAnswer(202, """{"data":{"fields":[],"values":[]},"counters":{}}""");
    }

    private static string? StatementOf(string body)
    {
        if (body.Length == 0) return null;
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("statement", out var statement) ? statement.GetString() : null;
    }
}

public sealed record FakeNeo4jRequest(string Method, string Path, string Body, string? Statement);

public sealed record FakeNeo4jAnswer(int Status, string Json)
{
    /// <summary>Set: no answer, the connection fails (true: after the request was sent).</summary>
    public bool? LostConnection { get; init; }

    public static FakeNeo4jAnswer Lost(bool afterSending) => new(0, "") { LostConnection = afterSending };
}
