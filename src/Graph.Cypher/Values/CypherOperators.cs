using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values;

/// <summary>
/// Arithmetic operators (manual: "Mathematical operators"): integer op integer stays integer and fails
/// on 64-bit overflow; a float on either side makes a float; <c>^</c> is always a float; any null operand
/// gives null. Temporal operands go to <see cref="TemporalArithmetic"/>.
/// </summary>
internal static partial class CypherOperators
{
    public static object? Add(object? left, object? right)
    {
        if (left is null || right is null) return null;
        switch (left)
        {
            case long a when right is long b:
                return AddExact(a, b);
            case long or double when right is long or double:
                return ToDouble(left) + ToDouble(right);
        }
        // Lists take precedence: [1] + 'a' appends, 'a' + [1] prepends.
        if (left is IReadOnlyList<object?> ll)
        {
            return right is IReadOnlyList<object?> rl ? Concat(ll, rl) : Append(ll, right);
        }
        if (right is IReadOnlyList<object?> rlist) return Prepend(left, rlist);
        if (left is string ls && IsTextOperand(right)) return ls + Text(right);
        if (right is string rs && IsTextOperand(left)) return Text(left) + rs;
        if (TemporalArithmetic.TryAdd(left, right, out var temporal)) return temporal;
        throw CypherErrors.OperatorMismatch("add", left, right);
    }

    public static object? Subtract(object? left, object? right)
    {
        if (left is null || right is null) return null;
        switch (left)
        {
            case long a when right is long b:
                return SubtractExact(a, b);
            case long or double when right is long or double:
                return ToDouble(left) - ToDouble(right);
        }
        if (TemporalArithmetic.TrySubtract(left, right, out var temporal)) return temporal;
        throw CypherErrors.OperatorMismatch("subtract", left, right);
    }

    public static object? Multiply(object? left, object? right)
    {
        if (left is null || right is null) return null;
        switch (left)
        {
            case long a when right is long b:
                var product = Math.BigMul(a, b, out var low);
                // The 128-bit product fits in a long when its high half is the sign extension of the low half.
                if (product != (low >> 63)) throw CypherErrors.LongOverflow();
                return low;
            case long or double when right is long or double:
                return ToDouble(left) * ToDouble(right);
        }
        if (TemporalArithmetic.TryMultiply(left, right, out var temporal)) return temporal;
        throw CypherErrors.OperatorMismatch("multiply", left, right);
    }

    public static object? Divide(object? left, object? right)
    {
        if (left is null || right is null) return null;
        switch (left)
        {
            case long a when right is long b:
                if (b == 0) throw CypherErrors.DivideByZero();
                if (a == long.MinValue && b == -1) throw CypherErrors.LongOverflow();
                return a / b;
            case long or double when right is long or double:
                return ToDouble(left) / ToDouble(right);
        }
        if (TemporalArithmetic.TryDivide(left, right, out var temporal)) return temporal;
        throw CypherErrors.OperatorMismatch("divide", left, right);
    }

    public static object? Modulo(object? left, object? right)
    {
        if (left is null || right is null) return null;
        switch (left)
        {
            case long a when right is long b:
                if (b == 0) throw CypherErrors.DivideByZero();
                // Java gives 0 for MIN_VALUE % -1 where .NET would throw.
                return b == -1 ? 0L : a % b;
            case long or double when right is long or double:
                return ToDouble(left) % ToDouble(right);
        }
        throw CypherErrors.OperatorMismatch("calculate the modulo of", left, right);
    }

    /// <summary><c>^</c>: always a float, with Java's Math.pow special cases.</summary>
    public static object? Power(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long or double && right is long or double) return JavaPow(ToDouble(left), ToDouble(right));
        throw CypherErrors.OperatorMismatch("raise", left, right);
    }

    public static object? Negate(object? operand)
    {
        switch (operand)
        {
            case null:
                return null;
            case long l:
                if (l == long.MinValue) throw CypherErrors.LongOverflow();
                return -l;
            case double d:
                return -d;
        }
        if (TemporalArithmetic.TryMultiply(operand, -1L, out var temporal)) return temporal;
        throw CypherErrors.TypeMismatch("Float, Integer or Duration", operand);
    }

    /// <summary>Java's Math.pow differs from IEEE pow where the exponent is NaN or |base| = 1 with an infinite exponent.</summary>
    public static double JavaPow(double x, double y)
    {
        if (double.IsNaN(y)) return double.NaN;
        if (Math.Abs(x) == 1 && double.IsInfinity(y)) return double.NaN;
        return Math.Pow(x, y);
    }

    public static long AddExact(long a, long b)
    {
        var sum = unchecked(a + b);
        // Overflow iff both operands have the same sign and the sum's sign differs.
        if (((a ^ sum) & (b ^ sum)) < 0) throw CypherErrors.LongOverflow();
        return sum;
    }

    public static long SubtractExact(long a, long b)
    {
        var difference = unchecked(a - b);
        // Overflow iff the operands have different signs and the result's sign differs from a's.
        if (((a ^ b) & (a ^ difference)) < 0) throw CypherErrors.LongOverflow();
        return difference;
    }

    private static double ToDouble(object number) => number is long l ? l : (double)number;

    // Neo4j concatenates a string with any scalar (number, boolean, temporal, point) in its text form;
    // lists are handled before this, maps and entities are not scalars.
    private static bool IsTextOperand(object value) => CypherConversions.TryToText(value, out _);

    private static string Text(object value)
    {
        CypherConversions.TryToText(value, out var text);
        return text!;
    }

    private static List<object?> Concat(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        var list = new List<object?>(a.Count + b.Count);
        for (var i = 0; i < a.Count; i++) list.Add(a[i]);
        for (var i = 0; i < b.Count; i++) list.Add(b[i]);
        return list;
    }

    private static List<object?> Append(IReadOnlyList<object?> a, object? item)
    {
        var list = new List<object?>(a.Count + 1);
        for (var i = 0; i < a.Count; i++) list.Add(a[i]);
        list.Add(item);
        return list;
    }

    private static List<object?> Prepend(object? item, IReadOnlyList<object?> b)
    {
        var list = new List<object?>(b.Count + 1) { item };
        for (var i = 0; i < b.Count; i++) list.Add(b[i]);
        return list;
    }
}
