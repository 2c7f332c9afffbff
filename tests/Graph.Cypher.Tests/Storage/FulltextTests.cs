using Graph.Core.Errors;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Fulltext;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down full-text indexing: the standard-no-stop-words analyzer, Lucene query syntax, BM25 order and maintenance.
public sealed class FulltextTests
{
    private static readonly IndexDefinition Docs = new("docs", IndexKind.Fulltext, false, ["Document", "Note"], ["title", "text"]);

    private static (GraphStore Store, long[] Ids) Setup(params string[] texts)
    {
        var store = new GraphStore();
        var ids = new List<long>();
        Commit(store, tx =>
        {
            tx.CreateIndex(Docs, false, out _);
            foreach (var text in texts)
            {
                ids.Add(tx.CreateNode(["Document"], Props(("text", text))));
            }
        });
        return (store, ids.ToArray());
    }

    private static long[] Query(GraphStore store, string query) =>
        store.Snapshot().QueryFulltextNodes("docs", query).Select(r => r.Id).ToArray();

    [Fact]
    public void An_index_created_over_existing_data_ranks_like_one_filled_write_by_write()
    {
        string[] texts = ["oil and gas pipeline", "gas prices rise", "grain exports", "oil oil exports", "the gas union"];
        using var incremental = Setup(texts).Store;
        using var existing = new GraphStore();
        Commit(existing, tx =>
        {
            foreach (var text in texts)
            {
                tx.CreateNode(["Document"], Props(("text", text)));
            }
        });
        Commit(existing, tx => tx.CreateIndex(Docs, false, out _));

        foreach (var query in new[] { "oil gas", "gas", "export*", "\"oil exports\"", "+oil -pipeline", "prises~" })
        {
            Assert.Equal(Ranked(incremental, query), Ranked(existing, query));
        }
    }

    [Fact]
    public void A_packed_index_skips_empty_documents_and_refuses_an_id_listed_twice()
    {
        var first = new FulltextDocument(new Dictionary<string, string[]> { ["text"] = ["astana", "summit"] });
        var second = new FulltextDocument(new Dictionary<string, string[]> { ["title"] = ["astana"] });

        var index = FulltextIndex.Build([(2, second), (1, first), (3, null), (4, new FulltextDocument(new Dictionary<string, string[]> { ["text"] = [] }))]);

        Assert.Equal(2, index.Count);
        Assert.Equal([1L, 2L], index.Search(new TermQuery(null, "astana")).Select(h => h.Id).Order());
        Assert.Equal([2L], index.Search(new TermQuery("title", "astana")).Select(h => h.Id));
        Assert.Empty(index.Search(new TermQuery("nofield", "astana")));
        Assert.Throws<ArgumentException>(() => FulltextIndex.Build([(1, first), (1, second)]));
    }

    [Fact]
    public void Writes_over_a_packed_index_rank_like_a_fresh_build_of_the_result_across_folds()
    {
        // Differential: the overlay (changed documents over the packed base) and its folds against one packing
        // of the final documents; 3000 writes over 2000 documents pass the fold threshold (1024) more than once.
        string[] words = ["oil", "gas", "grain", "union", "summit", "astana", "pipeline", "exports", "the", "and"];
        var random = new Random(12);
        FulltextDocument? Draw()
        {
            if (random.Next(10) == 0)
            {
                return null;
            }

            var fields = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["text"] = [.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => words[random.Next(words.Length)])] };
            if (random.Next(3) == 0)
            {
                fields["title"] = [words[random.Next(words.Length)], "w" + random.Next(50)];
            }

            return new FulltextDocument(fields);
        }

        var documents = Enumerable.Range(0, 2000).ToDictionary(i => (long)i, _ => Draw());
        var index = FulltextIndex.Build(documents.Select(p => (p.Key, p.Value)));
        for (var write = 0; write < 3000; write++)
        {
            var id = (long)random.Next(2300);
            documents[id] = Draw();
            index = index.With(id, documents[id]);
        }

        var fresh = FulltextIndex.Build(documents.Select(p => (p.Key, p.Value)));
        Assert.Equal(fresh.Count, index.Count);
        Assert.Equal(documents.Values.Count(d => d is { Length: > 0 }), index.Count);
        FulltextQuery[] queries =
        [
            new TermQuery(null, "oil"), new TermQuery("title", "gas"), new TermQuery(null, "w7"), new PrefixQuery(null, "w1"),
            new PrefixQuery("text", "g"), new FuzzyQuery(null, "unoin", 2), new PhraseQuery(null, ["oil", "gas"]), new PhraseQuery("text", ["the", "union"]),
            new BooleanQuery([(Occur.Must, new TermQuery(null, "oil")), (Occur.MustNot, new TermQuery(null, "gas")), (Occur.Should, new TermQuery(null, "grain"))]),
        ];
        foreach (var query in queries)
        {
            var expected = fresh.Search(query).Select(h => (h.Id, Math.Round(h.Score, 9))).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, index.Search(query).Select(h => (h.Id, Math.Round(h.Score, 9))).ToArray());
        }
    }

    private static (long Id, double Score)[] Ranked(GraphStore store, string query) =>
        store.Snapshot().QueryFulltextNodes("docs", query).Select(r => (r.Id, Math.Round(r.Score, 12))).ToArray();

    [Fact]
    public void Analyzer_lower_cases_splits_and_keeps_stop_words()
    {
        Assert.Equal(["the", "president's", "visit", "to", "astana", "3.5", "billion"], StandardAnalyzer.Tokenize("The President's visit to ASTANA: 3.5 billion!"));
        Assert.Equal(["kazakhstan", "azerbaijan"], StandardAnalyzer.Tokenize("Kazakhstan–Azerbaijan"));
    }

    [Fact]
    public void Stop_words_are_searchable_with_the_default_analyzer()
    {
        var (store, ids) = Setup("the cat", "a dog");
        using var _ = store;
        Assert.Equal([ids[0]], Query(store, "the"));
    }

    [Fact]
    public void Default_operator_is_OR_and_more_matches_rank_higher()
    {
        var (store, ids) = Setup("oil and gas pipeline", "gas prices", "grain exports");
        using var _ = store;
        var result = Query(store, "oil gas");
        Assert.Equal(ids[0], result[0]);
        Assert.Equal([ids[0], ids[1]], result.Order());
    }

    [Fact]
    public void And_plus_not_and_minus()
    {
        var (store, ids) = Setup("oil and gas", "gas prices", "oil exports");
        using var _ = store;
        Assert.Equal([ids[0]], Query(store, "oil AND gas"));
        Assert.Equal([ids[0]], Query(store, "+oil +gas"));
        Assert.Equal([ids[2]], Query(store, "oil NOT gas"));
        Assert.Equal([ids[2]], Query(store, "oil -gas"));
        Assert.Equal([ids[1]], Query(store, "+gas -oil"));
        Assert.Empty(Query(store, "-oil"));
        Assert.Equal([ids[0], ids[2]], Query(store, "(gas AND oil) OR exports").Order());
    }

    [Fact]
    public void Phrase_requires_adjacent_terms_in_order()
    {
        var (store, ids) = Setup("joint declaration signed", "declaration on a joint plan");
        using var _ = store;
        Assert.Equal([ids[0]], Query(store, "\"joint declaration\""));
        Assert.Equal(2, Query(store, "joint declaration").Length);
    }

    [Fact]
    public void Prefix_and_fuzzy()
    {
        var (store, ids) = Setup("cooperation agreement", "cooperative farming", "corporate tax");
        using var _ = store;
        Assert.Equal([ids[0], ids[1]], Query(store, "cooper*").Order());
        Assert.Equal([ids[0]], Query(store, "agrement~"));
        Assert.Equal([ids[0]], Query(store, "agreemnet~1")); // a transposition is one edit
        Assert.Empty(Query(store, "agrmnt~1"));
    }

    [Fact]
    public void Field_scoped_terms()
    {
        using var store = new GraphStore();
        long titled = 0;
        long texted = 0;
        Commit(store, tx =>
        {
            tx.CreateIndex(Docs, false, out _);
            titled = tx.CreateNode(["Document"], Props(("title", "Astana summit"), ("text", "meeting")));
            texted = tx.CreateNode(["Note"], Props(("title", "other"), ("text", "Astana")));
        });
        Assert.Equal([titled], Query(store, "title:astana"));
        Assert.Equal([texted], Query(store, "text:astana"));
        Assert.Equal([titled], Query(store, "title:(summit OR nothing)"));
        Assert.Equal(2, Query(store, "astana").Length);
    }

    [Fact]
    public void Shorter_document_with_the_term_scores_higher()
    {
        var (store, ids) = Setup("gas", "gas is one topic among many other topics discussed today");
        using var _ = store;
        var results = store.Snapshot().QueryFulltextNodes("docs", "gas");
        Assert.Equal([ids[0], ids[1]], results.Select(r => r.Id));
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public void Index_follows_updates_deletes_labels_and_snapshots()
    {
        var (store, ids) = Setup("first text");
        using var _ = store;
        var before = store.Snapshot();
        Commit(store, tx => tx.SetNodeProperty(ids[0], "text", "second text"));
        Assert.Equal([ids[0]], before.QueryFulltextNodes("docs", "first").Select(r => r.Id));
        Assert.Empty(Query(store, "first"));
        Assert.Equal([ids[0]], Query(store, "second"));

        Commit(store, tx => tx.RemoveLabel(ids[0], "Document"));
        Assert.Empty(Query(store, "second"));
        Commit(store, tx => tx.AddLabel(ids[0], "Note"));
        Assert.Equal([ids[0]], Query(store, "second"));
        Commit(store, tx => tx.SetNodeProperty(ids[0], "title", new[] { "list", "of", "strings" }));
        Assert.Equal([ids[0]], Query(store, "strings"));
        Commit(store, tx => tx.DeleteNode(ids[0]));
        Assert.Empty(Query(store, "second"));
    }

    [Fact]
    public void Relationship_fulltext_index()
    {
        using var store = new GraphStore();
        long r = 0;
        Commit(store, tx =>
        {
            tx.CreateIndex(new IndexDefinition("evidence", IndexKind.Fulltext, true, ["SIGNED"], ["evidence"]), false, out _);
            var a = tx.CreateNode([], None);
            r = tx.CreateRelationship(a, a, "SIGNED", Props(("evidence", "The leaders signed a declaration")));
            tx.CreateRelationship(a, a, "OTHER", Props(("evidence", "declaration")));
        });
        Assert.Equal([r], store.Snapshot().QueryFulltextRelationships("evidence", "declaration").Select(x => x.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(oil AND gas")]
    [InlineData("oil)")]
    [InlineData("\"unterminated")]
    [InlineData("oil AND")]
    [InlineData("OR gas")]
    [InlineData("*oil")]
    [InlineData("title:")]
    [InlineData("oil~5")]
    [InlineData("trailing\\")]
    [InlineData("()")]
    public void Malformed_queries_fail_with_ProcedureCallFailed(string query)
    {
        var (store, _) = Setup("oil");
        using var __ = store;
        var error = Assert.Throws<GraphException>(() => Query(store, query));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.StartsWith("Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse", error.Message);
    }

    [Fact]
    public void Deeply_nested_query_fails_cleanly()
    {
        var (store, _) = Setup("oil");
        using var __ = store;
        var query = new string('(', 5000) + "oil" + new string(')', 5000);
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", Assert.Throws<GraphException>(() => Query(store, query)).Code);
    }

    [Fact]
    public void Unknown_index_fails()
    {
        using var store = new GraphStore();
        var error = Assert.Throws<GraphException>(() => store.Snapshot().QueryFulltextNodes("nope", "x"));
        Assert.Equal("Neo.ClientError.Procedure.ProcedureCallFailed", error.Code);
        Assert.EndsWith("There is no such fulltext schema index: nope", error.Message);
    }
}
