using Graph.GraphQL.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.GraphQL.Tests;

// Locks down the README's curation examples (examples/graphql/curation): run in order on a fresh seed as an editor,
// each without errors, with a stable answer.
public sealed class CurationExampleTests
{
    [Fact]
    public async Task Curation_examples_run_in_order_and_match_their_snapshots()
    {
        await using var graph = await CurationGraph.SeededAsync();
        var directory = Path.Combine(Examples.Directory, "curation");
        var files = Directory.GetFiles(directory, "*.graphql").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);

        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var response = await graph.RunAsync(await File.ReadAllTextAsync(file));

            Assert.True(response["errors"] is null, $"{name}: {response.ToJsonString()}");
            Snapshot.Match(Examples.Pretty(response.ToJsonString()), SnapshotNameExtension.Create(name));
        }
    }
}
