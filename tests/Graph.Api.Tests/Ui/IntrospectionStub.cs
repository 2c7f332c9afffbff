namespace Graph.Api.Tests.Ui;

/// <summary>
/// The smallest valid introspection answer for <c>type Query { hello: String }</c>, so GraphiQL can
/// build its schema while the fake GraphQL service stands in for the real one (host-only tests). The real
/// introspection, and the Docs pane built from it, is what <see cref="SeededGraphiQLBrowserTests"/> exercises.
/// </summary>
internal static class IntrospectionStub
{
    public const string Json = """
        {"data":{"__schema":{
          "description":null,
          "queryType":{"name":"Query","kind":"OBJECT"},"mutationType":null,"subscriptionType":null,
          "types":[
            {"kind":"OBJECT","name":"Query","description":null,"specifiedByURL":null,"isOneOf":null,
             "fields":[{"name":"hello","description":"Says hello","args":[],"type":{"kind":"SCALAR","name":"String","ofType":null},"isDeprecated":false,"deprecationReason":null}],
             "inputFields":null,"interfaces":[],"enumValues":null,"possibleTypes":null},
            {"kind":"SCALAR","name":"String","description":null,"specifiedByURL":null,"isOneOf":null,"fields":null,"inputFields":null,"interfaces":null,"enumValues":null,"possibleTypes":null},
            {"kind":"SCALAR","name":"Boolean","description":null,"specifiedByURL":null,"isOneOf":null,"fields":null,"inputFields":null,"interfaces":null,"enumValues":null,"possibleTypes":null}
          ],
          "directives":[]}}}
        """;
}
