using System.Text;

namespace Graph.TckRunner.Gherkin;

/// <summary>Splits one Gherkin table line into trimmed cells; Gherkin's escapes "\|", "\\" and "\n" stand for a bar, a backslash and a newline.</summary>
internal static class TableRow
{
    public static IReadOnlyList<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var body = line.Trim();
        for (var i = 1; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length && body[i + 1] is '|' or '\\' or 'n')
            {
                cell.Append(body[i + 1] == 'n' ? '\n' : body[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        return cells;
    }
}
