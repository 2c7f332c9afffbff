using System.Text.RegularExpressions;

namespace Graph.GraphQL.Curation;

/// <summary>
/// Every fact relationship created or changed must say where it comes from: a <c>source</c> that is an existing
/// Document and <c>evidence</c> found verbatim in that document's text (whitespace runs compared as one space), or
/// <c>basis: "implied"</c> with a <c>note</c> saying why it is drawn.
/// </summary>
internal sealed partial class ProvenanceRule(GraphReader reader)
{
    private const string Implied = "implied";
    private const string Stated = "stated";

    public async Task CheckAsync(CurationPlan plan)
    {
        var facts = plan.EdgeCreates.Concat(plan.EdgeUpdates).Where(e => reader.Model.Relationship(e.Edge.Type)?.IsFact == true).ToList();
        var sources = facts.Select(f => f.Result.GetValueOrDefault("source")).OfType<string>().Distinct().ToList();
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, properties) in await reader.PropertiesAsync("Document", sources))
        {
            texts[id] = properties.GetValueOrDefault("text") as string;
        }
        // A document created by the same request may be cited by it.
        foreach (var document in plan.NodeCreates.Where(n => n.Node.Label == "Document"))
        {
            texts[document.Node.Id] = document.Properties.GetValueOrDefault("text") as string;
        }
        foreach (var fact in facts) Check(fact, texts, plan);
    }

    private static void Check(EdgeWrite fact, Dictionary<string, string?> texts, CurationPlan plan)
    {
        var result = fact.Result;
        var source = result.GetValueOrDefault("source") as string;
        var evidence = result.GetValueOrDefault("evidence") as string;
        var what = $"{fact.Edge}";
        if (source is not null && !texts.ContainsKey(source))
        {
            plan.Problem($"{fact.Path}.source", $"{what}: source '{source}' is not the id of any Document.");
            return;
        }
        var basis = result.GetValueOrDefault("basis") as string;
        if (basis is not null && basis != Implied && basis != Stated) return; // refused as a value already
        if (basis == Implied)
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault("note") as string))
            {
                plan.Problem($"{fact.Path}.note", $"{what}: an implied relationship needs a note saying why it is drawn.");
            }
            return;
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            plan.Problem($"{fact.Path}.source", $"{what}: a fact needs a source, the id of the Document that states it (or basis: \"implied\" with a note).");
            return;
        }
        if (string.IsNullOrWhiteSpace(evidence))
        {
            plan.Problem($"{fact.Path}.evidence", $"{what}: a fact needs evidence, the sentence of Document '{source}' that states it, verbatim.");
            return;
        }
        if (!Normalized(texts[source] ?? "").Contains(Normalized(evidence), StringComparison.Ordinal))
        {
            plan.Problem($"{fact.Path}.evidence", $"{what}: the evidence does not occur in the text of Document '{source}' (compared verbatim, whitespace runs as one space).");
        }
    }

    private static string Normalized(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
