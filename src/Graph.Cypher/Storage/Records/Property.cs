namespace Graph.Cypher.Storage.Records;

/// <summary>One property: interned key token and engine value (never null: null removes).</summary>
internal readonly record struct Property(int Key, object Value);

/// <summary>Operations on immutable property arrays kept in first-set key order.</summary>
internal static class Properties
{
    public static readonly Property[] None = [];

    public static object? Get(Property[] properties, int key)
    {
        foreach (var p in properties)
        {
            if (p.Key == key)
            {
                return p.Value;
            }
        }

        return null;
    }

    /// <summary>A new array with the key set (value kept in place) or removed when value is null.</summary>
    public static Property[] With(Property[] properties, int key, object? value)
    {
        var index = Array.FindIndex(properties, p => p.Key == key);
        if (value is null)
        {
            if (index < 0)
            {
                return properties;
            }

            var removed = new Property[properties.Length - 1];
            Array.Copy(properties, 0, removed, 0, index);
            Array.Copy(properties, index + 1, removed, index, properties.Length - index - 1);
            return removed;
        }

        var copy = index < 0 ? new Property[properties.Length + 1] : (Property[])properties.Clone();
        if (index < 0)
        {
            Array.Copy(properties, copy, properties.Length);
            index = properties.Length;
        }

        copy[index] = new Property(key, value);
        return copy;
    }
}
