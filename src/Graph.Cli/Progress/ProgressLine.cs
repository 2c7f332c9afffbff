using System.Diagnostics;
using System.Globalization;

namespace Graph.Cli.Progress;

/// <summary>
/// Progress of a long command on stderr: on a terminal a bar redrawn in place (at most ten times a second)
/// with the rate and the time left; otherwise (a log, a pipe) one plain line a second, so a log shows it is alive
/// without filling up. Thread-safe: an import reports from its parsing thread.
/// </summary>
internal sealed class ProgressLine
{
    private const int BarWidth = 24;
    private readonly TextWriter _output;
    private readonly bool _terminal;
    private readonly string _task;
    private readonly Func<long, string> _amount;
    private readonly Func<TimeSpan> _elapsed;
    private readonly TimeSpan _every;
    private readonly Lock _gate = new();
    private TimeSpan? _last;
    private bool _drawn;

    /// <param name="task">What is running, e.g. "import".</param>
    /// <param name="amount">Shows an amount of the unit counted (bytes, statements).</param>
    /// <param name="elapsed">Time since the start (a stopwatch unless a test gives its own clock).</param>
    public ProgressLine(TextWriter output, bool terminal, string task, Func<long, string> amount, Func<TimeSpan>? elapsed = null)
    {
        var watch = Stopwatch.StartNew();
        _elapsed = elapsed ?? (() => watch.Elapsed);
        _output = output;
        _terminal = terminal;
        _task = task;
        _amount = amount;
        _every = terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1);
    }

    /// <summary>For the console: stderr, drawn in place when stderr is a terminal.</summary>
    public static ProgressLine OnStandardError(string task, Func<long, string> amount) =>
        new(Console.Error, !Console.IsErrorRedirected, task, amount);

    /// <param name="final">The last report: written even inside the interval, so a log ends on where it finished.</param>
    public void Report(long done, long total, string detail = "", bool final = false)
    {
        lock (_gate)
        {
            var now = _elapsed();
            if (!final && _last is { } last && now - last < _every) return;
            _last = now;
            var line = Text(done, total, now, detail);
            if (_terminal)
            {
                _output.Write("\r" + line + "\u001b[K");
                _drawn = true;
            }
            else
            {
                _output.WriteLine(line);
            }
            _output.Flush();
        }
    }

    /// <summary>Erases the bar on a terminal so a message can take its line; the next report draws it again.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_drawn) _output.Write("\r\u001b[K");
            _drawn = false;
            _last = null;
        }
    }

    /// <summary>Ends the bar (so the summary starts on its own line).</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn) _output.WriteLine();
            _drawn = false;
        }
    }

    /// <summary>The line for <paramref name="done"/> of <paramref name="total"/> after <paramref name="elapsed"/>.</summary>
    internal string Text(long done, long total, TimeSpan elapsed, string detail)
    {
        var fraction = total > 0 ? Math.Clamp((double)done / total, 0, 1) : 0;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var eta = rate > 0 && total > done ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var filled = (int)Math.Round(fraction * BarWidth);
        var bar = _terminal ? "[" + new string('#', filled) + new string('.', BarWidth - filled) + "] " : "";
        var extra = detail.Length > 0 ? ", " + detail : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{_task}: {bar}{fraction * 100:0}% {_amount(done)} of {_amount(total)}{extra}, {_amount((long)rate)}/s, {Remaining(eta)} left");
    }

    private static string Remaining(TimeSpan eta) =>
        eta.TotalHours >= 1 ? eta.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : eta.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>Bytes as B, KB, MB or GB (powers of 1024, one decimal).</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.00} GB"),
    };

    /// <summary>A count with thousands separators and a unit, e.g. "1,204 statements".</summary>
    public static Func<long, string> Count(string unit) => n => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {unit}");
}
