using System.Net;
using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Auth;

// Locks down who may use which door: every endpoint and operation × anonymous (with AnonymousRead on and off),
// reader, editor, admin and a signed-in caller with no role × API key and JWT. Refusals are 401 (with
// WWW-Authenticate) or 403 with a structured code, and a refused mutation leaves the graph as it was.
public sealed class RoleMatrixTests(SeededApiFactory open, RoleMatrixTests.ClosedReadFactory closed)
    : IClassFixture<SeededApiFactory>, IClassFixture<RoleMatrixTests.ClosedReadFactory>
{
    /// <summary>The seeded host with Graph:Auth:AnonymousRead off.</summary>
    public sealed class ClosedReadFactory : SeededApiFactory
    {
        public ClosedReadFactory() => AnonymousRead = false;
    }

    private static readonly string[] Operations = ["query", "mutation", "cypher", "admin", "sdl", "page"];

    // Expected status per operation in the order above, for AnonymousRead on / off.
    private static readonly (string Role, int[] Open, int[] Closed)[] Expectations =
    [
        (Credential.None, [200, 401, 200, 401, 200, 200], [401, 401, 401, 401, 200, 200]),
        ("none", [200, 403, 200, 403, 200, 200], [403, 403, 403, 403, 200, 200]),
        ("reader", [200, 403, 200, 403, 200, 200], [200, 403, 200, 403, 200, 200]),
        ("editor", [200, 200, 200, 403, 200, 200], [200, 200, 200, 403, 200, 200]),
        ("admin", [200, 200, 200, 200, 200, 200], [200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<bool, string, string, string, int> Matrix()
    {
        var data = new TheoryData<bool, string, string, string, int>();
        foreach (var anonymousRead in new[] { true, false })
        {
            foreach (var (role, onStatuses, offStatuses) in Expectations)
            {
                var credentials = role == Credential.None
                    ? [Credential.Anonymous]
                    : new[] { new Credential(role, Credential.ApiKey), new Credential(role, Credential.Jwt) };
                foreach (var credential in credentials)
                {
                    for (var i = 0; i < Operations.Length; i++) data.Add(anonymousRead, credential.Role, credential.Kind, Operations[i], (anonymousRead ? onStatuses : offStatuses)[i]);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_door_admits_exactly_the_roles_it_should(bool anonymousRead, string role, string kind, string operation, int expected)
    {
        var credential = new Credential(role, kind);
        SeededApiFactory factory = anonymousRead ? open : closed;
        using var client = factory.CreateAnonymousClient();
        var topic = "matrix-" + Guid.NewGuid().ToString("N");
        var before = await GraphCounts.ReadAsync(factory);

        using var response = await client.SendAsync(credential.Apply(Request(operation, topic)));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(expected == (int)response.StatusCode, $"{operation} as {credential}: {(int)response.StatusCode} {body}");
        if (expected == 401) Assert.NotEmpty(response.Headers.WwwAuthenticate);
        if (expected is 401 or 403) Assert.Equal(expected == 401 ? "UNAUTHENTICATED" : "FORBIDDEN", CodeOf(operation, body));
        if (operation == "mutation")
        {
            var after = await GraphCounts.ReadAsync(factory);
            Assert.Equal(expected == 200 ? before with { Nodes = before.Nodes + 1 } : before, after);
        }
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("audience")]
    [InlineData("issuer")]
    [InlineData("tampered")]
    [InlineData("unknown-key")]
    public async Task A_destructive_mutation_with_bad_credentials_is_401_and_changes_nothing(string flaw)
    {
        using var client = open.CreateAnonymousClient();
        var before = await GraphCounts.ReadAsync(open);
        var request = WithBadCredential(HttpExtensions.PostJson("/graphql", """{"query":"mutation { deleteStates { nodesDeleted } }"}"""), flaw);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await GraphCounts.ReadAsync(open));
    }

    // Each flaw on admin credentials: any of them accepted would delete every state.
    private static HttpRequestMessage WithBadCredential(HttpRequestMessage request, string flaw) => flaw switch
    {
        "expired" => request.WithBearer(TestSignIn.Token("eve", new[] { "admin" }, expiresIn: TimeSpan.FromMinutes(-10))),
        "audience" => request.WithBearer(TestSignIn.Token("eve", new[] { "admin" }, audience: "elsewhere")),
        "issuer" => request.WithBearer(TestSignIn.Token("eve", new[] { "admin" }, issuer: "https://elsewhere.test")),
        "tampered" => request.WithBearer(TestSignIn.Token("eve", new[] { "admin" }, signingKey: "a-forged-signing-key-that-is-long-enough!!")),
        _ => request.WithApiKey("graph_not-a-configured-key"),
    };

    private static HttpRequestMessage Request(string operation, string topic) => operation switch
    {
        "query" => HttpExtensions.PostJson("/graphql", """{"query":"{ states { name } }"}""", "application/graphql-response+json"),
        "mutation" => HttpExtensions.PostJson("/graphql",
            JsonSerializer.Serialize(new { query = $$"""mutation { createTopics(input: [{ id: "{{topic}}", name: "Matrix" }]) { topics { id } } }""" }),
            "application/graphql-response+json"),
        "cypher" => HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (s:State) RETURN s.name"}"""),
        "admin" => new HttpRequestMessage(HttpMethod.Post, "/admin/schema"),
        "sdl" => HttpExtensions.Get("/graphql/schema.graphql"),
        "page" => HttpExtensions.Get("/graphql", "text/html"),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    // Each door's own error shape: GraphQL errors, /cypher's errors, ProblemDetails.
    private static string? CodeOf(string operation, string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        return operation switch
        {
            "query" or "mutation" => root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString(),
            "cypher" => root.GetProperty("errors")[0].GetProperty("code").GetString(),
            _ => root.GetProperty("title").GetString(),
        };
    }
}
