using System.Globalization;
using Graph.ManualRunner;

// manual-runner <docs-cypher modules or pages folder> [--page TEXT] [--failures] [--skipped] [--errors] [--isolated|--sequential]
// Extracts every example of the Cypher manual with a result table (or error message), runs it on fresh
// in-memory embedded engines (see Mode below), and prints the share that answers as the manual shows.
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: manual-runner <docs-cypher/modules folder> [--page TEXT] [--failures] [--skipped] [--errors] [--isolated|--sequential]");
    return 2;
}
var root = args[0];
var pageFilter = Option("--page");
var showFailures = args.Contains("--failures");
var showSkipped = args.Contains("--skipped");
var showErrors = args.Contains("--errors");
// The manual does not say whether an example reads its page's setup alone or the graph the page's earlier
// examples left (a constraint created by one example is there for the next; a node one example sets is changed
// in the next table). By default each example runs both ways on fresh engines and passes when either answers as
// the manual shows. --isolated runs only the page's setup; --sequential only the replay of the earlier queries.
var mode = args.Contains("--sequential") ? Mode.Sequential : args.Contains("--isolated") ? Mode.Isolated : Mode.Either;
var passedOnlyAfterEarlier = 0;

var tables = new Tally();
var errors = new Tally();
var errorWording = 0;
var skipped = new List<(ManualExample Example, string Reason)>();
var failures = new List<(ManualExample Example, string Detail)>();
var errorDetails = new List<(ManualExample Example, string Detail)>();
var importRoot = Path.Combine(Path.GetTempPath(), "manual-runner-import-" + Environment.ProcessId);

foreach (var file in Directory.EnumerateFiles(root, "*.adoc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var page = Path.GetRelativePath(root, file).Replace('\\', '/');
    if (pageFilter is not null && !page.Contains(pageFilter, StringComparison.Ordinal)) continue;
    var (examples, csvFiles) = AdocReader.Read(page, File.ReadAllLines(file));
    var importDirectory = Path.Combine(importRoot, page.Replace('/', '_'));
    Directory.CreateDirectory(importDirectory);
    foreach (var (name, content) in csvFiles) File.WriteAllText(Path.Combine(importDirectory, name), content);

    foreach (var example in examples)
    {
        if (Comparability.Reason(example) is { } reason)
        {
            skipped.Add((example, reason));
            continue;
        }
        var outcome = await ExampleRunner.RunAsync(example, importDirectory, sequential: mode == Mode.Sequential);
        // An error example that fails with other wording may fail with the manual's on the later graph (the index
        // an earlier example made is there to be refused); it is taken when it does.
        var wordingDiffers = outcome.Passed && example.ExpectedError is { Length: > 0 } && outcome.Detail != "same error text";
        if (mode == Mode.Either && (!outcome.Passed || wordingDiffers) && example.Earlier.Count > 0)
        {
            var afterEarlier = await ExampleRunner.RunAsync(example, importDirectory, sequential: true);
            if (afterEarlier.Passed && (!outcome.Passed || afterEarlier.Detail == "same error text"))
            {
                if (!outcome.Passed) passedOnlyAfterEarlier++;
                outcome = afterEarlier;
            }
        }
        if (example.ExpectedError is not null)
        {
            errors.Add(page, outcome.Passed);
            if (outcome.Passed && outcome.Detail != "failed as expected" && outcome.Detail != "same error text") errorDetails.Add((example, outcome.Detail));
            if (outcome.Detail == "same error text") errorWording++;
            if (!outcome.Passed) failures.Add((example, outcome.Detail));
            continue;
        }
        tables.Add(page, outcome.Passed);
        if (!outcome.Passed) failures.Add((example, outcome.Detail));
    }
}
try
{
    Directory.Delete(importRoot, recursive: true);
}
catch (IOException)
{
    // A leftover temporary folder is harmless.
}

if (showFailures)
{
    foreach (var (example, detail) in failures) Console.WriteLine($"FAIL {example.Page}:{example.Line}: {detail}\n    {ExampleRunner.OneLine(example.Query)}");
}
if (showErrors)
{
    foreach (var (example, detail) in errorDetails) Console.WriteLine($"WORDING {example.Page}:{example.Line}: {detail}");
}
if (showSkipped)
{
    foreach (var (example, reason) in skipped) Console.WriteLine($"SKIP {example.Page}:{example.Line}: {reason}: {ExampleRunner.OneLine(example.Query)}");
}

Console.WriteLine();
Console.WriteLine("page | passed | examples");
foreach (var (page, (passed, total)) in tables.ByPage.OrderBy(p => p.Key, StringComparer.Ordinal)) Console.WriteLine($"{page} | {passed} | {total}");
Console.WriteLine();
Console.WriteLine($"Result tables: {tables.Passed} of {tables.Total} comparable examples answer as the manual shows ({Percent(tables.Passed, tables.Total)}).");
Console.WriteLine($"Error examples: {errors.Passed} of {errors.Total} fail as the manual shows; {errorWording} with the manual's exact wording.");
if (mode == Mode.Either) Console.WriteLine($"Of these, {passedOnlyAfterEarlier} pass only on the graph the page's earlier examples leave (replayed after its setup).");
Console.WriteLine($"Not comparable: {skipped.Count}");
foreach (var group in skipped.GroupBy(s => s.Reason).OrderByDescending(g => g.Count())) Console.WriteLine($"  {group.Count(),4}  {group.Key}");
return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string Percent(int part, int whole) =>
    whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

/// <summary>Which graph an example runs on: its page's setup, that plus the page's earlier queries, or either.</summary>
internal enum Mode
{
    Either,
    Isolated,
    Sequential,
}

/// <summary>Passed and total examples, overall and per page.</summary>
internal sealed class Tally
{
    public Dictionary<string, (int Passed, int Total)> ByPage { get; } = new(StringComparer.Ordinal);

    public int Passed { get; private set; }

    public int Total { get; private set; }

    public void Add(string page, bool passed)
    {
        var (p, t) = ByPage.GetValueOrDefault(page);
        ByPage[page] = (p + (passed ? 1 : 0), t + 1);
        Total++;
        if (passed) Passed++;
    }
}
