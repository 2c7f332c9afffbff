using Graph.TestSupport;

namespace Graph.Cli.Tests;

// Locks down that every analyst query in cypher/queries/ runs with `graph cypher --file` on the seeded graph,
// its `// params:` header giving the defaults, and that --param / --params / piped `:param` override them.
public sealed class AnalystQueryFileTests : IClassFixture<AnalystQueryFileTests.SeededDirectory>
{
    private readonly SeededDirectory _seeded;

    public AnalystQueryFileTests(SeededDirectory seeded) => _seeded = seeded;

    public static TheoryData<string> QueryFiles() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Cypher, "queries"), "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void Each_query_file_runs_with_the_defaults_of_its_params_header(string file)
    {
        var (code, output, error) = GraphCli.Run("cypher", "--data", _seeded.Path, "--file", Query(file));

        Assert.True(code == 0, $"{file}: {output}{error}");
        Assert.DoesNotContain("ParameterMissing", output, StringComparison.Ordinal);
        // Every analyst question has an answer on the seed graph: at least one row, not "0 rows".
        Assert.Matches(@"(?m)^[1-9]\d* rows? \(\d+ ms\)$", output);
    }

    [Fact]
    public void A_param_flag_overrides_the_header_default()
    {
        var byDefault = GraphCli.Run("cypher", "--data", _seeded.Path, "--file", Query("evidence-for-entity.cypher")).Output;
        var (code, output, error) = GraphCli.Run("cypher", "--data", _seeded.Path, "--file", Query("evidence-for-entity.cypher"), "--param", "id=kazakhstan");

        Assert.True(code == 0, output + error);
        Assert.All(DataRows(byDefault), row => Assert.StartsWith("| \"Supreme Interstate Council\"", row, StringComparison.Ordinal));
        Assert.NotEmpty(DataRows(output));
        Assert.All(DataRows(output), row => Assert.StartsWith("| \"Kazakhstan\"", row, StringComparison.Ordinal));
    }

    [Fact]
    public void Seeding_reports_progress_on_stderr_when_it_is_not_a_terminal()
    {
        // Not a terminal: plain lines (no bar, no carriage returns), at most one a second.
        Assert.Matches(@"seed: \d+% [\d,]+ statements of [\d,]+ statements, .*/s, \d+:\d\d left", _seeded.Seeding);
        Assert.DoesNotContain("\r", _seeded.Seeding, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_json_gives_typed_values_and_param_wins_over_it()
    {
        var (code, output, error) = GraphCli.Run("cypher", "--data", _seeded.Path, "--file", Query("entities-by-connections.cypher"),
            "--params", """{"limit": 5}""", "--param", "limit=2");

        Assert.True(code == 0, output + error);
        Assert.Matches(@"(?m)^2 rows \(\d+ ms\)$", output);
    }

    [Fact]
    public void Piped_input_takes_shell_commands_between_statements()
    {
        const string script = """
            :param id "kazakhstan"
            MATCH (s:State {id: $id}) RETURN s.name AS name;
            :param id=azerbaijan
            MATCH (s:State {id: $id})
            RETURN s.name AS name;
            :params
            :exit
            MATCH (n) DETACH DELETE n;
            """;
        var (code, output, error) = GraphCli.RunWithInput(script, "cypher", "--data", _seeded.Path);

        Assert.True(code == 0, output + error);
        Assert.Contains("\"Kazakhstan\"", output, StringComparison.Ordinal);
        Assert.Contains("\"Azerbaijan\"", output, StringComparison.Ordinal);
        Assert.Contains("$id = \"azerbaijan\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SyntaxError", output, StringComparison.Ordinal);
        // :exit ended the script before the delete.
        Assert.Matches(@"(?m)^1 row", GraphCli.RunWithInput("MATCH (s:State {id: 'kazakhstan'}) RETURN s;", "cypher", "--data", _seeded.Path).Output);
    }

    [Fact]
    public void A_bad_param_is_refused_with_how_to_write_it()
    {
        var (code, _, error) = GraphCli.Run("cypher", "--data", _seeded.Path, "--file", Query("evidence-for-entity.cypher"), "--param", "no-equals-sign");

        Assert.Equal(2, code);
        Assert.Contains("--param takes name=value", error, StringComparison.Ordinal);
    }

    // The table's rows: lines between the rules after the header line.
    private static List<string> DataRows(string output) =>
        output.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();

    private static string Query(string file) => Path.Combine(RepositoryPaths.Cypher, "queries", file);

    /// <summary>A data directory seeded once by `graph seed` for the class.</summary>
    public sealed class SeededDirectory : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("graph-cli-queries-").FullName;

        public SeededDirectory()
        {
            Path = System.IO.Path.Combine(_root, "data");
            var (code, output, error) = GraphCli.Run("seed", "--data", Path, "--cypher", RepositoryPaths.Cypher);
            if (code != 0) throw new InvalidOperationException("graph seed failed: " + output + error);
            Seeding = error;
        }

        public string Path { get; }

        /// <summary>What graph seed wrote on stderr (its progress).</summary>
        public string Seeding { get; }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
