using System.Diagnostics;
using System.Globalization;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;

// crash DIR            : commits transactions forever, printing each one's sequence number once
//                        Commit() has returned (the acknowledgement the crash test trusts).
// reopen DIR NODES [--schema] : builds a store of NODES nodes (and as many relationships; with
//                        --schema also a uniqueness constraint on id and a range index on name),
//                        checkpoints, closes, then times reopening it.
// open DIR             : times opening an existing store.
return args switch
{
    ["crash", var dir] => Crash(dir),
    ["reopen", var dir, var nodes] => Reopen(dir, long.Parse(nodes, CultureInfo.InvariantCulture), schema: false),
    ["reopen", var dir, var nodes, "--schema"] => Reopen(dir, long.Parse(nodes, CultureInfo.InvariantCulture), schema: true),
    ["open", var dir] => TimeOpen(dir),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Graph.Durability.Writer crash DIR | reopen DIR NODES [--schema] | open DIR");
    return 2;
}

// Each transaction creates an Item, a HAS relationship to it and sets the counter: all or nothing.
static int Crash(string dir)
{
    using var durable = DurableGraphStore.Open(dir, new DurabilityOptions { CheckpointBytes = 16 * 1024 });
    var store = durable.Store;
    var counter = store.Snapshot().NodesWithLabel("Counter").Cast<long?>().FirstOrDefault();
    if (counter is null)
    {
        using var tx = store.BeginWrite();
        counter = tx.CreateNode(["Counter"], new Dictionary<string, object?> { ["value"] = 0L });
        tx.Commit();
    }

    var next = (long)store.Snapshot().NodeProperty(counter.Value, "value")! + 1;
    var output = Console.Out;
    for (var seq = next; ; seq++)
    {
        using (var tx = store.BeginWrite())
        {
            var item = tx.CreateNode(["Item"], new Dictionary<string, object?> { ["seq"] = seq, ["name"] = "item " + seq });
            tx.CreateRelationship(counter.Value, item, "HAS", new Dictionary<string, object?> { ["seq"] = seq });
            tx.SetNodeProperty(counter.Value, "value", seq);
            tx.Commit();
        }

        output.WriteLine(seq.ToString(CultureInfo.InvariantCulture));
        output.Flush();
    }
}

static int Reopen(string dir, long nodes, bool schema)
{
    var build = Stopwatch.StartNew();
    using (var durable = DurableGraphStore.Open(dir, new DurabilityOptions { BackgroundCheckpoints = false }))
    {
        if (schema)
        {
            using var tx = durable.BeginWrite();
            tx.CreateConstraint(new ConstraintDefinition("entityId", ConstraintType.Uniqueness, false, "Entity", ["id"]), false, out _);
            tx.CreateIndex(new IndexDefinition("entityName", IndexKind.Range, false, ["Entity"], ["name"]), false, out _);
            tx.Commit();
        }

        const int batch = 100_000;
        for (long done = 0; done < nodes; done += batch)
        {
            using var tx = durable.BeginWrite();
            var first = -1L;
            for (var i = done; i < Math.Min(nodes, done + batch); i++)
            {
                var id = tx.CreateNode(["Entity"], new Dictionary<string, object?> { ["id"] = "e" + i, ["name"] = "Entity " + i, ["rank"] = i });
                if (first >= 0)
                {
                    tx.CreateRelationship(first, id, "LINKS", new Dictionary<string, object?>());
                }

                first = id;
            }

            tx.Commit();
        }

        Console.WriteLine($"built {nodes} nodes in {build.Elapsed.TotalSeconds:F1} s");
        var checkpoint = Stopwatch.StartNew();
        durable.Checkpoint();
        Console.WriteLine($"checkpoint in {checkpoint.Elapsed.TotalSeconds:F1} s");
    }

    return TimeOpen(dir);
}

static int TimeOpen(string dir)
{
    var reopen = Stopwatch.StartNew();
    using var durable = DurableGraphStore.Open(dir);
    var view = durable.Snapshot();
    Console.WriteLine($"reopened {view.NodeCount} nodes and {view.RelationshipCount} relationships in {reopen.Elapsed.TotalSeconds:F2} s");
    return 0;
}
