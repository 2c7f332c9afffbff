using Graph.BenchData.Model;
using Graph.Core.Values;

namespace Graph.BenchData.Generation;

/// <summary>
/// Builds a graph shaped like the seed: states led by leaders, ministries and organizations part of
/// states, agreements with two state parties (a third of them also with one ministry of each party),
/// signatories, a signing event, topics, places and facilities. Deterministic for a given random seed,
/// so every run of the benchmark serves the same data.
/// </summary>
internal static class SyntheticGraph
{
    private static readonly string[] AgreementKinds = ["Memorandum", "Declaration", "Protocol", "Program", "Agreement", "Roadmap", "Treaty"];
    private static readonly double[] AgreementKindWeights = [0.30, 0.15, 0.15, 0.10, 0.15, 0.10, 0.05];
    private static readonly string[] EventKinds = ["Meeting", "Summit", "Visit", "Forum", "Ceremony"];
    private static readonly string[] PlaceKinds = ["City", "Region", "District"];
    private static readonly string[] FacilityKinds = ["Road", "School", "Centre", "Plant", "Port"];
    private const string Source = "bench-generated";

    public static GraphData Build(int total, int randomSeed)
    {
        var counts = EntityCounts.For(total);
        var random = new Random(randomSeed);
        var graph = new GraphData();

        var states = Make(graph, "State", "state", counts.States, i => $"State {i}");
        var leaders = Make(graph, "Leader", "leader", counts.Leaders, i => $"Leader {i}");
        var ministries = Make(graph, "Ministry", "ministry", counts.Ministries, i => $"Ministry {i} of {states[i % states.Count].Properties["name"]}");
        var organizations = Make(graph, "Organization", "organization", counts.Organizations, i => $"Organization {i}");
        var places = Make(graph, "Place", "place", counts.Places, i => $"Place {i}");
        var facilities = Make(graph, "Facility", "facility", counts.Facilities, i => $"Facility {i}");
        var events = Make(graph, "Event", "event", counts.Events, i => $"Event {i}");
        var topics = Make(graph, "Topic", "topic", counts.Topics, i => $"Topic {i}");
        var agreements = Make(graph, "Agreement", "agreement", counts.Agreements, i => $"Agreement {i}");

        foreach (var m in ministries) m.Properties["basis"] = "stated";
        foreach (var p in places) p.Properties["kind"] = Pick(random, PlaceKinds);
        foreach (var f in facilities)
        {
            f.Properties["kind"] = Pick(random, FacilityKinds);
            f.Properties["status"] = random.Next(4) == 0 ? "planned" : "open";
        }
        foreach (var e in events)
        {
            e.Properties["kind"] = Pick(random, EventKinds);
            e.Properties["date"] = new CypherDate(RandomDate(random));
        }
        foreach (var a in agreements)
        {
            var date = RandomDate(random);
            a.Properties["kind"] = PickWeighted(random, AgreementKinds, AgreementKindWeights);
            a.Properties["date"] = new CypherDate(date);
            a.Properties["year"] = (long)date.Year;
        }

        // Structure first (who belongs where), then agreements, relationship type by relationship type.
        for (var i = 0; i < leaders.Count; i++)
        {
            if (i < states.Count) Evidence(graph.Relate(leaders[i], "LEADS", states[i]), random).Properties["role"] = "President";
        }
        for (var i = 0; i < ministries.Count; i++) Evidence(graph.Relate(ministries[i], "PART_OF", states[i % states.Count]), random);
        foreach (var o in organizations) Evidence(graph.Relate(o, "PART_OF", Pick(random, states)), random);
        foreach (var p in places) Evidence(graph.Relate(p, "LOCATED_IN", Pick(random, states)), random);
        foreach (var f in facilities) Evidence(graph.Relate(f, "LOCATED_IN", Pick(random, places)), random);
        foreach (var e in events) Evidence(graph.Relate(e, "HELD_IN", Pick(random, places)), random);

        // Each agreement: two distinct states; a third of them also one ministry of each of those states.
        var parties = agreements.Select(_ => TwoDistinct(random, states.Count)).ToArray();
        for (var i = 0; i < agreements.Count; i++)
        {
            Evidence(graph.Relate(states[parties[i].A], "PARTY_TO", agreements[i]), random);
            Evidence(graph.Relate(states[parties[i].B], "PARTY_TO", agreements[i]), random);
        }
        for (var i = 0; i < agreements.Count; i += 3)
        {
            Evidence(graph.Relate(MinistryOf(random, ministries, states.Count, parties[i].A), "PARTY_TO", agreements[i]), random);
            Evidence(graph.Relate(MinistryOf(random, ministries, states.Count, parties[i].B), "PARTY_TO", agreements[i]), random);
        }
        for (var i = 1; i < agreements.Count; i += 10) Evidence(graph.Relate(Pick(random, organizations), "PARTY_TO", agreements[i]), random);
        for (var i = 0; i < agreements.Count; i += 2) Evidence(graph.Relate(Pick(random, leaders), "SIGNED", agreements[i]), random);
        foreach (var a in agreements) Evidence(graph.Relate(a, "SIGNED_AT", Pick(random, events)), random);
        foreach (var a in agreements) Evidence(graph.Relate(a, "COVERS", Pick(random, topics)), random);
        foreach (var e in events) Evidence(graph.Relate(Pick(random, leaders), "ATTENDED", e), random);
        return graph;
    }

    private static List<GraphNode> Make(GraphData graph, string label, string idPrefix, int count, Func<int, string> name)
    {
        var nodes = new List<GraphNode>(count);
        for (var i = 0; i < count; i++)
        {
            var node = graph.AddNode(label, $"{idPrefix}-{i}", name(i));
            node.Properties["description"] = $"Generated {label.ToLowerInvariant()} number {i}.";
            nodes.Add(node);
        }
        return nodes;
    }

    private static GraphRelationship Evidence(GraphRelationship relationship, Random random)
    {
        relationship.Properties["source"] = Source;
        relationship.Properties["evidence"] = $"Generated sentence {random.Next(1_000_000)}.";
        return relationship;
    }

    /// <summary>A ministry that is part of the given state (ministry i belongs to state i mod states).</summary>
    private static GraphNode MinistryOf(Random random, List<GraphNode> ministries, int stateCount, int state)
    {
        if (state >= ministries.Count) return ministries[state % ministries.Count];
        var perState = (ministries.Count - state + stateCount - 1) / stateCount;
        return ministries[state + stateCount * random.Next(Math.Max(1, perState))];
    }

    private static (int A, int B) TwoDistinct(Random random, int count)
    {
        var a = random.Next(count);
        var b = random.Next(count - 1);
        return (a, b >= a ? b + 1 : b);
    }

    private static DateOnly RandomDate(Random random) => new DateOnly(2000, 1, 1).AddDays(random.Next(26 * 365));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string PickWeighted(Random random, string[] items, double[] weights)
    {
        var x = random.NextDouble();
        for (var i = 0; i < items.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return items[i];
        }
        return items[^1];
    }
}
