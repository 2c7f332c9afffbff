using System.Globalization;
using System.Text;

namespace Graph.TckRunner.Values;

/// <summary>
/// Reads a value in the TCK's table syntax: null, booleans, integers, floats (incl. NaN, Inf), 'strings', lists,
/// maps, nodes (:L {k: v}), relationships [:T {k: v}] and paths &lt;(…)-[…]-&gt;(…)&gt;. Scalars, lists and maps
/// come back as the engine's parameter values (long, double, string, List, Dictionary).
/// </summary>
internal sealed class TckValueParser
{
    private readonly string _text;
    private int _pos;

    private TckValueParser(string text) => _text = text;

    public static object? Parse(string text)
    {
        var parser = new TckValueParser(text);
        var value = parser.Value();
        parser.Skip();
        if (parser._pos != text.Length) throw new FormatException($"unexpected '{text[parser._pos..]}' after a value in '{text}'");
        return value;
    }

    private object? Value()
    {
        Skip();
        var c = Peek();
        return c switch
        {
            '\'' or '"' => Str(),
            '[' when PeekAt(1) == ':' => Relationship(),
            '[' => List(),
            '{' => Map(),
            '(' => Node(),
            '<' => Path(),
            _ => Scalar(),
        };
    }

    private object? Scalar()
    {
        var start = _pos;
        while (_pos < _text.Length && !",]}) :".Contains(_text[_pos], StringComparison.Ordinal)) _pos++;
        var word = _text[start.._pos];
        switch (word)
        {
            case "null": return null;
            case "true": return true;
            case "false": return false;
            case "NaN": return double.NaN;
            case "Inf" or "Infinity" or "+Inf": return double.PositiveInfinity;
            case "-Inf" or "-Infinity": return double.NegativeInfinity;
        }
        if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (word.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(word[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex)) return hex;
        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
        throw new FormatException($"'{word}' is not a TCK value");
    }

    private string Str()
    {
        var quote = _text[_pos++];
        var text = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] != quote)
        {
            if (_text[_pos] == '\\' && _pos + 1 < _text.Length)
            {
                var next = _text[_pos + 1];
                text.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => next });
                _pos += 2;
                continue;
            }
            text.Append(_text[_pos++]);
        }
        Expect(quote);
        return text.ToString();
    }

    private List<object?> List()
    {
        Expect('[');
        var items = new List<object?>();
        Skip();
        if (TryTake(']')) return items;
        do items.Add(Value());
        while (TryTake(','));
        Expect(']');
        return items;
    }

    private Dictionary<string, object?> Map()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        Skip();
        if (TryTake('}')) return map;
        do
        {
            var key = Name();
            Expect(':');
            map[key] = Value();
        }
        while (TryTake(','));
        Expect('}');
        return map;
    }

    private ExpectedNode Node()
    {
        Expect('(');
        var labels = new List<string>();
        Skip();
        while (TryTake(':')) labels.Add(Name());
        Skip();
        var properties = Peek() == '{' ? Map() : new Dictionary<string, object?>();
        Expect(')');
        return new ExpectedNode(labels, properties);
    }

    private ExpectedRelationship Relationship()
    {
        Expect('[');
        Expect(':');
        var type = Name();
        Skip();
        var properties = Peek() == '{' ? Map() : new Dictionary<string, object?>();
        Expect(']');
        return new ExpectedRelationship(type, properties);
    }

    private ExpectedPath Path()
    {
        Expect('<');
        var nodes = new List<ExpectedNode> { Node() };
        var steps = new List<(ExpectedRelationship, bool)>();
        Skip();
        while (Peek() is '-' or '<')
        {
            var backward = TryTake('<');
            Expect('-');
            var relationship = Relationship();
            Expect('-');
            var forward = TryTake('>');
            if (forward == backward) throw new FormatException($"a path step needs exactly one direction in '{_text}'");
            steps.Add((relationship, forward));
            nodes.Add(Node());
            Skip();
        }
        Expect('>');
        return new ExpectedPath(nodes, steps);
    }

    private string Name()
    {
        Skip();
        if (TryTake('`'))
        {
            var close = _text.IndexOf('`', _pos);
            var quoted = _text[_pos..close];
            _pos = close + 1;
            return quoted;
        }
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$')) _pos++;
        if (_pos == start) throw new FormatException($"a name was expected at {_pos} in '{_text}'");
        return _text[start.._pos];
    }

    private void Skip()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private bool TryTake(char c)
    {
        Skip();
        if (Peek() != c) return false;
        _pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryTake(c)) throw new FormatException($"'{c}' expected at {_pos} in '{_text}'");
    }
}
