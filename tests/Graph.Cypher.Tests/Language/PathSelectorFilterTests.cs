using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Where a predicate sits around a path selector decides when it filters (Cypher manual 5.26, "Shortest paths",
// "Pre-filters and post-filters"): inside the selector's parentheses, or on a quantified relationship, it filters
// the candidate paths before the shortest are chosen; the MATCH's WHERE filters the chosen paths afterwards. Each
// case runs on the planned runtime and on the interpreter, which must agree with the manual and with each other.
public sealed class PathSelectorFilterTests : IDisposable
{
    // The manual's railway graph for the shortest-paths page.
    private const string Stations = """
        CREATE (asc:Station {name:"Ashchurch"}), (bmv:Station {name:"Bromsgrove"}), (cnm:Station {name:"Cheltenham Spa"}),
          (dtw:Station {name:"Droitwich Spa"}), (hby:Station {name:"Hartlebury"}), (psh:Station {name:"Pershore"}),
          (wop:Station {name:"Worcestershire Parkway"}), (wof:Station {name:"Worcester Foregate Street"}),
          (wos:Station {name:"Worcester Shrub Hill"})
        CREATE (asc)-[:LINK {distance: 7.25}]->(cnm), (asc)-[:LINK {distance: 11.29}]->(wop), (asc)-[:LINK {distance: 14.75}]->(wos),
          (bmv)-[:LINK {distance: 31.14}]->(cnm), (bmv)-[:LINK {distance: 6.16}]->(dtw), (bmv)-[:LINK {distance: 12.6}]->(wop),
          (dtw)-[:LINK {distance: 5.64}]->(hby), (dtw)-[:LINK {distance: 6.03}]->(wof), (dtw)-[:LINK {distance: 5.76}]->(wos),
          (psh)-[:LINK {distance: 4.16}]->(wop), (wop)-[:LINK {distance: 3.71}]->(wos), (wof)-[:LINK {distance: 0.65}]->(wos)
        """;

    private readonly Db _planned = new();
    private readonly Db _interpreted = new(new EmbeddedGraphOptions { InterpretedOnly = true });

    public PathSelectorFilterTests()
    {
        _planned.Run(Stations);
        _interpreted.Run(Stations);
    }

    public void Dispose()
    {
        _planned.Dispose();
        _interpreted.Dispose();
    }

    /// <summary>Each row as text, the same from both runtimes.</summary>
    private List<string> Rows(string query)
    {
        var planned = RowsOf(_planned, query);
        Assert.Equal(RowsOf(_interpreted, query), planned);
        return planned;
    }

    private static List<string> RowsOf(Db db, string query) =>
        db.Run(query).Records.Select(r => string.Join(" | ", r.Values.Select(Text))).ToList();

    private static string Text(object? v) => v switch
    {
        null => "null",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        string s => s,
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public void A_predicate_on_a_quantified_relationship_holds_for_every_hop() =>
        Assert.Equal(
            ["[4.16, 3.71, 5.76, 6.16]"],
            Rows("""
                MATCH path = ANY (:Station {name: 'Pershore'})-[l:LINK WHERE l.distance < 10]-+(b:Station {name: 'Bromsgrove'})
                RETURN [r IN relationships(path) | r.distance] AS distances
                """));

    [Fact]
    public void The_quantified_relationship_variable_is_a_list_of_the_hops() =>
        Assert.Equal(
            ["4 | [4.16, 3.71, 5.76, 6.16]"],
            Rows("""
                MATCH ANY (:Station {name: 'Pershore'})-[l:LINK WHERE l.distance < 10]-+(b:Station {name: 'Bromsgrove'})
                RETURN size(l), [r IN l | r.distance]
                """));

    [Fact]
    public void A_relationship_predicate_inside_a_quantified_path_pattern_filters_each_iteration() =>
        Assert.Equal(
            ["Worcester Foregate Street | 3"],
            Rows("""
                MATCH (:Station {name: 'Pershore'}) ((a)-[r:LINK WHERE r.distance < 5]-(b)){1,3} (x)
                RETURN x.name, size(r) ORDER BY size(r) DESC LIMIT 1
                """));

    [Fact]
    public void The_match_where_filters_after_the_shortest_path_is_chosen() =>
        Assert.Empty(Rows("""
            MATCH SHORTEST 1 (:Station {name: 'Hartlebury'}) (()--(n:Station))+ (:Station {name: 'Cheltenham Spa'})
            WHERE none(stop IN n[..-1] WHERE stop.name = 'Bromsgrove')
            RETURN [stop in n[..-1] | stop.name] AS stops
            """));

    [Fact]
    public void A_where_inside_the_parentheses_filters_before_the_shortest_path_is_chosen() =>
        Assert.Equal(
            ["[Droitwich Spa, Worcester Shrub Hill, Ashchurch]"],
            Rows("""
                MATCH SHORTEST 1 ( (:Station {name: 'Hartlebury'}) (()--(n:Station))+ (:Station {name: 'Cheltenham Spa'})
                  WHERE none(stop IN n[..-1] WHERE stop.name = 'Bromsgrove') )
                RETURN [stop in n[..-1] | stop.name] AS stops
                """));

    [Fact]
    public void A_path_length_filter_in_the_match_where_drops_the_odd_shortest_paths() =>
        Assert.Equal(
            ["Bromsgrove | 2", "Worcester Foregate Street | 2", "Worcester Shrub Hill | 2", "Pershore | 4"],
            Rows("""
                MATCH p = SHORTEST 1 (:Station {name: 'Hartlebury'})--+(b:Station)
                WHERE length(p) % 2 = 0
                RETURN b.name AS destination, length(p) AS pathLength ORDER BY pathLength, destination
                """));

    [Fact]
    public void A_path_variable_declared_inside_the_parentheses_is_seen_by_the_pre_filter() =>
        Assert.Equal(
            [
                "Bromsgrove | 2", "Worcester Foregate Street | 2", "Worcester Shrub Hill | 2", "Ashchurch | 4", "Cheltenham Spa | 4",
                "Droitwich Spa | 4", "Pershore | 4", "Worcestershire Parkway | 4",
            ],
            Rows("""
                MATCH SHORTEST 1 (p = (:Station {name: 'Hartlebury'})--+(b:Station) WHERE length(p) % 2 = 0 )
                RETURN b.name AS destination, length(p) AS pathLength ORDER BY pathLength, destination
                """));

    [Fact]
    public void Shortest_k_groups_keeps_every_path_of_the_k_least_lengths_per_pair() =>
        Assert.Equal(
            ["2 | 2", "3 | 3", "4 | 1", "5 | 4", "6 | 8", "7 | 10", "8 | 6"],
            Rows("""
                MATCH p = SHORTEST 8 GROUPS (wos:Station)-[:LINK]-+(bmv:Station)
                WHERE wos.name = "Worcester Shrub Hill" AND bmv.name = "Bromsgrove"
                RETURN length(p) AS pathLength, count(*) AS numPaths ORDER BY pathLength
                """));

    [Fact]
    public void A_parenthesized_path_pattern_without_a_selector_filters_its_matches() =>
        Assert.Equal(
            ["Worcester Foregate Street | Droitwich Spa"],
            Rows("MATCH ((a:Station)-[r:LINK]->(b) WHERE r.distance > 6 AND r.distance < 6.1) RETURN b.name, a.name"));

    [Fact]
    public void A_path_variable_inside_and_before_the_parentheses_is_a_syntax_error()
    {
        var error = Assert.Throws<GraphException>(() => _planned.Run("MATCH p = SHORTEST 1 (q = (a:Station)--+(b:Station)) RETURN p"));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
    }
}
