using System.Security.Cryptography;
using System.Text;
using Graph.Core.Scripts;

namespace Graph.Core.Migrations;

/// <summary>One script to apply: its recorded name, the checksum of its text and its statements.</summary>
public sealed class MigrationScript
{
    public MigrationScript(string name, string text)
    {
        Name = name;
        // Line endings are normalised so a checkout with CRLF does not count as a change.
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
        Statements = CypherScript.Split(normalized);
    }

    public string Name { get; }

    public string Checksum { get; }

    public IReadOnlyList<ScriptStatement> Statements { get; }

    /// <summary>schema.cypher first, then seed/*.cypher in file-name order.</summary>
    public static IReadOnlyList<MigrationScript> From(CypherDirectory directory)
    {
        var files = new List<string> { directory.SchemaFile };
        files.AddRange(directory.SeedFiles());
        return files.Select(f => new MigrationScript(directory.NameOf(f), File.ReadAllText(f))).ToArray();
    }
}
