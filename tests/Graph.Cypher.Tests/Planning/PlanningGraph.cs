using System.Globalization;
using Graph.Core.Values;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

/// <summary>
/// A small knowledge graph built the same way (so with the same ids) in any engine: states, ministries,
/// agreements with dates (some missing) and kinds, events, and the relationships between them; a range
/// index on Agreement.date and Event.date and a uniqueness constraint on Agreement.id.
/// </summary>
internal static class PlanningGraph
{
    private static readonly string[] Seed =
    [
        "UNWIND range(1, 4) AS i CREATE (:State {id: 's' + i, name: 'State ' + i})",
        "UNWIND range(1, 20) AS i CREATE (:Ministry {id: 'm' + i, n: i})",
        "UNWIND range(1, 60) AS i CREATE (:Agreement {id: 'a' + i, n: i, kind: CASE i % 3 WHEN 0 THEN 'Protocol' WHEN 1 THEN 'Memorandum' ELSE null END, date: CASE WHEN i % 13 = 0 THEN null ELSE date('2023-01-01') + duration({days: i % 17}) END})",
        "UNWIND range(1, 30) AS i CREATE (:Event {id: 'e' + i, n: i, date: date('2023-01-01') + duration({days: i % 11})})",
        "MATCH (m:Ministry), (a:Agreement) WHERE (m.n * 7 + a.n) % 9 = 0 CREATE (m)-[:PARTY_TO]->(a)",
        "MATCH (a:Agreement), (e:Event) WHERE a.n % 30 + 1 = e.n CREATE (a)-[:SIGNED_AT]->(e)",
        "MATCH (s:State), (m:Ministry) WHERE m.n % 4 + 1 = toInteger(substring(s.id, 1)) CREATE (m)-[:PART_OF]->(s)",
        "MATCH (s1:State), (s2:State) WHERE s1 <> s2 AND (toInteger(substring(s1.id, 1)) + toInteger(substring(s2.id, 1))) % 2 = 1 CREATE (s1)-[:TRADES_WITH {year: 2020}]->(s2)",
        "MATCH (s:State {id: 's1'}) CREATE (s)-[:TRADES_WITH {year: 2021}]->(s)",
        "CREATE INDEX agreement_date FOR (a:Agreement) ON (a.date)",
        "CREATE INDEX event_date FOR (e:Event) ON (e.date)",
        "CREATE CONSTRAINT agreement_id FOR (a:Agreement) REQUIRE a.id IS UNIQUE",
    ];

    public static Db Create(bool interpretedOnly = false)
    {
        var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpretedOnly });
        // Seeded on one runtime, so both engines hold the same ids (a planned MATCH … CREATE may create in another order).
        foreach (var statement in Seed) db.Run(statement.StartsWith("CREATE ", StringComparison.Ordinal) ? statement : "CYPHER runtime=interpreted " + statement);
        return db;
    }

    /// <summary>A value as comparable text: entities by id, maps by sorted key, numbers and temporals by their Cypher text.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        Node n => "N" + n.Id,
        Relationship r => "R" + r.Id,
        string s => "'" + s + "'",
        IReadOnlyDictionary<string, object?> m => "{" + string.Join(", ", m.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ": " + Text(kv.Value))) + "}",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
