using System.Text;

namespace Graph.Cypher.Csv;

/// <summary>
/// Reads CSV records (RFC 4180 quoting: "" inside quotes, delimiters and line breaks allowed in quoted
/// fields) one at a time; fields are spans over the current line, so an unquoted line allocates only
/// the line itself. Blank lines are skipped. Shared by `graph import` and LOAD CSV, each naming a malformed
/// file its own way (<paramref name="malformed"/>: line, problem).
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly char _delimiter;
    private readonly Func<long, string, Exception> _malformed;
    private readonly StringBuilder _unquoted = new();
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private string _text = "";
    private long _nextLine = 1;

    public CsvRecordReader(string path, char delimiter, Func<long, string, Exception> malformed)
    {
        Path = path;
        _delimiter = delimiter;
        _malformed = malformed;
        _reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
    }

    public string Path { get; }

    /// <summary>The line the current record starts on (1-based).</summary>
    public long Line { get; private set; }

    /// <summary>Bytes of the file read so far (to the reader's buffer), for progress.</summary>
    public long BytesRead => _reader.BaseStream.Position;

    public int FieldCount { get; private set; }

    public ReadOnlySpan<char> Field(int index) => _text.AsSpan(_starts[index], _lengths[index]);

    public string FieldString(int index) => _text.Substring(_starts[index], _lengths[index]);

    /// <summary>All fields of the current record as strings (headers).</summary>
    public List<string> Fields() => Enumerable.Range(0, FieldCount).Select(FieldString).ToList();

    public bool Read()
    {
        string? line;
        do
        {
            line = _reader.ReadLine();
            Line = _nextLine++;
            if (line is null)
            {
                return false;
            }
        }
        while (line.Length == 0);

        if (line.Contains('"'))
        {
            ReadQuoted(line);
        }
        else
        {
            Split(line);
        }

        return true;
    }

    public void Dispose() => _reader.Dispose();

    private void Split(string line)
    {
        _text = line;
        FieldCount = 0;
        var start = 0;
        while (true)
        {
            var at = line.IndexOf(_delimiter, start);
            var end = at < 0 ? line.Length : at;
            Add(start, end - start);
            if (at < 0)
            {
                return;
            }

            start = at + 1;
        }
    }

    // Unescaped fields are copied one after another into a buffer; the spans then point into it.
    private void ReadQuoted(string line)
    {
        _unquoted.Clear();
        FieldCount = 0;
        var i = 0;
        var fieldStart = 0;
        var quoted = false;
        while (true)
        {
            if (i == line.Length)
            {
                if (!quoted)
                {
                    Add(fieldStart, _unquoted.Length - fieldStart);
                    break;
                }

                // A quoted field runs on over the line break.
                line = _reader.ReadLine() ?? throw _malformed(Line, "a quoted field is not closed before the end of the file");
                _nextLine++;
                _unquoted.Append('\n');
                i = 0;
                continue;
            }

            var c = line[i++];
            if (quoted)
            {
                if (c != '"')
                {
                    _unquoted.Append(c);
                }
                else if (i < line.Length && line[i] == '"')
                {
                    _unquoted.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == _delimiter)
            {
                Add(fieldStart, _unquoted.Length - fieldStart);
                fieldStart = _unquoted.Length;
            }
            else
            {
                _unquoted.Append(c);
            }
        }

        _text = _unquoted.ToString();
    }

    private void Add(int start, int length)
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }

        _starts[FieldCount] = start;
        _lengths[FieldCount] = length;
        FieldCount++;
    }
}
