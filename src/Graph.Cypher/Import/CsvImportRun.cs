using System.Collections.Concurrent;
using Graph.Cypher.Csv;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Import;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Import;

/// <summary>
/// One import: reads every node group, remembering each node's id per id space, then every
/// relationship group, resolving its ends in those spaces. Header columns are resolved to tokens once
/// per group, so a row costs its field parsing and one record append, and the two run on two threads.
/// </summary>
internal sealed class CsvImportRun(CsvImportRequest request, CancellationToken cancellation)
{
    private readonly Dictionary<string, IdMap> _spaces = new(StringComparer.Ordinal);
    private const int BatchSize = 8192;
    private readonly List<Property> _properties = [];
    private List<(int[] Labels, Property[]? Properties, int BlockStart, int BlockLength)> _nodes = new(BatchSize);
    private PropertyBlockWriter _blocks = new();
    private List<(long Start, long End, int Type, Property[] Properties)> _relationships = new(BatchSize);
    private BlockingCollection<ImportBatch> _output = null!;
    private CancellationToken _stop;
    private long _firstNode;

    public long Nodes { get; private set; }

    public long Relationships { get; private set; }

    public long Properties { get; private set; }

    /// <summary>
    /// Parses on a background thread while this one appends: node ids are dense from the importer's
    /// first id, so the parser can number nodes and resolve relationship ends itself.
    /// </summary>
    public void Fill(BulkImporter importer)
    {
        _firstNode = importer.NextIds.Node;
        using var stop = new CancellationTokenSource();
        using var batches = new BlockingCollection<ImportBatch>(boundedCapacity: 8);
        var parser = Task.Run(() =>
        {
            try
            {
                Parse(importer.Tokens, batches, stop.Token);
            }
            finally
            {
                batches.CompleteAdding();
            }
        });
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                batch.AppendTo(importer);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            Join(parser);
        }
    }

    private static void Join(Task parser)
    {
        try
        {
            parser.Wait();
        }
        catch (AggregateException e) when (e.InnerException is not OperationCanceledException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException!);
        }
        catch (AggregateException)
        {
            // the consumer failed first and stopped the parser; its own error is on its way
        }
    }

    // Progress: bytes of the files finished so far, and their total.
    private long _bytesDone;
    private long _bytesTotal;
    private const int ProgressEvery = 8192;

    private void Parse(GraphTokens tokens, BlockingCollection<ImportBatch> batches, CancellationToken stop)
    {
        _bytesTotal = request.Nodes.SelectMany(g => g.Files).Concat(request.Relationships.SelectMany(g => g.Files)).Sum(f => new FileInfo(f).Length);
        _output = batches;
        _stop = stop;
        foreach (var group in request.Nodes)
        {
            var labels = group.Labels.Distinct(StringComparer.Ordinal).Select(tokens.Labels.GetOrAdd).ToArray();
            ReadGroup(tokens, group.Files, forRelationships: false, (reader, columns, keys) => AddNode(tokens, reader, columns, keys, labels));
        }

        Flush();
        foreach (var group in request.Relationships)
        {
            int? type = group.Type is null ? null : tokens.Types.GetOrAdd(group.Type);
            ReadGroup(tokens, group.Files, forRelationships: true, (reader, columns, keys) => AddRelationship(tokens, reader, columns, keys, type));
        }

        Flush();
    }

    // The first line of a group's first file is the header of all its files.
    private void ReadGroup(GraphTokens tokens, IReadOnlyList<string> files, bool forRelationships, Action<CsvRecordReader, IReadOnlyList<CsvColumn>, int[]> add)
    {
        IReadOnlyList<CsvColumn>? columns = null;
        int[] keys = [];
        foreach (var file in files)
        {
            try
            {
                using var reader = new CsvRecordReader(file, request.Delimiter, (line, problem) => CsvImportErrors.At(file, line, problem));
                if (columns is null)
                {
                    if (!reader.Read())
                    {
                        throw CsvImportErrors.At(file, 1, "the file is empty; its first line must be the header");
                    }

                    columns = CsvHeader.Parse(reader.Fields(), forRelationships, file);
                    keys = columns.Select(c => c.Property is null ? -1 : tokens.Keys.GetOrAdd(c.Property)).ToArray();
                }

                var records = 0;
                while (reader.Read())
                {
                    if (request.Progress is { } progress && ++records % ProgressEvery == 0)
                    {
                        progress(new ImportProgress(_bytesDone + reader.BytesRead, _bytesTotal, Nodes, Relationships));
                    }

                    if (reader.FieldCount > columns.Count)
                    {
                        throw CsvImportErrors.At(file, reader.Line, $"{reader.FieldCount} fields where the header has {columns.Count}");
                    }

                    if ((Nodes + Relationships) % 65_536 == 0)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        _stop.ThrowIfCancellationRequested();
                    }

                    add(reader, columns, keys);
                }

                _bytesDone += new FileInfo(file).Length;
                request.Progress?.Invoke(new ImportProgress(_bytesDone, _bytesTotal, Nodes, Relationships));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CsvImportErrors.Unreadable(file, e);
            }
        }
    }

    private void AddNode(GraphTokens tokens, CsvRecordReader reader, IReadOnlyList<CsvColumn> columns, int[] keys, int[] labels)
    {
        var idField = -1;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = columns[i];
            if (column.Role == CsvColumnRole.Id && reader.Field(i).Length > 0)
            {
                idField = i;
            }
            else if (column.Role == CsvColumnRole.Label && reader.Field(i).Length > 0)
            {
                labels = WithLabels(tokens, labels, reader.Field(i), request.ArrayDelimiter);
            }
        }

        var node = _firstNode + Nodes;
        if (TryEncode(reader, columns, keys, out var block, out var count))
        {
            _nodes.Add((labels, null, block.Start, block.Length));
        }
        else
        {
            CollectValues(reader, columns, keys);
            _nodes.Add((labels, [.. _properties], 0, 0));
            count = _properties.Count;
        }

        Nodes++;
        Properties += count;
        if (idField >= 0 && !Space(columns[idField].IdSpace).TryAdd(reader.Field(idField), node))
        {
            throw CsvImportErrors.At(reader.Path, reader.Line, $"id `{reader.FieldString(idField)}` appears twice in id space {SpaceName(columns[idField].IdSpace)}");
        }

        if (_nodes.Count == BatchSize)
        {
            Flush();
        }
    }

    private void AddRelationship(GraphTokens tokens, CsvRecordReader reader, IReadOnlyList<CsvColumn> columns, int[] keys, int? type)
    {
        long start = -1, end = -1;
        _properties.Clear();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = columns[i];
            switch (column.Role)
            {
                case CsvColumnRole.StartId:
                    start = Resolve(reader, i, column);
                    break;
                case CsvColumnRole.EndId:
                    end = Resolve(reader, i, column);
                    break;
                case CsvColumnRole.Type when reader.Field(i).Length > 0:
                    type = tokens.Types.GetOrAdd(reader.FieldString(i));
                    break;
                case CsvColumnRole.Property:
                    AddProperty(reader, i, column, keys[i]);
                    break;
            }
        }

        if (start < 0 || end < 0)
        {
            throw CsvImportErrors.At(reader.Path, reader.Line, "the relationship has no start or end id");
        }

        if (type is not { } token)
        {
            throw CsvImportErrors.At(reader.Path, reader.Line, "the relationship has no type: give one for the files or fill the :TYPE column");
        }

        _relationships.Add((start, end, token, [.. _properties]));
        Relationships++;
        Properties += _properties.Count;
        if (_relationships.Count == BatchSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (_nodes.Count > 0 || _relationships.Count > 0)
        {
            _output.Add(new ImportBatch(_nodes, _blocks.Buffer, _relationships), _stop);
            _nodes = new(BatchSize);
            _blocks = new PropertyBlockWriter();
            _relationships = new(BatchSize);
        }
    }

    /// <summary>
    /// Encodes the row's properties into the batch's block buffer (the common case: strings, numbers,
    /// booleans); false when a value needs the store's side table (arrays, temporals).
    /// </summary>
    private bool TryEncode(CsvRecordReader reader, IReadOnlyList<CsvColumn> columns, int[] keys, out (int Start, int Length) block, out int count)
    {
        block = default;
        count = 0;
        _blocks.Begin();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = columns[i];
            var field = reader.Field(i);
            if (field.IsEmpty || column.Property is null || column.Role is not (CsvColumnRole.Property or CsvColumnRole.Id))
            {
                continue;
            }

            var encoded = column.Type == CsvValueType.String && !column.IsArray
                ? _blocks.TryAddString(keys[i], field)
                : TryEncodeValue(Read(reader, i, column), keys[i]);
            if (!encoded)
            {
                _blocks.Abandon();
                return false;
            }

            count++;
        }

        block = _blocks.End();
        return true;
    }

    private bool TryEncodeValue(object? value, int key)
    {
        switch (value)
        {
            case long l:
                _blocks.AddLong(key, l);
                return true;
            case double d:
                _blocks.AddDouble(key, d);
                return true;
            case bool b:
                _blocks.AddBoolean(key, b);
                return true;
            default:
                return false;
        }
    }

    private void CollectValues(CsvRecordReader reader, IReadOnlyList<CsvColumn> columns, int[] keys)
    {
        _properties.Clear();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = columns[i];
            if (column.Role == CsvColumnRole.Id && column.Property is not null && reader.Field(i).Length > 0)
            {
                _properties.Add(new Property(keys[i], reader.FieldString(i)));
            }
            else if (column.Role == CsvColumnRole.Property)
            {
                AddProperty(reader, i, column, keys[i]);
            }
        }
    }

    private void AddProperty(CsvRecordReader reader, int field, CsvColumn column, int key)
    {
        if (Read(reader, field, column) is { } value)
        {
            _properties.Add(new Property(key, value));
        }
    }

    private object? Read(CsvRecordReader reader, int field, CsvColumn column)
    {
        try
        {
            return CsvValues.Read(reader.Field(field), column, request.ArrayDelimiter);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw CsvImportErrors.At(reader.Path, reader.Line, $"column `{column.Property}`: `{reader.FieldString(field)}` is not a valid {column.Type.ToString().ToLowerInvariant()}{(column.IsArray ? " array" : "")}");
        }
    }

    private long Resolve(CsvRecordReader reader, int field, CsvColumn column)
    {
        var text = reader.Field(field);
        if (_spaces.TryGetValue(column.IdSpace, out var ids) && ids.TryGetValue(text, out var node))
        {
            return node;
        }

        throw CsvImportErrors.At(reader.Path, reader.Line, $"no node has id `{text}` in id space {SpaceName(column.IdSpace)}");
    }

    private static int[] WithLabels(GraphTokens tokens, int[] labels, ReadOnlySpan<char> field, char delimiter)
    {
        var all = new List<int>(labels);
        foreach (var range in field.Split(delimiter))
        {
            var name = field[range].Trim().ToString();
            if (name.Length > 0 && !all.Contains(tokens.Labels.GetOrAdd(name)))
            {
                all.Add(tokens.Labels.GetOrAdd(name));
            }
        }

        return [.. all];
    }

    private IdMap Space(string name)
    {
        if (!_spaces.TryGetValue(name, out var ids))
        {
            ids = new IdMap();
            _spaces[name] = ids;
        }

        return ids;
    }

    private static string SpaceName(string space) => space.Length == 0 ? "(the global one)" : $"`{space}`";
}
