using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Cypher.Import;

namespace Graph.Cypher.Tests.Import;

// Locks down the CSV bulk import: neo4j-admin style headers, quoting, id spaces, types, all-or-nothing
// failures with file and line, constraints checked over the imported data, and durability.
public sealed class CsvImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Imports_nodes_and_relationships_with_typed_columns_and_id_spaces()
    {
        var ministries = Write("ministries.csv",
            "id:ID(Ministry),name,founded:int,budget:float,active:boolean,since:date,tags:string[],:LABEL",
            "m1,\"Ministry of Foreign Affairs, Bahrain\",1971,2.5,true,1971-08-15,diplomacy;trade,Government",
            "m2,\"Says \"\"hi\"\"\nover two lines\",,,false,,,");
        var agreements = Write("agreements.csv", "id:ID(Agreement),name", "m1,Accord");
        var partyTo = Write("party_to.csv", ":START_ID(Ministry),:END_ID(Agreement),role", "m1,m1,signatory", "m2,m1,");
        using var db = new EmbeddedGraphDatabase();

        var summary = CsvImport.Run(db, new CsvImportRequest(
            [new(["Ministry"], [ministries]), new(["Agreement"], [agreements])],
            [new("PARTY_TO", [partyTo])]));

        Assert.Equal((3L, 2L), (summary.Nodes, summary.Relationships));
        var m1 = (await db.RunAsync("MATCH (m:Ministry {id: 'm1'}) RETURN m.name, m.founded, m.budget, m.active, m.since, m.tags, labels(m) AS labels", mode: AccessMode.Read)).Records.Single();
        Assert.Equal("Ministry of Foreign Affairs, Bahrain", m1["m.name"]);
        Assert.Equal(1971L, m1["m.founded"]);
        Assert.Equal(2.5, m1["m.budget"]);
        Assert.Equal(true, m1["m.active"]);
        Assert.Equal(new CypherDate(new DateOnly(1971, 8, 15)), m1["m.since"]);
        Assert.Equal(new object[] { "diplomacy", "trade" }, (IEnumerable<object?>)m1["m.tags"]!);
        Assert.Equal(new object[] { "Ministry", "Government" }, (IEnumerable<object?>)m1["labels"]!);

        var m2 = (await db.RunAsync("MATCH (m:Ministry {id: 'm2'}) RETURN m.name, keys(m) AS keys", mode: AccessMode.Read)).Records.Single();
        Assert.Equal("Says \"hi\"\nover two lines", m2["m.name"]);
        Assert.Equal(new object[] { "id", "name", "active" }, (IEnumerable<object?>)m2["keys"]!);

        var pairs = (await db.RunAsync("MATCH (m:Ministry)-[r:PARTY_TO]->(a:Agreement) RETURN m.id AS m, a.name AS a, r.role AS role ORDER BY m", mode: AccessMode.Read)).Records;
        Assert.Equal([("m1", "Accord", (object?)"signatory"), ("m2", "Accord", null)], pairs.Select(r => ((string)r["m"]!, (string)r["a"]!, r["role"])));
    }

    [Fact]
    public async Task Rows_of_plain_values_read_back_exactly_whatever_their_length_or_script()
    {
        var longText = string.Concat(Enumerable.Repeat("Ünïcödé — 日本語 ", 40));
        var nodes = Write("plain.csv",
            "id:ID,name,n:int,x:float,ok:boolean",
            $"a,{longText},-9223372036854775808,-0.5,TRUE",
            "b,short,9223372036854775807,1e300,false",
            $"c,{new string('x', 42)},0,,",
            $"d,{new string('y', 43)},,3,");
        using var db = new EmbeddedGraphDatabase();

        var summary = CsvImport.Run(db, new CsvImportRequest([new(["P"], [nodes])], []));

        Assert.Equal(16L, summary.Properties);
        var rows = (await db.RunAsync("MATCH (p:P) RETURN p.id AS id, p.name AS name, p.n AS n, p.x AS x, p.ok AS ok, size(keys(p)) AS k ORDER BY id")).Records;
        Assert.Equal((longText, long.MinValue, -0.5, (object?)true, 5L), ((string)rows[0]["name"]!, (long)rows[0]["n"]!, (double)rows[0]["x"]!, rows[0]["ok"], (long)rows[0]["k"]!));
        Assert.Equal(("short", long.MaxValue, 1e300, (object?)false), ((string)rows[1]["name"]!, (long)rows[1]["n"]!, (double)rows[1]["x"]!, rows[1]["ok"]));
        Assert.Equal((new string('x', 42), 0L, 3L), ((string)rows[2]["name"]!, (long)rows[2]["n"]!, (long)rows[2]["k"]!));
        Assert.Equal((new string('y', 43), 3.0, 3L), ((string)rows[3]["name"]!, (double)rows[3]["x"]!, (long)rows[3]["k"]!));
        Assert.Equal("b", (await db.RunAsync("MATCH (p:P {name: 'short'}) WHERE p.n > 0 RETURN p.id AS id")).Records.Single()["id"]);
    }

    [Fact]
    public async Task Constraints_created_before_the_import_index_its_data_and_later_writes_keep_working()
    {
        var people = Write("people.csv", "id:ID,name", "p1,Ann", "p2,Bob");
        var knows = Write("knows.csv", ":START_ID,:END_ID,:TYPE", "p1,p2,KNOWS", "p2,p1,LIKES");
        using var db = new EmbeddedGraphDatabase();
        await db.RunAsync("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");

        CsvImport.Run(db, new CsvImportRequest([new(["Person"], [people])], [new(null, [knows])]));

        var plan = await db.RunAsync("EXPLAIN MATCH (p:Person {id: 'p2'}) RETURN p", mode: AccessMode.Read);
        Assert.Contains(plan.Records, r => (string)r["Operator"]! == "NodeUniqueIndexSeek");
        Assert.Equal("Bob", (await db.RunAsync("MATCH (p:Person {id: 'p2'}) RETURN p.name AS n", mode: AccessMode.Read)).Records.Single()["n"]);
        var types = (await db.RunAsync("MATCH ()-[r]->() RETURN type(r) AS t ORDER BY t", mode: AccessMode.Read)).Records.Select(r => r["t"]);
        Assert.Equal(["KNOWS", "LIKES"], types);

        var clash = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("CREATE (:Person {id: 'p1'})"));
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, clash.Code);
        await db.RunAsync("CREATE (:Person {id: 'p3'})-[:KNOWS]->(:Person {id: 'p4'})");
        Assert.Equal(4L, (await db.RunAsync("MATCH (p:Person) RETURN count(p) AS n")).Records.Single()["n"]);
        Assert.Equal(4L, (await db.RunAsync("MATCH (p:Person) RETURN count(DISTINCT id(p)) AS n")).Records.Single()["n"]);
    }

    [Fact]
    public async Task A_duplicate_under_a_uniqueness_constraint_imports_nothing()
    {
        var people = Write("people.csv", "id:ID(A),name", "a1,Ann");
        var more = Write("more.csv", "id:ID(B),name", "b1,Ann");
        using var db = new EmbeddedGraphDatabase();
        await db.RunAsync("CREATE CONSTRAINT person_name FOR (p:Person) REQUIRE p.name IS UNIQUE");

        var error = Assert.Throws<GraphException>(() => CsvImport.Run(db, new CsvImportRequest([new(["Person"], [people]), new(["Person"], [more])], [])));

        Assert.Equal(ErrorCodes.ConstraintValidationFailed, error.Code);
        Assert.Contains("person_name", error.Message);
        Assert.Equal(0L, (await db.RunAsync("MATCH (n) RETURN count(n) AS n")).Records.Single()["n"]);
        Assert.Single((await db.RunAsync("SHOW CONSTRAINTS")).Records);
    }

    [Theory]
    [InlineData("nodes", "id:ID,n:int\nx,12\ny,twelve", "nodes.csv, line 3: column `n`: `twelve` is not a valid long")]
    [InlineData("nodes", "id:ID,name\nx,a\nx,b", "nodes.csv, line 3: id `x` appears twice")]
    [InlineData("nodes", "id:ID,name\nx,a,extra", "nodes.csv, line 2: 3 fields where the header has 2")]
    [InlineData("nodes", "id:ID,n:decimal\nx,1", "nodes.csv, line 1: unknown type `decimal`")]
    [InlineData("nodes", "id:ID,name\nx,\"open", "a quoted field is not closed")]
    [InlineData("rels", "id:ID\nx", "rels.csv, line 2: no node has id `nope`")]
    public async Task Bad_input_names_file_and_line_and_imports_nothing(string failing, string nodes, string expected)
    {
        var nodeFile = Write("nodes.csv", nodes.Split('\n'));
        var rels = Write("rels.csv", ":START_ID,:END_ID", failing == "rels" ? "x,nope" : "x,x");
        using var db = new EmbeddedGraphDatabase();

        var error = Assert.Throws<GraphException>(() => CsvImport.Run(db, new CsvImportRequest([new(["N"], [nodeFile])], [new("R", [rels])])));

        Assert.Equal(ErrorCodes.InvalidRequest, error.Code);
        Assert.Contains(expected, error.Message);
        Assert.Equal(0L, (await db.RunAsync("MATCH (n) RETURN count(n) AS n")).Records.Single()["n"]);
    }

    [Fact]
    public async Task A_database_with_data_is_refused()
    {
        var nodes = Write("nodes.csv", "id:ID", "x");
        using var db = new EmbeddedGraphDatabase();
        await db.RunAsync("CREATE (:Existing)");

        var error = Assert.Throws<GraphException>(() => CsvImport.Run(db, new CsvImportRequest([new(["N"], [nodes])], [])));

        Assert.Contains("needs an empty database", error.Message);
        Assert.Equal(1L, (await db.RunAsync("MATCH (n) RETURN count(n) AS n")).Records.Single()["n"]);
    }

    [Fact]
    public async Task A_group_of_files_shares_the_first_files_header()
    {
        var header = Write("header.csv", "id:ID,year:int");
        var part1 = Write("part1.csv", "a,2001", "b,2002");
        var part2 = Write("part2.csv", "c,2003");
        using var db = new EmbeddedGraphDatabase();

        CsvImport.Run(db, new CsvImportRequest([new(["Y"], [header, part1, part2])], []));

        var years = (await db.RunAsync("MATCH (y:Y) RETURN y.year AS y ORDER BY y")).Records.Select(r => r["y"]);
        Assert.Equal([2001L, 2002L, 2003L], years);
    }

    [Fact]
    public async Task An_import_into_a_data_directory_survives_reopening_and_later_commits_too()
    {
        var nodes = Write("nodes.csv", "id:ID,name", "a,Ann", "b,Bob");
        var rels = Write("rels.csv", ":START_ID,:END_ID", "a,b");
        var data = System.IO.Path.Combine(_dir, "data");
        using (var db = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = data }))
        {
            await db.RunAsync("CREATE CONSTRAINT n_id FOR (n:N) REQUIRE n.id IS UNIQUE");
            CsvImport.Run(db, new CsvImportRequest([new(["N"], [nodes])], [new("KNOWS", [rels])]));
            await db.RunAsync("MATCH (a:N {id: 'a'}) CREATE (a)-[:KNOWS]->(:N {id: 'c', name: 'Cy'})");
        }

        using var reopened = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = data });
        var names = (await reopened.RunAsync("MATCH (:N {id: 'a'})-[:KNOWS]->(b) RETURN b.name AS n ORDER BY n")).Records.Select(r => r["n"]);
        Assert.Equal(["Bob", "Cy"], names);
        Assert.Single((await reopened.RunAsync("SHOW CONSTRAINTS")).Records);
        await Assert.ThrowsAsync<GraphException>(() => reopened.RunAsync("CREATE (:N {id: 'b'})"));
    }

    private string Write(string name, params string[] lines)
    {
        var path = System.IO.Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
