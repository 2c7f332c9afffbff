using Graph.Cli;
using Graph.Cli.Commands;

CliOptions options;
try
{
    options = CliOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync("graph: " + e.Message);
    await Console.Error.WriteLineAsync(CliOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return options.Command switch
    {
        "cypher" => await CypherCommand.RunAsync(options, cancellation.Token),
        "seed" => await SeedCommand.RunAsync(options, cancellation.Token),
        "import" => await ImportCommand.RunAsync(options, cancellation.Token),
        "ingest" => await IngestCommand.RunAsync(options, cancellation.Token),
        "recover" => await RecoverCommand.RunAsync(options, cancellation.Token),
        "apikey" => ApiKeyCommand.Run(options),
        "help" or "--help" or "-h" => Help(),
        _ => Unknown(options.Command),
    };
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync("graph: " + e.Message);
    return 2;
}
catch (Graph.Core.Errors.GraphException e)
{
    await Console.Error.WriteLineAsync("graph: " + Graph.Cli.Shell.ErrorText.Of(e));
    return 1;
}

static int Help()
{
    Console.WriteLine(CliOptions.Usage);
    return 0;
}

static int Unknown(string command)
{
    Console.Error.WriteLine($"graph: unknown command '{command}'");
    Console.Error.WriteLine(CliOptions.Usage);
    return 2;
}
