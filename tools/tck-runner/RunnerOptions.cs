using System.Globalization;

namespace Graph.TckRunner;

/// <summary>The command line: where the features are, where the named graphs are, where failures go, what to run and on which runtime.</summary>
internal sealed record RunnerOptions(string Features, string Graphs, string FailuresFile, string? Filter, TimeSpan Timeout, string? Runtime)
{
    public static RunnerOptions? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith('-')) return null;
        var features = Path.GetFullPath(args[0]);
        var graphs = Path.Combine(Path.GetDirectoryName(features.TrimEnd(Path.DirectorySeparatorChar)) ?? features, "graphs");
        var failures = "tck-failures.txt";
        string? filter = null;
        var timeout = TimeSpan.FromSeconds(10);
        string? runtime = null;
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--graphs": graphs = args[i + 1]; break;
                case "--out": failures = args[i + 1]; break;
                case "--filter": filter = args[i + 1]; break;
                case "--runtime": runtime = args[i + 1]; break;
                case "--timeout": timeout = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)); break;
                default: return null;
            }
        }
        return new RunnerOptions(features, graphs, failures, filter, timeout, runtime);
    }
}
