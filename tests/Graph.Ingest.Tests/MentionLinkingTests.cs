using Graph.Ingest.Gazetteers;
using Graph.Ingest.Linking;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Tests;

// Locks down mention linking: names, aliases, demonyms, dated short forms, and ambiguous names left to an editor.
public sealed class MentionLinkingTests
{
    private static readonly KnownEntity Kazakhstan = new(new EntityRef("State", "kazakhstan"), "Kazakhstan", ["Republic of Kazakhstan"]);
    private static readonly KnownEntity Azerbaijan = new(new EntityRef("State", "azerbaijan"), "Azerbaijan", []) { Demonyms = ["Azerbaijanian"] };
    private static readonly KnownEntity Ilham = new(new EntityRef("Leader", "ilham-aliyev"), "Ilham Aliyev", [])
    {
        Leads = [new Leadership("azerbaijan", "President", new DateOnly(2003, 10, 31), null)],
    };
    private static readonly KnownEntity Heydar = new(new EntityRef("Leader", "heydar-aliyev"), "Heydar Aliyev", [])
    {
        Leads = [new Leadership("azerbaijan", "President", new DateOnly(1993, 10, 10), new DateOnly(2003, 10, 30))],
    };
    private static readonly KnownEntity Tokayev = new(new EntityRef("Leader", "kassym-jomart-tokayev"), "Kassym-Jomart Tokayev", []);
    private static readonly KnownEntity Council = new(new EntityRef("Organization", "council"), "Supreme Interstate Council", ["Interstate Council of Kazakhstan and Azerbaijan"]);

    private static readonly Gazetteer Gazetteer = new([Kazakhstan, Azerbaijan, Ilham, Heydar, Tokayev, Council]);

    private static LinkedDocument Link(string text, DateOnly? date = null) => new GazetteerLinker().Link(new RuleSentenceSplitter().Split(text), Gazetteer, date);

    private static List<string> Linked(string text, DateOnly? date = null) => Link(text, date).Mentions.Select(m => $"{m.Surface}={m.Entity}").ToList();

    [Fact]
    public void Names_aliases_and_demonyms_from_the_model_and_the_node_link()
    {
        var linked = Linked("The Republic of Kazakhstan and the Azerbaijanian side discussed Kazakh-Azerbaijani relations with Kassym-Jomart Tokayev.");

        Assert.Equal(["Republic of Kazakhstan=State:kazakhstan", "Azerbaijanian=State:azerbaijan", "Kazakh=State:kazakhstan", "Azerbaijani=State:azerbaijan", "Kassym-Jomart Tokayev=Leader:kassym-jomart-tokayev"], linked);
    }

    [Fact]
    public void A_family_name_alone_links_only_when_one_person_bears_it()
    {
        Assert.Equal(["Tokayev=Leader:kassym-jomart-tokayev"], Linked("Tokayev spoke first."));

        var aliyev = Link("Aliyev spoke first.");
        Assert.Empty(aliyev.Mentions);
        var ambiguous = Assert.Single(aliyev.Ambiguous);
        Assert.Equal("Aliyev", ambiguous.Surface);
        Assert.Equal(["Leader:ilham-aliyev", "Leader:heydar-aliyev"], ambiguous.Alternatives.Select(a => a.ToString()).Order().Reverse());
    }

    [Fact]
    public void Title_and_family_name_resolve_to_the_one_in_office_at_the_date()
    {
        Assert.Equal(["President Aliyev=Leader:ilham-aliyev"], Linked("President Aliyev visited Astana.", new DateOnly(2023, 4, 12)));
        Assert.Equal(["President Aliyev=Leader:heydar-aliyev"], Linked("President Aliyev visited Astana.", new DateOnly(1999, 6, 1)));
    }

    [Fact]
    public void A_full_name_wins_over_the_family_name_inside_it_but_a_state_inside_a_council_name_still_counts()
    {
        Assert.Equal(["Heydar Aliyev=Leader:heydar-aliyev"], Linked("A road honours Heydar Aliyev."));
        var linked = Linked("They founded the Interstate Council of Kazakhstan and Azerbaijan.");
        Assert.Contains("Interstate Council of Kazakhstan and Azerbaijan=Organization:council", linked);
        Assert.Contains("Kazakhstan=State:kazakhstan", linked);
    }

    [Fact]
    public void Mentions_carry_their_sentence_and_offsets_into_the_text()
    {
        const string text = "Talks began. Tokayev met the Azerbaijani delegation.";
        var mention = Link(text).Mentions.Single(m => m.Entity.Id == "azerbaijan");

        Assert.Equal(2, mention.Sentence.Number);
        Assert.Equal("Azerbaijani", text[mention.Start..mention.End]);
        Assert.Equal(FormKind.Demonym, mention.How);
    }
}
