using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Neo4j.Tests;

// Locks down error mapping: the errors array decides (not the status), positions, auth, outages, time-outs.
public sealed class QueryApiErrorTests : IDisposable
{
    private readonly FakeQueryApi _api = new();

    private Neo4jGraphDatabase Db(TimeSpan? timeout = null) =>
        new(new Neo4jOptions { Uri = _api.Uri, Timeout = timeout ?? TimeSpan.FromSeconds(10), Retry = RetryPolicy.None });

    [Fact]
    public async Task A_syntax_error_keeps_its_code_and_position_even_with_a_success_status()
    {
        _api.Respond(200, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETURN': expected ')' (line 1, column 10 (offset: 9))"}]}""");
        await using var db = Db();
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("MATCH (n RETURN n", mode: AccessMode.Read));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.Equal("SyntaxError", error.Type);
    }

    [Fact]
    public async Task A_constraint_violation_is_a_runtime_client_error()
    {
        _api.Respond(202, """{"transaction":{"id":"t1"},"data":{"fields":[],"values":[]}}""");
        _api.Respond(400, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(0) already exists with label `State` and property `id` = 'kz'"}]}""");
        await using var db = Db();
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("CREATE (:State {id: 'kz'})"));
        Assert.Equal((ErrorCodes.ConstraintValidationFailed, ErrorPhase.Runtime, false), (error.Code, error.Phase, error.IsTransient));
    }

    [Fact]
    public async Task Rejected_credentials_are_reported_as_such()
    {
        _api.Respond(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");
        await using var db = Db();
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1", mode: AccessMode.Read));
        Assert.Equal(ErrorCodes.Unauthorized, error.Code);
    }

    [Fact]
    public async Task A_server_error_without_a_body_is_transient()
    {
        _api.Respond(503, "");
        await using var db = Db();
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1", mode: AccessMode.Read));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_unavailability()
    {
        var closed = new Uri("http://127.0.0.1:1/");
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = closed, Timeout = TimeSpan.FromSeconds(5), Retry = RetryPolicy.None });
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1", mode: AccessMode.Read));
        Assert.Equal(ErrorCodes.ServiceUnavailable, error.Code);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_clear_error()
    {
        _api.Respond(_ => new FakeResponse(202, """{"data":{"fields":[],"values":[]}}""", []) { Delay = TimeSpan.FromSeconds(3) });
        await using var db = Db(TimeSpan.FromMilliseconds(300));
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1", mode: AccessMode.Read));
        Assert.Equal(ErrorCodes.TransactionTimedOut, error.Code);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_mistaken_for_a_timeout()
    {
        _api.Respond(_ => new FakeResponse(202, "{}", []) { Delay = TimeSpan.FromSeconds(3) });
        await using var db = Db();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.RunAsync("RETURN 1", mode: AccessMode.Read, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task An_undecodable_answer_is_a_database_error_not_a_crash()
    {
        _api.Respond(202, """{"data":{"fields":["a"],"values":[[{"$type":"Integer","_value":"not a number"}]]}}""");
        await using var db = Db();
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1", mode: AccessMode.Read));
        Assert.Equal(ErrorCodes.DatabaseError, error.Code);
    }

    public void Dispose() => _api.Dispose();
}
