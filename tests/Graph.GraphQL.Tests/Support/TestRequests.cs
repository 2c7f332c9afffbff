namespace Graph.GraphQL.Tests.Support;

/// <summary>
/// Requests as the tests send them: signed in as an editor (mutations need the role; refusals are tested
/// in AuthorizationTests), with the cursor variable the connection cases use.
/// </summary>
internal static class TestRequests
{
    public static GraphQLRequest For(string query) =>
        Curators.AsEditor(query, new Dictionary<string, object?> { ["after"] = "YXJyYXljb25uZWN0aW9uOjA=" });
}
