using System.Diagnostics;
using Graph.Core.Errors;
using Graph.Core.Scripts;
using Graph.Core.Store;

namespace Graph.Cli.Shell;

/// <summary>Runs a script statement by statement (as cypher-shell -f does), stopping at the first error.</summary>
internal static class ScriptRunner
{
    public static async Task<int> RunAsync(IGraphDatabase database, string script, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var statement in CypherScript.Split(script))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var result = await database.RunAsync(statement.Text, null, AccessMode.Write, cancellationToken);
                await output.WriteLineAsync(TableFormatter.Format(result, watch.Elapsed));
            }
            catch (GraphException e)
            {
                await output.WriteLineAsync($"Statement at line {statement.Line} failed: {ErrorText.Of(e)}");
                return 1;
            }
        }
        return 0;
    }
}
