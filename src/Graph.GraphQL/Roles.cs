namespace Graph.GraphQL;

/// <summary>The service's roles, as they appear in a token's <c>roles</c> claim and in API key configuration.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";
}
