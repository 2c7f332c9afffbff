using Graph.Cli.Jsonl;
using Graph.Cli.Shell;

namespace Graph.Cli.Commands;

/// <summary>`graph cypher`: the shell, a script, or the --jsonl protocol.</summary>
internal static class CypherCommand
{
    public static async Task<int> RunAsync(CliOptions options, CancellationToken cancellationToken)
    {
        if (options.Jsonl)
        {
            var server = new JsonlServer(() => StoreFactory.Create(options), JsonlStore.From(options));
            using var input = new StreamReader(Console.OpenStandardInput(), JsonlServer.Utf8NoBom);
            await using var output = Console.OpenStandardOutput();
            await server.RunAsync(input, output, cancellationToken);
            return 0;
        }
        await using var database = StoreFactory.Create(options);
        if (options.File is not null)
        {
            if (!File.Exists(options.File))
            {
                await Console.Error.WriteLineAsync($"graph: no such file '{options.File}'");
                return 2;
            }
            return await ScriptRunner.RunAsync(database, await File.ReadAllTextAsync(options.File, cancellationToken), Console.Out, cancellationToken);
        }
        if (!Console.IsInputRedirected && !Console.IsOutputRedirected)
        {
            return await new InteractiveShell(database).RunAsync(cancellationToken);
        }
        var script = await Console.In.ReadToEndAsync(cancellationToken);
        return await ScriptRunner.RunAsync(database, script, Console.Out, cancellationToken);
    }
}
