using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Migrations;
using Graph.Core.Scripts;
using Graph.TestSupport;

namespace Graph.Core.Tests.Seed;

/// <summary>
/// Reads the seed scripts' nodes and relationships from their statements, which all follow one shape:
/// <c>MERGE (n:Label {id: '…'}) SET n.key = value, …</c> for nodes and
/// <c>MATCH (a:Label {id: '…'}), (b:Label {id: '…'}) MERGE (a)-[r:TYPE]->(b) SET r.key = value, …</c> for relationships.
/// Until the embedded engine can run them, this is how the tests see what the seed states.
/// </summary>
internal static partial class SeedFacts
{
    private static readonly Lazy<Parsed> Facts = new(Parse);

    public static IReadOnlyList<SeedNode> Nodes => Facts.Value.Nodes;

    public static IReadOnlyList<SeedRelationship> Relationships => Facts.Value.Relationships;

    public static IReadOnlyList<(string File, ScriptStatement Statement)> Statements => Facts.Value.Statements;

    public static SeedNode Document => Nodes.Single(n => n.Label == "Document");

    private static Parsed Parse()
    {
        var directory = CypherDirectory.At(RepositoryPaths.Cypher);
        var nodes = new List<SeedNode>();
        var relationships = new List<SeedRelationship>();
        var statements = new List<(string, ScriptStatement)>();
        foreach (var file in directory.SeedFiles())
        {
            foreach (var statement in CypherScript.Split(File.ReadAllText(file)))
            {
                var name = directory.NameOf(file);
                statements.Add((name, statement));
                var text = statement.Text;
                if (RelationshipShape().Match(text) is { Success: true } rel)
                {
                    relationships.Add(new SeedRelationship(
                        rel.Groups["type"].Value, rel.Groups["alabel"].Value, Unquote(rel.Groups["aid"].Value),
                        rel.Groups["blabel"].Value, Unquote(rel.Groups["bid"].Value), Properties(text, 'r'), $"{name}:{statement.Line}"));
                }
                else if (NodeShape().Match(text) is { Success: true } node)
                {
                    nodes.Add(new SeedNode(node.Groups["label"].Value, Unquote(node.Groups["id"].Value), Properties(text, 'n'), $"{name}:{statement.Line}"));
                }
                else if (DocumentShape().Match(text) is { Success: true } doc)
                {
                    nodes.Add(new SeedNode("Document", Unquote(doc.Groups["id"].Value), Properties(text, 'd'), $"{name}:{statement.Line}"));
                }
                else
                {
                    throw new InvalidOperationException($"{name}:{statement.Line}: statement of an unexpected shape:\n{text}");
                }
            }
        }
        return new Parsed(nodes, relationships, statements);
    }

    // Property assignments `v.key = <literal>`; literals are strings, numbers, date('…'), booleans or lists of them.
    private static Dictionary<string, object?> Properties(string text, char variable)
    {
        var set = text.IndexOf("SET ", StringComparison.Ordinal);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (set < 0) return result;
        var reader = new LiteralReader(text, set + 4);
        while (true)
        {
            reader.SkipSpace();
            if (reader.AtEnd) break;
            reader.Expect(variable);
            reader.Expect('.');
            var key = reader.Name();
            reader.SkipSpace();
            reader.Expect('=');
            reader.SkipSpace();
            result.Add(key, reader.Value());
            reader.SkipSpace();
            if (reader.AtEnd) break;
            reader.Expect(',');
        }
        return result;
    }

    private static string Unquote(string literal) => (string)new LiteralReader(literal, 0).Value()!;

    [GeneratedRegex(@"^MATCH \(a:(?<alabel>\w+) \{id: (?<aid>'[^']*')\}\), \((?:b|d):(?<blabel>\w+) \{id: (?<bid>'[^']*')\}\)\s*MERGE \(a\)-\[r:(?<type>\w+)\]->\((?:b|d)\)\s*SET ")]
    private static partial Regex RelationshipShape();

    [GeneratedRegex(@"^MERGE \(n:(?<label>\w+) \{id: (?<id>'[^']*')\}\)\s*SET ")]
    private static partial Regex NodeShape();

    [GeneratedRegex(@"^MERGE \(d:Document \{id: (?<id>'[^']*')\}\)\s*SET ")]
    private static partial Regex DocumentShape();

    private sealed record Parsed(IReadOnlyList<SeedNode> Nodes, IReadOnlyList<SeedRelationship> Relationships, IReadOnlyList<(string, ScriptStatement)> Statements);

    /// <summary>A small reader for the literal forms the seed uses; anything else fails loudly.</summary>
    private sealed class LiteralReader(string text, int position)
    {
        private int _pos = position;

        public bool AtEnd => _pos >= text.Length;

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        public void Expect(char c)
        {
            if (AtEnd || text[_pos] != c) throw Fail($"expected '{c}'");
            _pos++;
        }

        public string Name()
        {
            var start = _pos;
            while (!AtEnd && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
            if (start == _pos) throw Fail("expected a property name");
            return text[start.._pos];
        }

        public object? Value()
        {
            if (AtEnd) throw Fail("expected a value");
            var c = text[_pos];
            if (c == '\'') return String();
            if (c == '[') return List();
            if (text.AsSpan(_pos).StartsWith("date("))
            {
                _pos += 5;
                var value = String();
                Expect(')');
                return DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            if (text.AsSpan(_pos).StartsWith("true")) { _pos += 4; return true; }
            if (text.AsSpan(_pos).StartsWith("false")) { _pos += 5; return false; }
            var start = _pos;
            while (!AtEnd && (char.IsDigit(text[_pos]) || text[_pos] is '.' or '-' or 'e' or 'E' or '+')) _pos++;
            var number = text[start.._pos];
            if (number.Length == 0) throw Fail("expected a literal");
            return number.Contains('.') || number.Contains('e') || number.Contains('E')
                ? (object)double.Parse(number, CultureInfo.InvariantCulture)
                : (object)long.Parse(number, CultureInfo.InvariantCulture);
        }

        private List<object?> List()
        {
            Expect('[');
            var items = new List<object?>();
            SkipSpace();
            if (!AtEnd && text[_pos] == ']') { _pos++; return items; }
            while (true)
            {
                SkipSpace();
                items.Add(Value());
                SkipSpace();
                if (!AtEnd && text[_pos] == ']') { _pos++; return items; }
                Expect(',');
            }
        }

        // Cypher string escapes (Neo4j manual, "String literals"): \t \b \n \r \f \' \" \\ \uXXXX.
        private string String()
        {
            var quote = text[_pos++];
            var sb = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw Fail("unterminated string");
                var c = text[_pos++];
                if (c == quote) return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                var e = text[_pos++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        sb.Append((char)int.Parse(text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _pos += 4;
                        break;
                    default: sb.Append(e); break;
                }
            }
        }

        private InvalidOperationException Fail(string what) =>
            new($"Seed literal: {what} at offset {_pos} in:\n{text}");
    }
}

internal sealed record SeedNode(string Label, string Id, IReadOnlyDictionary<string, object?> Properties, string Where);

internal sealed record SeedRelationship(
    string Type, string FromLabel, string FromId, string ToLabel, string ToId, IReadOnlyDictionary<string, object?> Properties, string Where)
{
    public string? Get(string key) => Properties.TryGetValue(key, out var v) ? v as string : null;

    public override string ToString() => $"({FromId})-[:{Type}]->({ToId}) at {Where}";
}
