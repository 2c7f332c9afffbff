using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Graph.TestSupport;

namespace Graph.Api.Tests.Auth;

// Locks down the round trip of `graph apikey new`: the environment-variable lines it prints, given to the
// service as they are, make its key sign in with the printed role, on a service that was read-only before.
public sealed partial class ApiKeyFromCliTests
{
    [Fact]
    public async Task A_key_configured_from_the_command_output_signs_in_as_an_editor()
    {
        var (code, output, error) = GraphCli.Run("apikey", "new", "--name", "from-cli", "--role", "editor");
        Assert.True(code == 0, error);
        var key = KeyPattern().Match(output).Value;

        await using var factory = new ReadOnlyFactory();
        foreach (Match line in EnvironmentLine().Matches(output)) factory.Settings[line.Groups[1].Value.Replace("__", ":", StringComparison.Ordinal)] = line.Groups[2].Value;
        Assert.Equal(3, factory.Settings.Count);
        using var client = factory.CreateAnonymousClient();
        var before = await GraphCounts.ReadAsync(factory);
        var create = JsonSerializer.Serialize(new { query = """mutation { createTopics(input: [{ id: "cli-key", name: "From the CLI" }]) { topics { id } } }""" });

        using var anonymous = await client.SendAsync(HttpExtensions.PostJson("/graphql", create, "application/graphql-response+json"));
        using var signedIn = await client.SendAsync(HttpExtensions.PostJson("/graphql", create, "application/graphql-response+json").WithApiKey(key));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("cli-key", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Nodes + 1, (await GraphCounts.ReadAsync(factory)).Nodes);
    }

    private sealed class ReadOnlyFactory : SeededApiFactory
    {
        public ReadOnlyFactory() => SignIn = false;
    }

    [GeneratedRegex("graph_[A-Za-z0-9_-]{43,}")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^\s*(Graph__Auth__ApiKeys__0__\w+)=(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex EnvironmentLine();
}
