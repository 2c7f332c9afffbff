using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Linking;

/// <summary>
/// Links by looking every surface form up in each sentence at word boundaries. The longest span wins over a span it
/// contains when both name the same kind of entity ("Heydar Aliyev" over "Aliyev"); a state inside a council's
/// name or a namesake inside a centre's name is still a mention of its own. Short forms resolve through the date:
/// "President Aliyev" is the one Aliyev holding such an office then; a form that still names several entities
/// becomes an <see cref="AmbiguousMention"/>.
/// </summary>
public sealed class GazetteerLinker : IMentionLinker
{
    public LinkedDocument Link(IReadOnlyList<Sentence> sentences, Gazetteer gazetteer, DateOnly? date)
    {
        var mentions = new List<Mention>();
        var ambiguous = new List<AmbiguousMention>();
        foreach (var sentence in sentences)
        {
            foreach (var (form, start) in Accept(Find(sentence, gazetteer)))
            {
                var end = start + form.Text.Length;
                var surface = sentence.Text.Substring(start - sentence.Start, form.Text.Length);
                var targets = Resolve(form, date);
                if (targets.Count == 1) mentions.Add(new Mention(targets[0].Ref, sentence, start, end, surface, form.Kind));
                else if (targets.Count > 1) ambiguous.Add(new AmbiguousMention(sentence, start, end, surface, targets.Select(t => t.Ref).ToList()));
            }
        }
        return new LinkedDocument(mentions, ambiguous);
    }

    private static List<(SurfaceForm Form, int Start)> Find(Sentence sentence, Gazetteer gazetteer)
    {
        var found = new List<(SurfaceForm, int)>();
        var text = sentence.Text;
        foreach (var form in gazetteer.Forms)
        {
            var comparison = form.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var at = text.IndexOf(form.Text, comparison); at >= 0; at = text.IndexOf(form.Text, at + 1, comparison))
            {
                if (IsWordBoundary(text, at - 1) && IsWordBoundary(text, at + form.Text.Length)) found.Add((form, sentence.Start + at));
            }
        }
        return found;
    }

    private static bool IsWordBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>Longest first; a span inside an accepted one is dropped when it names the same kind of entity (or is a short form).</summary>
    private static IEnumerable<(SurfaceForm Form, int Start)> Accept(List<(SurfaceForm Form, int Start)> found)
    {
        var accepted = new List<(SurfaceForm Form, int Start)>();
        foreach (var candidate in found.OrderByDescending(f => f.Form.Text.Length).ThenBy(f => f.Start).ThenBy(f => f.Form.Kind))
        {
            var end = candidate.Start + candidate.Form.Text.Length;
            var covered = accepted.Any(a =>
                a.Start <= candidate.Start && end <= a.Start + a.Form.Text.Length
                && (candidate.Form.Kind is FormKind.Surname or FormKind.TitledSurname
                    || a.Start == candidate.Start && end == a.Start + a.Form.Text.Length
                    || a.Form.Targets.Any(t => candidate.Form.Targets.Any(c => c.Label == t.Label))));
            if (!covered) accepted.Add(candidate);
        }
        return accepted.OrderBy(a => a.Start);
    }

    private static List<KnownEntity> Resolve(SurfaceForm form, DateOnly? date)
    {
        var targets = form.Kind switch
        {
            FormKind.TitledSurname => form.Targets.Where(t => t.Leads.Any(l => l.ActiveOn(date) && (l.Role is null || l.Role == form.Title))).ToList(),
            _ => form.Targets.ToList(),
        };
        return targets.Distinct().ToList();
    }
}
