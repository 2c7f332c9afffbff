using System.Text;
using Graph.Api.Configuration;
using Graph.GraphQL;
using Microsoft.Extensions.Options;

namespace Graph.Api.Auth;

/// <summary>Refuses to start with sign-in settings that could not work or would be unsafe, saying which setting is wrong.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    private static readonly HashSet<string> KnownRoles = new([Roles.Reader, Roles.Editor, Roles.Admin], StringComparer.Ordinal);

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var errors = new List<string>();
        if (options.Jwt.SigningKey is { Length: > 0 } key && Encoding.UTF8.GetByteCount(key) < 32)
            errors.Add("Graph:Auth:Jwt:SigningKey must be at least 32 bytes (256 bits) for HMAC-SHA256.");
        if (options.Jwt.Authority is { Length: > 0 } authority && !Uri.TryCreate(authority, UriKind.Absolute, out _))
            errors.Add($"Graph:Auth:Jwt:Authority '{authority}' is not an absolute URL.");

        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var apiKey = options.ApiKeys[i];
            var at = $"Graph:Auth:ApiKeys:{i}";
            if (apiKey.Name.Length == 0) errors.Add($"{at}:Name is required (it names the caller in audit entries and rate limits).");
            if (apiKey.Hash.Length != 64 || !apiKey.Hash.All(char.IsAsciiHexDigit))
                errors.Add($"{at}:Hash must be the SHA-256 of the key as 64 hex digits (`graph apikey new` prints it).");
            foreach (var role in apiKey.Roles.Where(r => !KnownRoles.Contains(r)))
                errors.Add($"{at}:Roles has '{role}'; the roles are reader, editor and admin.");
        }
        var duplicates = options.ApiKeys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => g.Key);
        errors.AddRange(duplicates.Select(d => $"Graph:Auth:ApiKeys has the name '{d}' more than once."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
