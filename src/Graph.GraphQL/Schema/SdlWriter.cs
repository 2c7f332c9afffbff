using System.Text;

namespace Graph.GraphQL.Schema;

/// <summary>Writes SDL definitions with descriptions; keeps the generator free of quoting details.</summary>
internal sealed class SdlWriter
{
    private readonly StringBuilder _text = new();

    public void Description(string? description, string indent = "")
    {
        if (string.IsNullOrEmpty(description)) return;
        var escaped = description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        _text.Append(indent).Append('"').Append(escaped).Append("\"\n");
    }

    public void Open(string keyword, string name, string description, string? implements = null)
    {
        Description(description);
        _text.Append(keyword).Append(' ').Append(name);
        if (implements is not null) _text.Append(" implements ").Append(implements);
        _text.Append(" {\n");
    }

    public void Field(string name, string type, string description, string arguments = "")
    {
        Description(description, "  ");
        _text.Append("  ").Append(name).Append(arguments).Append(": ").Append(type).Append('\n');
    }

    public void Value(string name, string description)
    {
        Description(description, "  ");
        _text.Append("  ").Append(name).Append('\n');
    }

    public void Close() => _text.Append("}\n\n");

    public void Line(string line) => _text.Append(line).Append('\n');

    public override string ToString() => _text.ToString().TrimEnd() + "\n";
}
