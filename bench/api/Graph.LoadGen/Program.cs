using System.Globalization;
using System.Text.Json;
using Graph.LoadGen;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"graph-loadgen: {e.Message}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var runner = new LoadRunner(options);
if (options.Once)
{
    try
    {
        var (problem, body) = await runner.SendOneAsync();
        Console.Out.Write(body);
        if (problem is not null) Console.Error.WriteLine($"graph-loadgen: {problem}");
        return problem is null ? 0 : 1;
    }
    catch (HttpRequestException e)
    {
        Console.Error.WriteLine($"graph-loadgen: {options.Url}: {e.Message}");
        return 1;
    }
}

var result = await runner.RunAsync();
if (options.Json)
{
    Console.Out.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
}
else
{
    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.Label} c={result.Connections} {result.Requests} requests in {result.Seconds:0.#} s: {result.RequestsPerSecond:0.0} req/s, p50 {result.P50Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, {result.Errors} errors, {result.MeanResponseBytes:0} B/response"));
    if (result.FirstError is not null) Console.Out.WriteLine($"first error: {result.FirstError}");
}
// A run with errors, or with nothing measured, is not a result to publish.
return result.Errors == 0 && result.Requests > 0 ? 0 : 1;
