namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// Arithmetic where a temporal or duration takes part (date + duration, duration * 2, …).
/// Each Try method returns false when the operand types are not a combination it handles, so the
/// general operators can report a TypeError.
/// </summary>
internal static class TemporalArithmetic
{
    public static bool TryAdd(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TrySubtract(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TryMultiply(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    public static bool TryDivide(object left, object right, out object? result)
    {
        result = null;
        return false;
    }
}
