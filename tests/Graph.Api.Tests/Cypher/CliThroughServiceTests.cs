using System.Net;
using Graph.Api.Tests.Support;
using Graph.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Api.Tests.Cypher;

// Locks down `graph cypher --url`: the analyst's shell working through a running service's /cypher (read-only,
// signed in with --api-key) while the service holds the data directory.
public sealed class CliThroughServiceTests
{
    [Fact]
    public void A_query_file_runs_through_the_service_with_its_default_parameters()
    {
        using var factory = new SeededApiFactory();
        var origin = Start(factory);

        var (code, output, error) = GraphCli.Run("cypher", "--url", origin, "--file", Path.Combine(RepositoryPaths.Cypher, "queries", "presidents-together.cypher"));

        Assert.True(code == 0, output + error);
        Assert.Contains("ATTENDED", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^[1-9]\d* rows?", output);
    }

    [Fact]
    public void Writes_are_refused_as_on_the_cypher_endpoint_and_change_nothing()
    {
        using var factory = new SeededApiFactory();
        var origin = Start(factory);

        var (code, output, _) = GraphCli.RunWithInput("CREATE (:Intruder) RETURN 1;", "cypher", "--url", origin, "--api-key", TestSignIn.EditorKey);
        var (_, count, _) = GraphCli.RunWithInput("MATCH (n:Intruder) RETURN count(n) AS n;", "cypher", "--url", origin);

        Assert.Equal(1, code);
        Assert.Contains("Statement at line 1 failed: Neo.ClientError.Statement.AccessMode", output, StringComparison.Ordinal);
        Assert.Contains("| 0 |", count, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_that_needs_sign_in_takes_the_api_key()
    {
        using var factory = new SeededApiFactory { AnonymousRead = false };
        var origin = Start(factory);
        const string Query = "MATCH (s:State {id: 'kazakhstan'}) RETURN s.name AS name;";

        var anonymous = GraphCli.RunWithInput(Query, "cypher", "--url", origin);
        var signedIn = GraphCli.RunWithInput(Query, "cypher", "--url", origin, "--api-key", TestSignIn.ReaderKey);

        Assert.Equal(1, anonymous.Code);
        Assert.Contains("UNAUTHENTICATED", anonymous.Output, StringComparison.Ordinal);
        Assert.True(signedIn.Code == 0, signedIn.Output + signedIn.Error);
        Assert.Contains("\"Kazakhstan\"", signedIn.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_service_is_a_clear_error()
    {
        var (code, output, _) = GraphCli.RunWithInput("RETURN 1;", "cypher", "--url", "http://127.0.0.1:9");

        Assert.Equal(1, code);
        Assert.Contains("Cannot reach the service at http://127.0.0.1:9/cypher", output, StringComparison.Ordinal);
    }

    private static string Start(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateClient();
        return client.BaseAddress!.GetLeftPart(UriPartial.Authority);
    }
}
