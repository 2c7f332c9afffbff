using System.Diagnostics;
using System.Globalization;
using Graph.Core.Store;
using Graph.Ingest;
using Graph.Ingest.Splitting;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph ingest FILE…`: each file (text, or Markdown by its extension) through the ingestion pipeline in its own
/// transaction. Progress is a bar on a terminal and one line a second otherwise (logs stay readable); a file that
/// fails is reported and the others still run.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(CliOptions options, CancellationToken cancellationToken)
    {
        if (options.Files.Count == 0) throw new ArgumentException("graph ingest needs at least one FILE");
        if (options.Files.Count > 1 && options.Title is not null) throw new ArgumentException("--title names one document; ingest several files without it (each takes its Markdown heading or file name)");
        DateOnly? published = options.Published is null ? null
            : DateOnly.TryParseExact(options.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw new ArgumentException($"--published takes a date as YYYY-MM-DD, not '{options.Published}'");

        await using var database = StoreFactory.Create(options);
        var pipeline = new IngestionPipeline();
        var progress = new Progress(options.Files.Count, Console.IsOutputRedirected);
        var failed = 0;
        foreach (var file in options.Files)
        {
            progress.Show(file);
            try
            {
                var content = await File.ReadAllTextAsync(file, cancellationToken);
                var markdown = DocumentText.IsMarkdown(file);
                var request = new IngestRequest(content)
                {
                    Title = options.Title ?? (markdown ? DocumentText.MarkdownTitle(content) : null) ?? Path.GetFileNameWithoutExtension(file),
                    PublishedAt = published,
                    Source = options.Source,
                    Markdown = markdown,
                };
                var outcome = await database.RunInTransactionAsync(AccessMode.Write, (tx, ct) => pipeline.IngestAsync(tx, request, ct), cancellationToken);
                progress.Done(outcome.Created
                    ? $"{file}: document {outcome.DocumentId}, {outcome.Sentences} sentences, {outcome.MentionedEntities} entities mentioned, {outcome.Candidates} new candidates, {outcome.Proposals} new proposals"
                    : $"{file}: unchanged (the same text is document {outcome.DocumentId})");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or IngestException)
            {
                failed++;
                progress.Done($"{file}: not ingested: {e.Message}", error: true);
            }
        }
        progress.Finish();
        return failed == 0 ? 0 : 1;
    }

    /// <summary>A bar redrawn in place on a terminal; when output is redirected, at most one status line a second.</summary>
    private sealed class Progress(int total, bool redirected)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _lastLine = TimeSpan.FromSeconds(-1);
        private int _done;

        public void Show(string file)
        {
            if (!redirected)
            {
                const int width = 30;
                var filled = total == 0 ? width : _done * width / total;
                Console.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total} {Path.GetFileName(file)}".PadRight(Math.Max(0, Console.WindowWidth - 1)));
            }
            else if (_clock.Elapsed - _lastLine >= TimeSpan.FromSeconds(1))
            {
                _lastLine = _clock.Elapsed;
                Console.WriteLine($"ingesting {_done + 1}/{total}: {file}");
            }
        }

        public void Done(string message, bool error = false)
        {
            _done++;
            if (!redirected) Console.Write("\r" + new string(' ', Math.Max(0, Console.WindowWidth - 1)) + "\r");
            (error ? Console.Error : Console.Out).WriteLine(message);
        }

        public void Finish()
        {
            if (!redirected) Console.WriteLine($"[{new string('#', 30)}] {_done}/{total} done");
        }
    }
}
