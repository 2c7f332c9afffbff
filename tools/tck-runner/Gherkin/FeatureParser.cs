namespace Graph.TckRunner.Gherkin;

/// <summary>
/// Reads the subset of Gherkin the TCK uses: Feature, Background (steps run before each scenario), Scenario and Scenario Outline with Examples,
/// steps with doc strings ("""…""") and tables (| a | b |). Outlines become one scenario per example row.
/// </summary>
internal static class FeatureParser
{
    private static readonly string[] Keywords = ["Given ", "When ", "Then ", "And ", "But "];

    public static Feature Parse(string file)
    {
        var lines = File.ReadAllLines(file);
        var name = Path.GetFileNameWithoutExtension(file);
        var scenarios = new List<Scenario>();
        var background = new List<Step>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("Feature:", StringComparison.Ordinal)) name = line["Feature:".Length..].Trim();
            if (line.StartsWith("Background:", StringComparison.Ordinal))
            {
                i = ReadSteps(lines, i + 1, background);
                continue;
            }
            if (line.StartsWith("Scenario Outline:", StringComparison.Ordinal) || line.StartsWith("Scenario Template:", StringComparison.Ordinal))
            {
                i = ReadOutline(lines, i, line[(line.IndexOf(':') + 1)..].Trim(), background, scenarios);
                continue;
            }
            if (line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                var steps = new List<Step>(background);
                i = ReadSteps(lines, i + 1, steps);
                scenarios.Add(new Scenario(line["Scenario:".Length..].Trim(), steps));
                continue;
            }
            i++;
        }
        return new Feature(name, file, scenarios);
    }

    private static int ReadOutline(string[] lines, int start, string title, IReadOnlyList<Step> background, List<Scenario> scenarios)
    {
        var steps = new List<Step>(background);
        var i = ReadSteps(lines, start + 1, steps);
        var example = 0;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('@')) { i++; continue; }
            if (!line.StartsWith("Examples:", StringComparison.Ordinal) && !line.StartsWith("Scenarios:", StringComparison.Ordinal)) break;
            var table = new List<IReadOnlyList<string>>();
            i = ReadTable(lines, i + 1, table);
            if (table.Count == 0) continue;
            var header = table[0];
            foreach (var row in table.Skip(1))
            {
                example++;
                var values = header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                scenarios.Add(new Scenario($"{title} (example {example})", steps.Select(s => Substitute(s, values)).ToList()));
            }
        }
        return i;
    }

    private static Step Substitute(Step step, IReadOnlyDictionary<string, string> values)
    {
        string Replace(string text)
        {
            foreach (var (key, value) in values) text = text.Replace("<" + key + ">", value, StringComparison.Ordinal);
            return text;
        }
        return new Step(
            Replace(step.Text),
            step.DocString is null ? null : Replace(step.DocString),
            step.Table?.Select(row => (IReadOnlyList<string>)row.Select(Replace).ToList()).ToList());
    }

    private static int ReadSteps(string[] lines, int start, List<Step> steps)
    {
        var i = start;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) { i++; continue; }
            var keyword = Keywords.FirstOrDefault(k => line.StartsWith(k, StringComparison.Ordinal));
            if (keyword is null) break;
            var text = line[keyword.Length..].Trim();
            i++;
            string? doc = null;
            List<IReadOnlyList<string>>? table = null;
            while (i < lines.Length && lines[i].Trim().Length == 0) i++;
            if (i < lines.Length && lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var indent = lines[i].IndexOf('"');
                var body = new List<string>();
                i++;
                while (i < lines.Length && !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    var raw = lines[i];
                    body.Add(raw.Length >= indent && raw[..indent].Trim().Length == 0 ? raw[indent..] : raw.TrimStart());
                    i++;
                }
                i++;
                doc = string.Join('\n', body);
            }
            else if (i < lines.Length && lines[i].Trim().StartsWith('|'))
            {
                table = [];
                i = ReadTable(lines, i, table);
            }
            steps.Add(new Step(text, doc, table));
        }
        return i;
    }

    private static int ReadTable(string[] lines, int start, List<IReadOnlyList<string>> table)
    {
        var i = start;
        while (i < lines.Length)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#')) { i++; continue; }
            if (!line.StartsWith('|')) break;
            table.Add(TableRow.Split(line));
            i++;
        }
        return i;
    }
}
