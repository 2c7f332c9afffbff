using Graph.Cli.Progress;

namespace Graph.Cli.Tests;

// Locks down the progress line: percent, amounts, rate and time left computed from what was done so far.
public sealed class ProgressLineTests
{
    [Fact]
    public void A_log_line_says_percent_amounts_rate_and_time_left()
    {
        var line = new ProgressLine(TextWriter.Null, terminal: false, "import", ProgressLine.Bytes);

        var text = line.Text(25L * 1024 * 1024, 100L * 1024 * 1024, TimeSpan.FromSeconds(5), "1,000 nodes");

        Assert.Equal("import: 25% 25.0 MB of 100.0 MB, 1,000 nodes, 5.0 MB/s, 0:15 left", text);
    }

    [Fact]
    public void A_terminal_line_has_a_bar()
    {
        var line = new ProgressLine(TextWriter.Null, terminal: true, "seed", ProgressLine.Count("statements"));

        var text = line.Text(50, 100, TimeSpan.FromSeconds(10), "");

        Assert.Equal("seed: [############............] 50% 50 statements of 100 statements, 5 statements/s, 0:10 left", text);
    }

    [Fact]
    public void Reports_are_drawn_in_place_on_a_terminal_and_end_with_a_new_line()
    {
        var output = new StringWriter();
        var line = new ProgressLine(output, terminal: true, "seed", ProgressLine.Count("statements"));

        line.Report(1, 10);
        line.Finish();

        Assert.StartsWith("\rseed: [", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_gets_at_most_one_line_a_second()
    {
        var output = new StringWriter();
        var now = TimeSpan.Zero;
        var line = new ProgressLine(output, terminal: false, "import", ProgressLine.Bytes, () => now);

        // A report every half second for 100 s of the test's clock: a line at 0 s, 1 s, …, 99 s.
        for (var i = 0; i < 200; i++, now += TimeSpan.FromSeconds(0.5)) line.Report(i, 200);

        Assert.Equal(100, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
