using System.Text;
using System.Text.Json;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher.Procedures;

namespace Graph.Cli.Jsonl;

/// <summary>
/// The machine protocol of DESIGN.md: one JSON request per input line, one JSON response per output
/// line, flushed after each. A bad line gets an error response; the process keeps serving.
/// </summary>
internal sealed class JsonlServer
{
    private static readonly string[] CounterNames =
    [
        "nodesCreated", "nodesDeleted", "relationshipsCreated", "relationshipsDeleted", "propertiesSet",
        "labelsAdded", "labelsRemoved", "indexesAdded", "indexesRemoved", "constraintsAdded", "constraintsRemoved",
    ];

    private readonly Func<IGraphDatabase> _newDatabase;
    private readonly JsonlStore _store;
    private IGraphDatabase? _database;

    /// <param name="newDatabase">Opens the store.</param>
    /// <param name="store">What the store is: in memory, a reset opens a new empty store (cheap); a data
    /// directory or Neo4j holds a user's graph, which a reset erases only when the command allows it.</param>
    public JsonlServer(Func<IGraphDatabase> newDatabase, JsonlStore store)
    {
        _newDatabase = newDatabase;
        _store = store;
    }

    public async Task RunAsync(TextReader input, Stream output, CancellationToken cancellationToken)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, SkipValidation = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        string? line;
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            await HandleAsync(line, writer, cancellationToken);
            await writer.FlushAsync(cancellationToken);
            writer.Reset();
            output.WriteByte((byte)'\n');
            await output.FlushAsync(cancellationToken);
        }
        if (_database is not null) await _database.DisposeAsync();
    }

    private async Task HandleAsync(string line, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        JsonElement id = default;
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 128 });
            var request = document.RootElement;
            if (request.ValueKind != JsonValueKind.Object) throw InvalidRequest("a request must be a JSON object");
            if (request.TryGetProperty("id", out var idElement)) id = idElement.Clone();
            // Reset is opt-in: a machine protocol must never erase a user's graph by default.
            var reset = request.TryGetProperty("reset", out var resetElement) && resetElement.ValueKind == JsonValueKind.True;
            if (resetElement.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False))
            {
                throw InvalidRequest("'reset' must be true or false");
            }
            if (reset && !_store.InMemory && !_store.AllowReset) throw ResetRefused();
            QueryCounters? resetCounters = null;
            if (_database is null || (reset && _store.InMemory))
            {
                if (_database is not null) await _database.DisposeAsync();
                _database = _newDatabase();
            }
            if (reset && !_store.InMemory)
            {
                resetCounters = (await _database.RunAsync("MATCH (n) DETACH DELETE n", null, AccessMode.Write, cancellationToken)).Counters;
            }
            // Declared procedures exist for this request only (its setup included), then are gone.
            using var declared = ProcedureScope.Declare(ReadProcedures(request));
            if (request.TryGetProperty("setup", out var setup))
            {
                if (setup.ValueKind != JsonValueKind.Array) throw InvalidRequest("'setup' must be a list of statements");
                foreach (var statement in setup.EnumerateArray())
                {
                    if (statement.ValueKind != JsonValueKind.String) throw InvalidRequest("'setup' must be a list of statements");
                    await _database.RunAsync(statement.GetString()!, null, AccessMode.Write, cancellationToken);
                }
            }
            if (!request.TryGetProperty("query", out var queryElement) || queryElement.ValueKind != JsonValueKind.String)
            {
                throw InvalidRequest("'query' must be a string");
            }
            var parameters = ReadParameters(request);
            var result = await _database.RunAsync(queryElement.GetString()!, parameters, AccessMode.Write, cancellationToken);
            WriteResult(writer, id, result, resetCounters);
        }
        catch (JsonException e)
        {
            WriteError(writer, id, new GraphException(ErrorCodes.InvalidRequest, "Malformed JSON request: " + e.Message, ErrorPhase.Compile));
        }
        catch (GraphException e)
        {
            WriteError(writer, id, e);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A bug of ours must not end the protocol: report it as a database error and keep serving.
            WriteError(writer, id, new GraphException(ErrorCodes.DatabaseError, "Internal error: " + e.Message));
        }
    }

    private static IReadOnlyDictionary<string, object?>? ReadParameters(JsonElement request)
    {
        if (!request.TryGetProperty("parameters", out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Object) throw InvalidRequest("'parameters' must be a JSON object");
        return (Dictionary<string, object?>)JsonlValueReader.Read(element)!;
    }

    /// <summary>"procedures": [{"name", "signature", "rows": [[inputs…, outputs…], …]}].</summary>
    private static List<DeclaredProcedure> ReadProcedures(JsonElement request)
    {
        var procedures = new List<DeclaredProcedure>();
        if (!request.TryGetProperty("procedures", out var list) || list.ValueKind == JsonValueKind.Null) return procedures;
        if (list.ValueKind != JsonValueKind.Array) throw InvalidRequest("'procedures' must be a list");
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("signature", out var signature) || signature.ValueKind != JsonValueKind.String)
            {
                throw InvalidRequest("each procedure needs a 'name' and a 'signature'");
            }
            var rows = new List<IReadOnlyList<object?>>();
            if (item.TryGetProperty("rows", out var rowList))
            {
                if (rowList.ValueKind != JsonValueKind.Array) throw InvalidRequest("a procedure's 'rows' must be a list of lists");
                foreach (var row in rowList.EnumerateArray())
                {
                    rows.Add(JsonlValueReader.Read(row) as List<object?> ?? throw InvalidRequest("a procedure's 'rows' must be a list of lists"));
                }
            }
            procedures.Add(DeclaredProcedure.Create(name.GetString()!, signature.GetString()!, rows));
        }
        return procedures;
    }

    private GraphException ResetRefused() => InvalidRequest(
        $"'reset': true would delete every node and relationship of {_store.Description}; start the command with --allow-reset to permit it");

    private static void WriteResult(Utf8JsonWriter writer, JsonElement id, QueryResult result, QueryCounters? resetCounters)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartArray("columns");
        foreach (var column in result.Columns) writer.WriteStringValue(column);
        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var record in result.Records)
        {
            writer.WriteStartArray();
            foreach (var value in record.Values) JsonlValueWriter.Write(writer, value);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        WriteCounters(writer, "stats", result.Counters);
        // What the reset itself deleted, apart from the statement's own counters, so neither reads as a false 0.
        if (resetCounters is not null) WriteCounters(writer, "reset", resetCounters);
        writer.WriteEndObject();
    }

    private static void WriteCounters(Utf8JsonWriter writer, string name, QueryCounters c)
    {
        writer.WriteStartObject(name);
        int[] values = [c.NodesCreated, c.NodesDeleted, c.RelationshipsCreated, c.RelationshipsDeleted, c.PropertiesSet, c.LabelsAdded, c.LabelsRemoved, c.IndexesAdded, c.IndexesRemoved, c.ConstraintsAdded, c.ConstraintsRemoved];
        for (var i = 0; i < CounterNames.Length; i++) writer.WriteNumber(CounterNames[i], values[i]);
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement id, GraphException error)
    {
        writer.Reset();
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartObject("error");
        writer.WriteString("phase", error.Phase == ErrorPhase.Compile ? "compile" : "runtime");
        writer.WriteString("type", error.Type);
        writer.WriteString("code", error.Code);
        writer.WriteString("detail", error.Message);
        if (error.Line is { } line) writer.WriteNumber("line", line);
        if (error.Column is { } column) writer.WriteNumber("column", column);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement id)
    {
        writer.WritePropertyName("id");
        if (id.ValueKind == JsonValueKind.Undefined) writer.WriteNullValue();
        else id.WriteTo(writer);
    }

    private static GraphException InvalidRequest(string why) => new(ErrorCodes.InvalidRequest, "Invalid request: " + why, ErrorPhase.Compile);

    internal static Encoding Utf8NoBom { get; } = new UTF8Encoding(false);
}
