using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// The manual's quantified-path-pattern examples over its train services ("Variable-length patterns"): both services
// from Denmark Hill to Clapham Junction are found, with the same stops and distances as the manual's tables (times
// compared as hhmm numbers, so the check does not depend on how a time is printed).
public sealed class TrainServiceQuantifiedPathTests : IDisposable
{
    private readonly Db _db = new();

    public TrainServiceQuantifiedPathTests() => _db.Run("""
        CREATE (pmr:Station {name: 'Peckham Rye'}), (dmk:Station {name: 'Denmark Hill'}), (clp:Station {name: 'Clapham High Street'}),
          (wwr:Station {name: 'Wandsworth Road'}), (clj:Station {name: 'Clapham Junction'}),
          (s1:Stop {arrives: time('17:19'), departs: time('17:20')}), (s2:Stop {arrives: time('17:12'), departs: time('17:13')}),
          (s3:Stop {arrives: time('17:10'), departs: time('17:11')}), (s4:Stop {arrives: time('17:06'), departs: time('17:07')}),
          (s5:Stop {arrives: time('16:58'), departs: time('17:01')}), (s6:Stop {arrives: time('17:17'), departs: time('17:20')}),
          (s7:Stop {arrives: time('17:08'), departs: time('17:10')}),
          (clj)<-[:CALLS_AT]-(s1), (wwr)<-[:CALLS_AT]-(s2), (clp)<-[:CALLS_AT]-(s3), (dmk)<-[:CALLS_AT]-(s4),
          (pmr)<-[:CALLS_AT]-(s5), (clj)<-[:CALLS_AT]-(s6), (dmk)<-[:CALLS_AT]-(s7),
          (s5)-[:NEXT {distance: 1.2}]->(s4), (s4)-[:NEXT {distance: 0.34}]->(s3), (s3)-[:NEXT {distance: 0.76}]->(s2),
          (s2)-[:NEXT {distance: 0.3}]->(s1), (s7)-[:NEXT {distance: 1.4}]->(s6)
        """);

    public void Dispose() => _db.Dispose();

    private List<string> Rows(string query) =>
        _db.Run(query).Records.Select(r => string.Join(" | ", r.Values.Select(Text))).Order(StringComparer.Ordinal).ToList();

    private static string Text(object? v) => v switch
    {
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public void One_to_three_stops_find_both_services() =>
        Assert.Equal(
            ["1707 | 1719", "1710 | 1717"],
            Rows("""
                MATCH (:Station { name: 'Denmark Hill' })<-[:CALLS_AT]-(d:Stop)
                      ((:Stop)-[:NEXT]->(:Stop)){1,3}
                      (a:Stop)-[:CALLS_AT]->(:Station { name: 'Clapham Junction' })
                RETURN d.departs.hour * 100 + d.departs.minute AS departureTime, a.arrives.hour * 100 + a.arrives.minute AS arrivalTime
                """));

    [Fact]
    public void Group_variables_give_each_service_its_stops_and_distance() =>
        Assert.Equal(
            ["[1707, 1711, 1713, 1720] | 1.4", "[1710, 1720] | 1.4"],
            Rows("""
                MATCH (:Station {name: 'Denmark Hill'})<-[:CALLS_AT]-(origin)
                      ((l)-[r:NEXT]->(m)){1,3}
                      ()-[:CALLS_AT]->(:Station {name: 'Clapham Junction'})
                RETURN [t IN [origin.departs] + [stop in m | stop.departs] | t.hour * 100 + t.minute] AS departureTimes,
                       reduce(acc = 0.0, next in r | round(acc + next.distance, 2)) AS totalDistance
                """));
}
