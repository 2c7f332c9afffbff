using Graph.Ingest.Splitting;

namespace Graph.Ingest.Tests;

// Locks down sentence splitting on real report text: abbreviations, quotations, money, dates and page furniture.
public sealed class SentenceSplittingTests
{
    private readonly RuleSentenceSplitter _splitter = new();

    [Fact]
    public void The_seed_report_splits_into_the_23_sentences_the_seed_numbers_with_exact_offsets()
    {
        var text = DocumentText.Normalize(TestGraph.SeedText, markdown: false);
        var sentences = _splitter.Split(text);

        Assert.Equal(23, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
        Assert.Equal(Enumerable.Range(1, 23), sentences.Select(s => s.Number));
        Assert.StartsWith("Astana, 12 April 2023 (TDI):", sentences[0].Text);
        Assert.EndsWith("strategic collaboration and association.", sentences[0].Text);
        Assert.EndsWith("to reach $500 million.", sentences[6].Text);
        Assert.DoesNotContain(sentences, s => s.Text.StartsWith("Also Read", StringComparison.Ordinal));
        Assert.Equal("During President Aliyev’s visit to Astana, several additional agreements were signed, including MoUs and cooperation with various ministries and organizations from both nations.", sentences[21].Text);
    }

    [Theory]
    [InlineData("Mr. Bektenov met Dr. Ismayilov on Jan. 5 in Baku. They signed two protocols.", 2)]
    [InlineData("Trade reached $1.5 billion. It grew 12.5% in 2023.", 2)]
    [InlineData("He said: “We will sign it. It matters to both nations.” Then the talks ended.", 2)]
    [InlineData("He said: \"We will sign it. It matters.\" Then the talks ended.", 2)]
    [InlineData("The U.S. delegation arrived on 12 April 2023. J. Smith led it.", 2)]
    [InlineData("Is trade growing? Yes! It rose to $500 million.", 3)]
    public void Abbreviations_quotes_and_numbers_do_not_end_sentences(string text, int expected)
    {
        var sentences = _splitter.Split(text);

        Assert.Equal(expected, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void Markdown_markup_is_dropped_and_the_heading_is_the_title()
    {
        const string markdown = "# Leaders meet\n\nThe **two presidents** met in [Baku](https://example.org).\n\n- They signed a memorandum.";

        Assert.Equal("Leaders meet", DocumentText.MarkdownTitle(markdown));
        var text = DocumentText.Normalize(markdown, markdown: true);
        Assert.Equal("Leaders meet\n\nThe two presidents met in Baku.\n\nThey signed a memorandum.", text);
        Assert.Equal(3, _splitter.Split(text).Count);
    }
}
