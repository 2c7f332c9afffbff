using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>date(), datetime(), localdatetime(), time(), localtime(), duration() and their namespaced forms.</summary>
/// <remarks>
/// All clocks (.statement, .transaction, .realtime and the plain forms) read the statement clock: the
/// engine runs one statement at a time per transaction, so they can only differ by the time a statement
/// takes. Functions reading the clock are flagged non-deterministic so nothing folds them at compile time.
/// </remarks>
internal static class TemporalFunctions
{
    private static readonly TemporalKind[] Kinds =
        [TemporalKind.Date, TemporalKind.LocalTime, TemporalKind.Time, TemporalKind.LocalDateTime, TemporalKind.DateTime];

    public static IEnumerable<FunctionDefinition> All { get; } = Build();

    private static FunctionDefinition[] Build()
    {
        var list = new List<FunctionDefinition>();
        foreach (var kind in Kinds)
        {
            var name = TemporalBuilder.FunctionName(kind);
            list.Add(new FunctionDefinition(name, 0, 1, (args, ctx) => args.Count == 0
                ? TemporalBuilder.Now(kind, ctx.StatementTime, TemporalBuilder.DefaultZone)
                : TemporalBuilder.FromArgument(kind, args[0], ctx.StatementTime), Deterministic: false));
            foreach (var clock in (string[])["statement", "transaction", "realtime"])
                list.Add(new FunctionDefinition($"{name}.{clock}", 0, 1, (args, ctx) => Clock(kind, args, ctx), Deterministic: false));
            list.Add(new FunctionDefinition($"{name}.truncate", 1, 3,
                (args, ctx) => TemporalTruncation.Truncate(kind, args, ctx.StatementTime), Deterministic: false));
        }

        list.Add(new FunctionDefinition("datetime.fromepoch", 2, 2, (args, _) => FromEpoch(args)));
        list.Add(new FunctionDefinition("datetime.fromepochmillis", 1, 1, (args, _) =>
            args[0] is null ? null : Epoch.FromMillis(EpochNumber(args[0]!, "datetime.fromepochmillis"), 0, TemporalBuilder.DefaultZone)));

        list.Add(new FunctionDefinition("duration", 1, 1, (args, _) => DurationBuilder.FromArgument(args[0])));
        list.Add(Between("duration.between", DurationBetween.Unit.All));
        list.Add(Between("duration.inMonths", DurationBetween.Unit.Months));
        list.Add(Between("duration.inDays", DurationBetween.Unit.Days));
        list.Add(Between("duration.inSeconds", DurationBetween.Unit.Seconds));
        return [.. list];
    }

    private static FunctionDefinition Between(string name, DurationBetween.Unit unit) =>
        new(name, 2, 2, (args, _) => DurationBetween.Compute(args[0], args[1], unit, name));

    private static object? Clock(TemporalKind kind, IReadOnlyList<object?> args, IFunctionContext ctx)
    {
        if (args.Count == 0) return TemporalBuilder.Now(kind, ctx.StatementTime, TemporalBuilder.DefaultZone);
        return args[0] switch
        {
            null => null,
            string zone => TemporalBuilder.Now(kind, ctx.StatementTime, TemporalZone.Parse(zone)),
            var other => throw TemporalErrors.Type($"{TemporalBuilder.FunctionName(kind)}: the timezone must be a String, but was a {TemporalParts.KindName(other)}"),
        };
    }

    private static object? FromEpoch(IReadOnlyList<object?> args)
    {
        if (args[0] is null || args[1] is null) return null;
        var seconds = EpochNumber(args[0]!, "datetime.fromepoch");
        var nanos = EpochNumber(args[1]!, "datetime.fromepoch") switch
        {
            long l => l,
            double d => (long)d,
            _ => 0L,
        };
        return Epoch.FromSeconds(seconds, nanos, TemporalBuilder.DefaultZone);
    }

    private static object EpochNumber(object value, string function) => value switch
    {
        long or double => value,
        int i => (long)i,
        _ => throw TemporalErrors.Type($"{function}(): expected a number but was a {TemporalParts.KindName(value)}"),
    };
}
