using Graph.Cypher.Storage;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// The two-level answer computed straight against the store's token-level reads, stage by stage: the
/// floor under what the executor can reach for it (every ministry, its PARTY_TO expansion, the Agreement
/// label test on the far ends, their names read in storage passes). Returns the pair count.
/// </summary>
internal sealed class StorageFloor(IGraphView view)
{
    public enum Stage
    {
        Expand,
        Labels,
        Names,
    }

    public int Run(Stage upTo)
    {
        var pairs = 0;
        var hops = new HopBuffer();
        var types = view.ResolveTypes(["PARTY_TO"]);
        int[] agreement = [view.LabelToken("Agreement")];
        var name = view.PropertyKeyToken("name");
        foreach (var m in view.NodesWithLabel("Ministry"))
        {
            view.Expand(m, Direction.Outgoing, types, hops);
            if (upTo >= Stage.Labels) view.KeepOthersLabelled(hops, agreement);
            if (upTo >= Stage.Names)
            {
                if (view.NodeProperty(m, name) is null) pairs--;
                var names = new List<object?>(hops.Count);
                view.OtherEndProperties(hops, name, names);
            }

            pairs += hops.Count;
        }

        return pairs;
    }
}
