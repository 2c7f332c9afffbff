namespace Graph.Bolt.Protocol;

/// <summary>
/// The service's sign-in as Bolt sees it: an auth token (<c>scheme</c> none, basic or bearer, with
/// <c>principal</c> and <c>credentials</c>) in, who signed in and what they may do out.
/// </summary>
public interface IBoltAuthenticator
{
    Task<BoltSignIn> SignInAsync(IReadOnlyDictionary<string, object?> token, CancellationToken cancellationToken);
}

/// <summary>The outcome of a sign-in: a user who may read (and maybe write), or a refusal with its reason.</summary>
public sealed record BoltSignIn(string? User, bool CanWrite, string? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static BoltSignIn Refused(string reason) => new(null, false, reason);

    public static BoltSignIn Reader(string user) => new(user, false, null);

    public static BoltSignIn Writer(string user) => new(user, true, null);
}
