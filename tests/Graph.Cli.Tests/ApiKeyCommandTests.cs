using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

// Locks down `graph apikey new`: a fresh URL-safe key of 32 random bytes each time, printed once, with the
// configuration (appsettings JSON and environment variables) whose hash is the SHA-256 of that key.
public sealed partial class ApiKeyCommandTests
{
    [Fact]
    public void The_printed_hash_is_the_sha256_of_the_printed_key_in_both_forms()
    {
        var (code, output, error) = GraphCli.Run("apikey", "new", "--name", "ci-bot", "--role", "editor");

        Assert.True(code == 0, error);
        var key = Assert.Single(KeyPattern().Matches(output)).Value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        Assert.Contains($"Graph__Auth__ApiKeys__0__Hash={hash}", output, StringComparison.Ordinal);
        Assert.Contains("Graph__Auth__ApiKeys__0__Name=ci-bot", output, StringComparison.Ordinal);
        Assert.Contains("Graph__Auth__ApiKeys__0__Roles=editor", output, StringComparison.Ordinal);
        var json = JsonDocument.Parse(output.Split('\n').Single(l => l.TrimStart().StartsWith("{ \"Graph\"", StringComparison.Ordinal))).RootElement;
        var entry = json.GetProperty("Graph").GetProperty("Auth").GetProperty("ApiKeys")[0];
        Assert.Equal(("ci-bot", hash, "editor"), (entry.GetProperty("Name").GetString(), entry.GetProperty("Hash").GetString(), entry.GetProperty("Roles")[0].GetString()));
    }

    [Fact]
    public void Every_key_is_new_and_carries_at_least_32_random_bytes()
    {
        var first = KeyPattern().Match(GraphCli.Run("apikey", "new", "--name", "a", "--role", "reader").Output).Value;
        var second = KeyPattern().Match(GraphCli.Run("apikey", "new", "--name", "a", "--role", "reader").Output).Value;

        Assert.NotEqual(first, second);
        // 32 bytes are 43 characters of unpadded base64url after the prefix.
        Assert.True(first.Length - "graph_".Length >= 43, first);
    }

    [Fact]
    public void Several_roles_may_be_given()
    {
        var (code, output, _) = GraphCli.Run("apikey", "new", "--name", "ops", "--role", "reader", "--role", "admin");

        Assert.Equal(0, code);
        Assert.Contains("Graph__Auth__ApiKeys__0__Roles=reader,admin", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown role 'writer'", "apikey", "new", "--name", "x", "--role", "writer")]
    [InlineData("needs at least one --role", "apikey", "new", "--name", "x")]
    [InlineData("needs --name", "apikey", "new", "--role", "editor")]
    [InlineData("needs --name", "apikey", "new", "--name", "two words", "--role", "editor")]
    [InlineData("usage: graph apikey new", "apikey", "--name", "x", "--role", "editor")]
    public void Bad_arguments_are_explained_and_print_no_key(string expected, params string[] args)
    {
        var (code, output, error) = GraphCli.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotMatch(KeyPattern(), output);
    }

    [GeneratedRegex("graph_[A-Za-z0-9_-]{43,}")]
    private static partial Regex KeyPattern();
}
