using System.Globalization;
using Graph.TckRunner.Gherkin;
using Graph.TckRunner.Running;

namespace Graph.TckRunner;

/// <summary>Runs every scenario of every feature file under a directory, prints a line per feature and writes the failures.</summary>
internal static class ConformanceRun
{
    public sealed record Summary(int Passed, int Total)
    {
        public double Percent => Total == 0 ? 0 : 100.0 * Passed / Total;
    }

    public static async Task<Summary> RunAsync(RunnerOptions options, TextWriter output)
    {
        var failures = new List<string>();
        int passed = 0, total = 0;
        var files = Directory.GetFiles(options.Features, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var feature = FeatureParser.Parse(file);
            var relative = Path.GetRelativePath(options.Features, file);
            int featurePassed = 0, featureTotal = 0;
            foreach (var scenario in feature.Scenarios)
            {
                var id = $"{relative} / {scenario.Name}";
                if (options.Filter is not null && !id.Contains(options.Filter, StringComparison.OrdinalIgnoreCase)) continue;
                featureTotal++;
                var outcome = await RunOneAsync(scenario, options);
                if (outcome.Passed) featurePassed++;
                else failures.Add($"{id}: {outcome.Reason}");
            }
            if (featureTotal == 0) continue;
            passed += featurePassed;
            total += featureTotal;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{featurePassed,4}/{featureTotal,-4} {relative}"));
        }
        await File.WriteAllLinesAsync(options.FailuresFile, failures);
        return new Summary(passed, total);
    }

    private static async Task<ScenarioOutcome> RunOneAsync(Scenario scenario, RunnerOptions options)
    {
        var run = new ScenarioRunner(options.Graphs, options.Timeout, options.Runtime).RunAsync(scenario);
        try
        {
            // A statement that ignores its timeout must not stop the whole run: give up on it and move on.
            return await run.WaitAsync(options.Timeout * 3);
        }
        catch (TimeoutException)
        {
            return ScenarioOutcome.Fail("hang: no answer within the scenario's time budget");
        }
    }
}
