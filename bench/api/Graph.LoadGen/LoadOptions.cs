using System.Globalization;

namespace Graph.LoadGen;

/// <summary>Command-line settings of one load run: where to send which body, how hard and how long.</summary>
internal sealed class LoadOptions
{
    public Uri Url { get; private set; } = new("http://127.0.0.1:5080/graphql");

    /// <summary>The GraphQL query text; the tool wraps it as <c>{"query": …}</c>.</summary>
    public string Query { get; private set; } = "";

    public int Connections { get; private set; } = 8;

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(10);

    /// <summary>A label echoed in the output (e.g. "graph/seed/flat") so a driver can tabulate runs.</summary>
    public string Label { get; private set; } = "";

    /// <summary>Print one JSON object instead of the human-readable summary.</summary>
    public bool Json { get; private set; }

    /// <summary>Send one request, print its response body and exit (for diffing two servers' answers).</summary>
    public bool Once { get; private set; }

    public const string Usage = """
        graph-loadgen — GraphQL POST load on loopback

          graph-loadgen --url URL (--query TEXT | --query-file FILE) [options]

          --connections C      concurrent keep-alive connections (default 8)
          --warmup SECONDS     unmeasured warm-up (default 3)
          --duration SECONDS   measured duration (default 10)
          --label TEXT         label echoed in the output
          --json               print one JSON object: label, requests, rps, p50Ms, p99Ms, errors, …
          --once               send one request, print the response body, exit 0 only if it has data and no errors
        """;

    /// <summary>Parses argv; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--url": options.Url = ParseUrl(Value()); break;
                case "--query": options.Query = Value(); break;
                case "--query-file": options.Query = ReadQueryFile(Value()); break;
                case "--connections" or "-c": options.Connections = PositiveInt(args[i], Value()); break;
                case "--warmup": options.Warmup = Seconds(args[i], Value(), allowZero: true); break;
                case "--duration" or "-d": options.Duration = Seconds(args[i], Value(), allowZero: false); break;
                case "--label": options.Label = Value(); break;
                case "--json": options.Json = true; break;
                case "--once": options.Once = true; break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        if (string.IsNullOrWhiteSpace(options.Query)) throw new ArgumentException("--query or --query-file is required");
        return options;
    }

    private static Uri ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"--url takes an http(s) address (got '{text}')");

    private static string ReadQueryFile(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new ArgumentException($"--query-file: no file '{path}'");

    private static int PositiveInt(string flag, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 4096
            ? n
            : throw new ArgumentException($"{flag} takes a whole number from 1 to 4096 (got '{text}')");

    private static TimeSpan Seconds(string flag, string text, bool allowZero) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && (s > 0 || (allowZero && s == 0)) && s <= 3600
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{flag} takes seconds, {(allowZero ? "0" : "more than 0")} to 3600 (got '{text}')");
}
