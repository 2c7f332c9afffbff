using Graph.Cli.Jsonl;
using Graph.Cli.Shell;
using Graph.Cli.Statements;

namespace Graph.Cli.Commands;

/// <summary>`graph cypher`: the shell, a script, or the --jsonl protocol; on a store opened here or through a running service.</summary>
internal static class CypherCommand
{
    public static async Task<int> RunAsync(CliOptions options, CancellationToken cancellationToken)
    {
        if (options.Jsonl)
        {
            if (options.ServiceUrl is not null) throw new ArgumentException("--jsonl speaks to a store opened here; --url cannot be combined with it");
            var server = new JsonlServer(() => StoreFactory.Create(options, memoryByDefault: true), JsonlStore.From(options));
            using var input = new StreamReader(Console.OpenStandardInput(), JsonlServer.Utf8NoBom);
            await using var output = Console.OpenStandardOutput();
            await server.RunAsync(input, output, cancellationToken);
            return 0;
        }

        string? script = null;
        if (options.File is not null)
        {
            if (!File.Exists(options.File))
            {
                await Console.Error.WriteLineAsync($"graph: no such file '{options.File}'");
                return 2;
            }
            script = await File.ReadAllTextAsync(options.File, cancellationToken);
        }
        var parameters = QueryParameters.Combine(script, options.ParamsJson, options.Params);

        await using var runner = Open(options);
        if (script is not null) return await ScriptRunner.RunAsync(runner, script, parameters, Console.Out, cancellationToken);
        if (!Console.IsInputRedirected && !Console.IsOutputRedirected)
        {
            return await new InteractiveShell(runner, parameters).RunAsync(cancellationToken);
        }
        var piped = await Console.In.ReadToEndAsync(cancellationToken);
        return await ScriptRunner.RunAsync(runner, piped, parameters, Console.Out, cancellationToken);
    }

    private static IStatementRunner Open(CliOptions options)
    {
        if (options.ServiceUrl is null) return new StoreRunner(StoreFactory.Create(options), StoreFactory.Describe(options));
        if (options.DataDirectory is not null || options.Neo4jUri is not null)
        {
            throw new ArgumentException("--url works through the service; --data and --neo4j open a store here: give one or the other");
        }
        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--url takes the service's address, e.g. http://localhost:5000 (got '{options.ServiceUrl}')");
        }
        return new ServiceRunner(url, options.ApiKey, options.Timeout);
    }
}
