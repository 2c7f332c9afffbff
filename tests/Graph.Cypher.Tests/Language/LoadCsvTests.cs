using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// LOAD CSV (Cypher manual, "LOAD CSV"): rows from files of the configured import directory only, as Neo4j with
// server.directories.import set; lists without headers, maps with them, empty fields null.
public sealed class LoadCsvTests : IDisposable
{
    private readonly string _import = Directory.CreateTempSubdirectory("graph-import-").FullName;
    private readonly Db _db;

    public LoadCsvTests()
    {
        _db = new Db(new EmbeddedGraphOptions { ImportDirectory = _import });
        File.WriteAllText(Path.Combine(_import, "people.csv"), "name,age,city\nAnn,31,Oslo\nBob,,Rome\n");
        File.WriteAllText(Path.Combine(_import, "semi.csv"), "a;b\n1;2\n");
        File.WriteAllText(Path.Combine(_import, "quoted.csv"), "\"Smith, John\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n");
        Directory.CreateDirectory(Path.Combine(_import, "sub"));
        File.WriteAllText(Path.Combine(_import, "sub", "inner.csv"), "z\n");
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_import, recursive: true);
    }

    [Fact]
    public void Without_headers_each_line_is_a_list_of_strings()
    {
        var rows = _db.Column("LOAD CSV FROM 'file:///people.csv' AS row RETURN row");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Ann", "31", "Oslo"], (IEnumerable<object?>)rows[1]!);
    }

    [Fact]
    public void With_headers_each_line_is_a_map_and_empty_fields_are_null()
    {
        var result = _db.Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row RETURN row.name AS name, row.age AS age, row.city AS city");
        Assert.Equal(2, result.Records.Count);
        Assert.Equal("Ann", result.Records[0]["name"]);
        Assert.Equal("31", result.Records[0]["age"]);
        Assert.Null(result.Records[1]["age"]);
        Assert.Equal("Rome", result.Records[1]["city"]);
    }

    [Fact]
    public void The_field_terminator_splits_fields() =>
        Assert.Equal(["1", "2"], (IEnumerable<object?>)_db.Scalar("LOAD CSV WITH HEADERS FROM 'file:///semi.csv' AS r FIELDTERMINATOR ';' RETURN [r.a, r.b]")!);

    [Fact]
    public void A_field_terminator_must_be_one_character()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("LOAD CSV FROM 'file:///semi.csv' AS r FIELDTERMINATOR ';;' RETURN r"));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }

    [Fact]
    public void Quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks()
    {
        var rows = _db.Column("LOAD CSV FROM 'file:///quoted.csv' AS row RETURN row");
        Assert.Equal(["Smith, John", "say \"hi\""], (IEnumerable<object?>)rows[0]!);
        Assert.Equal(["two\nlines", "x"], (IEnumerable<object?>)rows[1]!);
    }

    [Fact]
    public void Linenumber_and_file_describe_the_record()
    {
        var result = _db.Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row RETURN linenumber() AS line, file() AS file");
        Assert.Equal([2L, 3L], result.Records.Select(r => r["line"]));
        Assert.All(result.Records, r => Assert.Equal("/people.csv", r["file"]));
    }

    [Fact]
    public void Return_star_shows_only_the_row_variable() =>
        Assert.Equal(["row"], _db.Run("LOAD CSV FROM 'file:///semi.csv' AS row RETURN *").Columns);

    [Fact]
    public void Linenumber_and_file_are_null_outside_load_csv()
    {
        var record = _db.Run("RETURN linenumber() AS line, file() AS file").Records.Single();
        Assert.Null(record["line"]);
        Assert.Null(record["file"]);
    }

    [Fact]
    public void Rows_feed_create()
    {
        var result = _db.Run("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row CREATE (:Person {name: row.name, age: toInteger(row.age)})");
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(31L, _db.Scalar("MATCH (p:Person {name: 'Ann'}) RETURN p.age"));
    }

    [Fact]
    public void A_subdirectory_of_the_import_directory_is_readable() =>
        Assert.Equal(["z"], (IEnumerable<object?>)_db.Scalar("LOAD CSV FROM 'file:///sub/../sub/inner.csv' AS row RETURN row")!);

    [Fact]
    public void The_url_may_be_a_parameter() =>
        Assert.Equal(2L, _db.Scalar("LOAD CSV FROM $url AS row RETURN count(row)", new Dictionary<string, object?> { ["url"] = "file:///semi.csv" }));

    [Fact]
    public void Load_csv_is_a_planned_LoadCSV_operator()
    {
        const string query = "LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row MERGE (p:Person {name: row.name}) ON CREATE SET p.age = toInteger(row.age) RETURN p.name, p.age, linenumber() AS line";
        var plan = _db.Run("EXPLAIN " + query).Records;
        Assert.DoesNotContain("runtime=interpreted", (string?)plan[0]["Details"]);
        Assert.Contains(plan, r => (string?)r["Operator"] == "LoadCSV" && (string?)r["Details"] == "row");
        Snapshooter.Xunit.Snapshot.Match(string.Join("\n", plan.Select(r => $"{r["Operator"]} {r["Details"]}")), Snapshooter.SnapshotNameExtension.Create("load-csv"));
    }

    [Theory]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row MERGE (p:Person {name: row.name}) ON CREATE SET p.age = toInteger(row.age) RETURN p.name, p.age, linenumber() AS line, file() AS file")]
    [InlineData("UNWIND ['people', 'semi', 'people'] AS f LOAD CSV FROM 'file:///' + f + '.csv' AS row FIELDTERMINATOR ',' RETURN f, row, linenumber() AS line")]
    [InlineData("LOAD CSV FROM 'file:///quoted.csv' AS row WITH row, linenumber() AS n WHERE n > 1 RETURN row, n, linenumber() AS after")]
    [InlineData("LOAD CSV FROM 'file:///people.csv' AS row CALL (row) { CREATE (x:Row {first: row[0]}) } IN TRANSACTIONS OF 2 ROWS RETURN count(*) AS c")]
    public void Planned_load_csv_answers_as_the_interpreter(string query)
    {
        using var interpreted = new Db(new EmbeddedGraphOptions { ImportDirectory = _import, InterpretedOnly = true });
        var expected = interpreted.Run(query);
        var actual = _db.Run(query);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.Records.Select(r => r.Values), actual.Records.Select(r => r.Values));
        Assert.Equal(expected.Counters, actual.Counters);
    }

    [Fact]
    public void Without_an_import_directory_load_csv_is_refused()
    {
        using var db = new Db();
        var error = Assert.Throws<GraphException>(() => db.Run("LOAD CSV FROM 'file:///people.csv' AS row RETURN row"));
        Assert.Equal(ErrorCodes.ExternalResourceFailed, error.Code);
        Assert.StartsWith("Cannot load from URL 'file:///people.csv': LOAD CSV is disabled", error.Message);
    }

    [Theory]
    [InlineData("file:///../outside.csv")]
    [InlineData("file:///sub/../../outside.csv")]
    [InlineData("file:///%2e%2e/outside.csv")]
    public void Paths_leaving_the_import_directory_are_refused(string url)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_import)!, "outside.csv"), "secret\n");
        var error = Assert.Throws<GraphException>(() => _db.Run($"LOAD CSV FROM '{url}' AS row RETURN row"));
        Assert.Equal(ErrorCodes.ExternalResourceFailed, error.Code);
        Assert.Equal($"Cannot load from URL '{url}': the path leaves the import directory (server.directories.import)", error.Message);
    }

    [Fact]
    public void An_absolute_path_reads_inside_the_import_directory_not_the_file_system_root()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("LOAD CSV FROM 'file:////etc/passwd' AS row RETURN row"));
        Assert.Equal("Couldn't load the external resource at: file:////etc/passwd", error.Message);
    }

    [Theory]
    [InlineData("https://example.com/a.csv", "https")]
    [InlineData("http://localhost/a.csv", "http")]
    [InlineData("ftp://host/a.csv", "ftp")]
    public void Other_protocols_are_refused(string url, string scheme)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run($"LOAD CSV FROM '{url}' AS row RETURN row"));
        Assert.Equal(ErrorCodes.ExternalResourceFailed, error.Code);
        Assert.StartsWith($"Cannot load from URL '{url}': loading resources via protocol '{scheme}' is not permitted", error.Message);
    }

    [Fact]
    public void A_missing_file_names_its_url()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("LOAD CSV FROM 'file:///missing.csv' AS row RETURN row"));
        Assert.Equal(ErrorCodes.ExternalResourceFailed, error.Code);
        Assert.Equal("Couldn't load the external resource at: file:///missing.csv", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_names_the_url_and_line()
    {
        File.WriteAllText(Path.Combine(_import, "broken.csv"), "a\n\"open,b\n");
        var error = Assert.Throws<GraphException>(() => _db.Run("LOAD CSV FROM 'file:///broken.csv' AS row RETURN row"));
        Assert.Equal(ErrorCodes.ExternalResourceFailed, error.Code);
        Assert.Equal("At file:///broken.csv line 2: a quoted field is not closed before the end of the file", error.Message);
    }

    [Fact]
    public void A_url_that_is_not_a_string_is_a_type_error()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("LOAD CSV FROM 42 AS row RETURN row"));
        Assert.Equal(ErrorCodes.TypeError, error.Code);
    }
}
