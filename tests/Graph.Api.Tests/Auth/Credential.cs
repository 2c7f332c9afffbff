using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Auth;

/// <summary>Who a matrix case signs in as, and how: nobody, or a role by API key or by JWT.</summary>
public sealed record Credential(string Role, string Kind)
{
    public const string None = "anonymous";
    public const string ApiKey = "api-key";
    public const string Jwt = "jwt";

    public static Credential Anonymous { get; } = new(None, None);

    internal HttpRequestMessage Apply(HttpRequestMessage request) => Kind switch
    {
        ApiKey => request.WithApiKey(Role switch
        {
            "reader" => TestSignIn.ReaderKey,
            "editor" => TestSignIn.EditorKey,
            "admin" => TestSignIn.AdminKey,
            _ => TestSignIn.NoRoleKey,
        }),
        Jwt => request.WithBearer(TestSignIn.Token($"user-{Role}", Role == "none" ? null : new[] { Role })),
        _ => request,
    };

    public override string ToString() => Kind == None ? None : $"{Role} by {Kind}";
}
