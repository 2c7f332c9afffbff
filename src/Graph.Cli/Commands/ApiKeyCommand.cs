using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph apikey new --name NAME --role ROLE`: makes a random API key (32 bytes from the system's
/// cryptographic generator, URL-safe base64), prints it once, and prints the configuration that lets the
/// service accept it: the name, the SHA-256 of the key in hex, and the roles. The key itself is stored nowhere.
/// </summary>
internal static class ApiKeyCommand
{
    public const string Prefix = "graph_";
    private const int KeyBytes = 32;
    private static readonly string[] KnownRoles = ["reader", "editor", "admin"];

    public static int Run(CliOptions options)
    {
        if (options.Subcommand != "new") throw new ArgumentException("usage: graph apikey new --name NAME --role ROLE [--role ROLE]");
        if (options.Name is not { Length: > 0 } name || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new ArgumentException("apikey new needs --name NAME (letters, digits, '-', '_' and '.'): it names the caller in audit entries and rate limits");
        var roles = options.Roles.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0) throw new ArgumentException("apikey new needs at least one --role (reader, editor or admin)");
        if (roles.FirstOrDefault(r => !KnownRoles.Contains(r, StringComparer.Ordinal)) is { } unknown)
            throw new ArgumentException($"unknown role '{unknown}': the roles are reader, editor (implies reader) and admin (implies editor)");

        var key = NewKey();
        Console.Write(Describe(name, roles, key, HashOf(key)));
        return 0;
    }

    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>What the service stores: the SHA-256 of the key's UTF-8 bytes, lower-case hex.</summary>
    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Describe(string name, IReadOnlyList<string> roles, string key, string hash)
    {
        var entry = JsonSerializer.Serialize(new { Name = name, Hash = hash, Roles = roles });
        var text = new StringBuilder();
        text.AppendLine($"API key for '{name}' (roles: {string.Join(", ", roles)}). It is shown only this once: the service keeps only its hash.");
        text.AppendLine();
        text.AppendLine($"  {key}");
        text.AppendLine();
        text.AppendLine("Send it in the X-Api-Key header. To make the service accept it, add to appsettings.json:");
        text.AppendLine();
        text.AppendLine($$"""  { "Graph": { "Auth": { "ApiKeys": [ {{entry}} ] } } }""");
        text.AppendLine();
        text.AppendLine("or set these environment variables (use the next free index if keys are configured already):");
        text.AppendLine();
        text.AppendLine($"  Graph__Auth__ApiKeys__0__Name={name}");
        text.AppendLine($"  Graph__Auth__ApiKeys__0__Hash={hash}");
        text.AppendLine($"  Graph__Auth__ApiKeys__0__Roles={string.Join(',', roles)}");
        return text.ToString();
    }
}
