using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Neo4j.Tests;

/// <summary>
/// A local HTTP endpoint standing in for Neo4j's Query API: records every request and answers with
/// whatever the test scripted, so the client is exercised over real HTTP.
/// </summary>
public sealed class FakeQueryApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Func<RecordedRequest, FakeResponse>> _script = new();
    private readonly Task _loop;

    public FakeQueryApi()
    {
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Uri.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Uri { get; }

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Queues the answer to the next request.</summary>
    public void Respond(Func<RecordedRequest, FakeResponse> responder) => _script.Enqueue(responder);

    public void Respond(int status, string json, params (string Name, string Value)[] headers) =>
        Respond(_ => new FakeResponse(status, json, headers));

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var recorded = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync());
            lock (Requests) Requests.Add(recorded);
            var response = _script.TryDequeue(out var responder)
                ? responder(recorded)
                : new FakeResponse(500, """{"errors":[{"code":"Test.NoScript","message":"no scripted answer"}]}""", []);
            if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay);
            try
            {
                context.Response.StatusCode = response.Status;
                context.Response.ContentType = "application/vnd.neo4j.query";
                foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
                var bytes = Encoding.UTF8.GetBytes(response.Json);
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                // The client gave up (timeout test); nothing to answer.
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Shutting down.
        }
    }
}

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

public sealed record FakeResponse(int Status, string Json, (string Name, string Value)[] Headers)
{
    public TimeSpan Delay { get; init; }
}
