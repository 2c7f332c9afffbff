using Graph.Cypher.Tests.Architecture;

namespace Graph.GraphQL.Tests.Architecture;

/// <summary>
/// Locks down the doors between the GraphQL layer's rooms (the namespaces directly under <c>Graph.GraphQL</c>),
/// checked on the compiled assembly with the engine's namespace reader. The translator sits below the schema and the
/// execution of requests: it reads the model (and <c>Vocabulary</c>, the model facts both it and the schema generator
/// need), never the generated GraphQL types, so the schema can change shape without the translator following it.
/// </summary>
public sealed class NamespaceDoorTests
{
    private const string Root = "Graph.GraphQL";

    private static readonly NamespaceGraph Rooms =
        NamespaceGraph.Read(typeof(KnowledgeGraphQL).Assembly, Root).Collapse(Root);

    [Fact]
    public void Reader_sees_the_dependencies_the_code_is_known_to_have()
    {
        // Guards the tests below against passing vacuously: these uses are the layer's backbone.
        Assert.Contains("Graph.GraphQL.Translation", Rooms.DependenciesOf("Graph.GraphQL.Execution"));
        Assert.Contains("Graph.GraphQL.Execution", Rooms.DependenciesOf("Graph.GraphQL.Schema"));
        Assert.Contains("Graph.GraphQL.Vocabulary", Rooms.DependenciesOf("Graph.GraphQL.Translation"));
        Assert.Contains("Graph.GraphQL.Vocabulary", Rooms.DependenciesOf("Graph.GraphQL.Schema"));
    }

    [Theory]
    [InlineData("Graph.GraphQL.Schema")]
    [InlineData("Graph.GraphQL.Execution")]
    [InlineData("Graph.GraphQL.Validation")]
    [InlineData("Graph.GraphQL.Authorization")]
    public void Translation_does_not_use_the_rooms_above_it(string above)
    {
        Assert.True(!Rooms.DependenciesOf("Graph.GraphQL.Translation").Contains(above),
            $"Graph.GraphQL.Translation -> {above} (used by {string.Join(", ", Rooms.Witnesses("Graph.GraphQL.Translation", above))})");
    }

    [Fact]
    public void Schema_and_translation_do_not_use_each_other()
    {
        // Direct doors only: the rooms still meet through the root namespace (GraphQLOptions, the façade), Audit and
        // Curation, which is a larger untangling than this layer's translator shape.
        Assert.DoesNotContain("Graph.GraphQL.Schema", Rooms.DependenciesOf("Graph.GraphQL.Translation"));
        Assert.DoesNotContain("Graph.GraphQL.Translation", Rooms.DependenciesOf("Graph.GraphQL.Schema"));
    }

    [Fact]
    public void Vocabulary_uses_no_other_room()
    {
        Assert.Empty(Rooms.DependenciesOf("Graph.GraphQL.Vocabulary"));
    }
}
