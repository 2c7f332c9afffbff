namespace Graph.CurationSuite;

// Locks down reads over data written around the GraphQL layer (Cypher, Neo4j tools): a stored null in a non-null
// field leaves that one item out with a STORED_VALUE_MISSING error naming it, instead of nulling the list (and
// data) for every caller.
public abstract class StoredNullScenarios(ICurationStore store)
{
    [SkippableFact]
    public async Task A_topic_without_a_name_is_left_out_and_reported_while_the_others_are_returned()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        var topics = await graph.CountAsync("MATCH (t:Topic) RETURN count(t)");
        await graph.Database.RunAsync("MATCH (t:Topic {id: 'media'}) REMOVE t.name");

        var response = await graph.RunAsAsync(null, "{ topics(sort: [{ id: ASC }]) { id name } }");

        var returned = response["data"]!["topics"]!.AsArray();
        Assert.Equal(topics - 1, returned.Count);
        Assert.DoesNotContain(returned, t => (string?)t!["id"] == "media");
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("STORED_VALUE_MISSING", (string)error["extensions"]!["code"]!);
        Assert.Contains("Topic 'media'", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Contains("'name'", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal("topics", (string)error["path"]![0]!);
    }

    [SkippableFact]
    public async Task Broken_items_are_left_out_of_nested_lists_connections_and_interface_lists_too()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.Database.RunAsync("MATCH (s:State {id: 'azerbaijan'}) SET s.name = null");
        await graph.Database.RunAsync("CREATE (:Topic {name: 'No id'})");

        var response = await graph.RunAsAsync(null, """
            { agreements(where: { id: { eq: "joint-declaration-2023" } }) { id parties { id name } partiesConnection { totalCount edges { node { name } } } }
              documents { mentions { __typename ... on State { name } } }
              topics { id } }
            """);

        var agreement = response["data"]!["agreements"]![0]!;
        Assert.Equal(["kazakhstan"], agreement["parties"]!.AsArray().Select(p => (string)p!["id"]!));
        Assert.Single(agreement["partiesConnection"]!["edges"]!.AsArray());
        Assert.DoesNotContain(response["data"]!["documents"]![0]!["mentions"]!.AsArray(), m => m!["__typename"]!.ToString() == "State" && m["name"] is null);
        Assert.DoesNotContain(response["data"]!["topics"]!.AsArray(), t => t!["id"] is null);
        var errors = response["errors"]!.AsArray();
        Assert.All(errors, e => Assert.Equal("STORED_VALUE_MISSING", (string)e!["extensions"]!["code"]!));
        Assert.Equal(4, errors.Count); // parties, partiesConnection, mentions, topics
    }

    [SkippableFact]
    public async Task Lists_without_broken_items_are_returned_unchanged_and_without_errors()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsAsync(null, "{ topics { id name } states { name leaders { name } } }");

        Assert.Null(response["errors"]);
        Assert.Equal(await graph.CountAsync("MATCH (t:Topic) RETURN count(t)"), response["data"]!["topics"]!.AsArray().Count);
    }
}
