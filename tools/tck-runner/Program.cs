using System.Globalization;
using Graph.TckRunner;

// tck-runner <features-dir> [--graphs DIR] [--out FILE] [--filter TEXT] [--timeout SECONDS] [--runtime interpreted|slotted]
var options = RunnerOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: tck-runner <features-dir> [--graphs DIR] [--out failures.txt] [--filter TEXT] [--timeout SECONDS] [--runtime interpreted|slotted]");
    return 2;
}
var summary = await ConformanceRun.RunAsync(options, Console.Out);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL {summary.Passed}/{summary.Total} scenarios pass ({summary.Percent:F1}%)"));
return 0;
