using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// vector.similarity.euclidean and vector.similarity.cosine (Cypher manual, "Vector functions"): similarities
/// in [0, 1], 1 / (1 + d²) and (1 + cos θ) / 2; null for a null vector; vectors must have the same size.
/// </summary>
internal static class VectorFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("vector.similarity.euclidean", 2, 2, Euclidean),
        new("vector.similarity.cosine", 2, 2, Cosine),
    ];

    private static object? Euclidean(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Vectors(args, "vector.similarity.euclidean") is not var (a, b)) return null;
        var squared = 0.0;
        for (var i = 0; i < a.Length; i++) squared += (a[i] - b[i]) * (a[i] - b[i]);
        return 1 / (1 + squared);
    }

    private static object? Cosine(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Vectors(args, "vector.similarity.cosine") is not var (a, b)) return null;
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) return null;
        return (1 + (dot / Math.Sqrt(normA * normB))) / 2;
    }

    private static (double[], double[])? Vectors(IReadOnlyList<object?> args, string function)
    {
        if (Arguments.AnyNull(args)) return null;
        var a = Numbers(args[0]);
        var b = Numbers(args[1]);
        if (a.Length != b.Length)
        {
            throw CypherErrors.Argument($"Invalid input for function '{function}()': the vectors must have the same dimension, got {a.Length} and {b.Length}");
        }
        return (a, b);
    }

    private static double[] Numbers(object? value)
    {
        var list = Arguments.List(value);
        var numbers = new double[list.Count];
        for (var i = 0; i < list.Count; i++) numbers[i] = Arguments.Number(list[i]);
        return numbers;
    }
}
