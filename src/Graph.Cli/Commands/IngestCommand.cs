using System.Globalization;
using Graph.Cli.Progress;
using Graph.Core.Store;
using Graph.Ingest;
using Graph.Ingest.Splitting;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph ingest FILE…`: each file (text, or Markdown by its extension) through the ingestion pipeline in its own
/// transaction. Progress goes to stderr (a bar on a terminal, one line a second otherwise); a file that
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
        var progress = ProgressLine.OnStandardError("ingest", ProgressLine.Count("files"));
        var failed = 0;
        var done = 0;
        foreach (var file in options.Files)
        {
            progress.Report(done, options.Files.Count, Path.GetFileName(file));
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
                progress.Clear();
                Console.WriteLine(outcome.Created
                    ? $"{file}: document {outcome.DocumentId}, {outcome.Sentences} sentences, {outcome.MentionedEntities} entities mentioned, {outcome.Candidates} new candidates, {outcome.Proposals} new proposals"
                    : $"{file}: unchanged (the same text is document {outcome.DocumentId})");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or IngestException)
            {
                failed++;
                progress.Clear();
                await Console.Error.WriteLineAsync($"{file}: not ingested: {e.Message}");
            }
            done++;
        }
        progress.Finish();
        return failed == 0 ? 0 : 1;
    }
}
