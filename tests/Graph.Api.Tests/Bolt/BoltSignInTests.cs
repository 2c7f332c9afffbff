using Graph.Api.Tests.Support;
using Graph.Bolt.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Bolt;

/// <summary>
/// Bolt sign-in goes through the service's own API key and JWT handlers: the same credentials give the same roles
/// as over HTTP, refusals are refusals, and anonymous access follows Graph:Auth:AnonymousRead.
/// </summary>
public sealed class BoltSignInTests
{
    [Fact]
    public async Task Keys_and_tokens_give_their_roles_and_unknown_credentials_are_refused()
    {
        await using var factory = new SeededApiFactory();
        var auth = factory.Services.GetRequiredService<IBoltAuthenticator>();

        var editor = await auth.SignInAsync(Basic(TestSignIn.EditorKey), CancellationToken.None);
        Assert.True(editor is { Succeeded: true, CanWrite: true, User: "editor-service" }, editor.ToString());
        var reader = await auth.SignInAsync(Basic(TestSignIn.ReaderKey), CancellationToken.None);
        Assert.True(reader is { Succeeded: true, CanWrite: false, User: "reader-script" }, reader.ToString());
        var token = await auth.SignInAsync(Bearer(TestSignIn.Token("ana", "editor")), CancellationToken.None);
        Assert.True(token is { Succeeded: true, CanWrite: true, User: "ana" }, token.ToString());
        // A token as the password of basic auth, for tools that offer nothing else.
        var tokenAsPassword = await auth.SignInAsync(Basic(TestSignIn.Token("ana", "reader")), CancellationToken.None);
        Assert.True(tokenAsPassword is { Succeeded: true, CanWrite: false }, tokenAsPassword.ToString());

        Assert.False((await auth.SignInAsync(Basic("not-a-key"), CancellationToken.None)).Succeeded);
        Assert.False((await auth.SignInAsync(Bearer(TestSignIn.Token("ana", "editor", expiresIn: TimeSpan.FromMinutes(-5))), CancellationToken.None)).Succeeded);
        Assert.False((await auth.SignInAsync(Bearer(TestSignIn.Token("ana", "editor", signingKey: new string('k', 48))), CancellationToken.None)).Succeeded);
        Assert.False((await auth.SignInAsync(new Dictionary<string, object?> { ["scheme"] = "kerberos", ["credentials"] = "x" }, CancellationToken.None)).Succeeded);
        var anonymous = await auth.SignInAsync(new Dictionary<string, object?> { ["scheme"] = "none" }, CancellationToken.None);
        Assert.True(anonymous is { Succeeded: true, CanWrite: false }, anonymous.ToString());
    }

    [Fact]
    public async Task Without_anonymous_reads_scheme_none_and_keys_without_a_role_are_refused()
    {
        await using var factory = new SeededApiFactory { AnonymousRead = false };
        var auth = factory.Services.GetRequiredService<IBoltAuthenticator>();

        var anonymous = await auth.SignInAsync(new Dictionary<string, object?> { ["scheme"] = "none" }, CancellationToken.None);
        Assert.False(anonymous.Succeeded);
        Assert.Contains("AnonymousRead", anonymous.Refusal, StringComparison.Ordinal);
        Assert.False((await auth.SignInAsync(Basic(TestSignIn.NoRoleKey), CancellationToken.None)).Succeeded);
        Assert.True((await auth.SignInAsync(Basic(TestSignIn.ReaderKey), CancellationToken.None)).Succeeded);
    }

    private static Dictionary<string, object?> Basic(string password) =>
        new() { ["scheme"] = "basic", ["principal"] = "graph", ["credentials"] = password };

    private static Dictionary<string, object?> Bearer(string token) =>
        new() { ["scheme"] = "bearer", ["credentials"] = token };
}
