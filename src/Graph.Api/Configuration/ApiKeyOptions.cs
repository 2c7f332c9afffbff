namespace Graph.Api.Configuration;

/// <summary>
/// One API key, from <c>Graph:Auth:ApiKeys:&lt;n&gt;</c>: a name (the caller's name), the SHA-256 of the key
/// in hex (the key itself is never stored) and its roles, as a list or comma-separated.
/// </summary>
public sealed class ApiKeyOptions
{
    public string Name { get; set; } = "";

    public string Hash { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// <summary>
    /// Reads every key under <paramref name="section"/>. The configuration binder drops a scalar where it
    /// expects a list, so <c>Roles: "editor,admin"</c> is read here.
    /// </summary>
    public static List<ApiKeyOptions> ReadAll(IConfigurationSection section) =>
        section.GetChildren().Select(key => new ApiKeyOptions
        {
            Name = key["Name"]?.Trim() ?? "",
            Hash = key["Hash"]?.Trim() ?? "",
            Roles = ReadRoles(key.GetSection("Roles")),
        }).ToList();

    private static List<string> ReadRoles(IConfigurationSection roles)
    {
        var values = roles.Value is { } scalar ? scalar.Split(',') : roles.GetChildren().Select(c => c.Value ?? "");
        return values.Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
    }
}
