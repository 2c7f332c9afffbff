using System.Net;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Auth;

// Locks down POST /admin/schema: it applies cypher/schema.cypher through the migration runner (constraints
// appear, the script is recorded) and a second call skips the unchanged script.
public sealed class AdminEndpointTests
{
    [Fact]
    public async Task The_schema_is_applied_once_and_then_skipped_as_unchanged()
    {
        await using var factory = new UnseededFactory();
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IGraphDatabase>();
        Assert.Empty((await store.RunAsync("SHOW CONSTRAINTS", mode: AccessMode.Read)).Records);

        using var first = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/admin/schema").WithApiKey(TestSignIn.AdminKey));
        using var second = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/admin/schema").WithApiKey(TestSignIn.AdminKey));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var applied = await first.JsonAsync();
        Assert.Equal("schema.cypher", applied.GetProperty("applied")[0].GetString());
        Assert.True(applied.GetProperty("statementsRun").GetInt32() > 10);
        Assert.NotEmpty((await store.RunAsync("SHOW CONSTRAINTS", mode: AccessMode.Read)).Records);
        var skipped = await second.JsonAsync();
        Assert.Equal("schema.cypher", skipped.GetProperty("skipped")[0].GetString());
        Assert.Equal(0, skipped.GetProperty("statementsRun").GetInt32());
    }

    private sealed class UnseededFactory : SeededApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:Seed", "false");
        }
    }
}
