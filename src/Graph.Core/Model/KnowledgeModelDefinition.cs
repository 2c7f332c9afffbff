namespace Graph.Core.Model;

/// <summary>The vocabulary of DESIGN.md written down as data. Extend freely; never rename.</summary>
internal static class KnowledgeModelDefinition
{
    private static readonly PropertyDefinition[] Common =
    [
        new("id", ScalarType.Id, true, "Stable slug, unique per type."),
        new("name", ScalarType.String, true, "Display name."),
        new("aliases", ScalarType.StringList, false, "Other names the sources use."),
        new("description", ScalarType.String, false, "A short description."),
    ];

    /// <summary>How a fact or an entity is known: stated by the text, or only implied by it (then a note says why).</summary>
    public static readonly IReadOnlyList<string> Bases = ["stated", "implied"];

    private static readonly PropertyDefinition[] Provenance =
    [
        new PropertyDefinition("source", ScalarType.String, false, "Id of the document that states this relationship."),
        new PropertyDefinition("evidence", ScalarType.String, false, "The sentence that states it, verbatim from the document."),
        new PropertyDefinition("basis", ScalarType.String, false, "'stated' (the default) or 'implied' when the text only implies it.", Bases),
        new PropertyDefinition("note", ScalarType.String, false, "Why an implied relationship is drawn."),
    ];

    public static KnowledgeModel Build()
    {
        var entities = new List<EntityType>
        {
            Entity("Document", "documents", "A source document (news report) the knowledge is drawn from.",
                new PropertyDefinition("title", ScalarType.String, false, "Headline."),
                new PropertyDefinition("publishedAt", ScalarType.Date, false, "Publication date."),
                new PropertyDefinition("source", ScalarType.String, false, "Publisher or agency."),
                new PropertyDefinition("text", ScalarType.String, false, "The full text."),
                new PropertyDefinition("contentHash", ScalarType.String, false, "SHA-256 (hex) of the text as ingested: the same text is never ingested twice."),
                new PropertyDefinition("sentenceStarts", ScalarType.IntList, false, "Character offset in `text` where each sentence starts (sentence n at index n-1)."),
                new PropertyDefinition("sentenceEnds", ScalarType.IntList, false, "Character offset in `text` just past each sentence's end.")),
            Entity("State", "states", "A sovereign state.",
                new PropertyDefinition("demonyms", ScalarType.StringList, false, "Adjectives and demonyms that name the state in text (Kazakh → Kazakhstan), beside the built-in ones of Demonyms.Default.")),
            Entity("Leader", "leaders", "A person: head of state, minister, or a namesake.",
                new PropertyDefinition("title", ScalarType.String, false, "Usual title, e.g. President.")),
            Entity("Ministry", "ministries", "A government ministry of a state.",
                new PropertyDefinition("basis", ScalarType.String, false, "'stated' when the text names it, 'implied' when it only implies it.", Bases),
                new PropertyDefinition("note", ScalarType.String, false, "Why an implied ministry is assumed.")),
            Entity("Organization", "organizations", "A council, agency, foundation or other organization.",
                new PropertyDefinition("kind", ScalarType.String, false, "Council, Agency, People, …")),
            Entity("Agreement", "agreements", "A declaration, protocol, programme or memorandum between parties.",
                new PropertyDefinition("kind", ScalarType.String, false, "Declaration, Protocol, Program, Memorandum, …"),
                new PropertyDefinition("date", ScalarType.Date, false, "Date of signature, when known."),
                new PropertyDefinition("year", ScalarType.Int, false, "Year of signature, when only the year is known."),
                new PropertyDefinition("untilYear", ScalarType.Int, false, "Last year the agreement runs to, when it states one."),
                new PropertyDefinition("basis", ScalarType.String, false, "'stated' or 'implied'.", Bases),
                new PropertyDefinition("note", ScalarType.String, false, "Qualifications of what the text says.")),
            Entity("Facility", "facilities", "A built facility: a road, a centre, a building.",
                new PropertyDefinition("kind", ScalarType.String, false, "Road, Cultural Center, Residence, …"),
                new PropertyDefinition("status", ScalarType.String, false, "State of construction or operation.")),
            Entity("Place", "places", "A city, region or other place.",
                new PropertyDefinition("kind", ScalarType.String, false, "City, Region, …")),
            Entity("Event", "events", "A meeting, ceremony, visit or other event.",
                new PropertyDefinition("kind", ScalarType.String, false, "Meeting, Ceremony, Visit, Inauguration, …"),
                new PropertyDefinition("date", ScalarType.Date, false, "When it happened."),
                new PropertyDefinition("year", ScalarType.Int, false, "Year, when only the year is known.")),
            Entity("Topic", "topics", "An area of cooperation."),
        };

        var entityLabels = entities.Where(e => e.Label != "Document").Select(e => e.Label).ToArray();
        var relationships = new List<RelationshipType>
        {
            Rel("LEADS", ["Leader"], ["State"], "A leader heads a state.", new PropertyDefinition("role", ScalarType.String, false, "President, Prime Minister, …"),
                new PropertyDefinition("since", ScalarType.Date, false, "First day in office, when known."),
                new PropertyDefinition("until", ScalarType.Date, false, "Last day in office; absent while in office.")),
            Rel("PART_OF", ["Ministry", "Organization"], ["State"], "A ministry or organization belongs to a state."),
            Rel("PARTY_TO", ["State", "Ministry", "Organization"], ["Agreement"], "A party to an agreement."),
            Rel("SIGNED", ["Leader"], ["Agreement"], "A leader signed an agreement."),
            Rel("SIGNED_AT", ["Agreement"], ["Event"], "The event at which an agreement was signed."),
            Rel("ESTABLISHES", ["Agreement"], ["Organization"], "An agreement establishes an organization."),
            Rel("COVERS", ["Agreement"], ["Topic"], "An area an agreement covers."),
            Rel("ATTENDED", ["Leader"], ["Event"], "A leader took part in an event.", new PropertyDefinition("role", ScalarType.String, false, "Host, guest, …")),
            Rel("HELD_IN", ["Event"], ["Place", "Facility"], "Where an event took place."),
            Rel("LOCATED_IN", ["Place", "Facility"], ["Place", "State"], "Where a place or facility lies."),
            Rel("NAMED_AFTER", ["Facility"], ["Leader"], "The person a facility is named after."),
            Rel("GIFT_FROM", ["Facility"], ["State"], "The state a facility is a gift from."),
            Rel("GIFT_TO", ["Facility"], ["State"], "The state a facility is a gift to."),
            Rel("TRADES_WITH", ["State"], ["State"], "Bilateral trade between two states.",
                new PropertyDefinition("year", ScalarType.Int, false, "Year the figures refer to."),
                new PropertyDefinition("volumeUsd", ScalarType.Float, false, "Trade volume in US dollars."),
                new PropertyDefinition("growthPercent", ScalarType.Float, false, "Growth of the volume in percent."),
                new PropertyDefinition("targetUsd", ScalarType.Float, false, "Volume the parties aim for, in US dollars."),
                new PropertyDefinition("targetEvidence", ScalarType.String, false, "The sentence that states the target, verbatim, when it is not the evidence sentence.")),
            Rel("AGREED_ON", ["Leader"], ["Event", "Organization"], "A leader agreed to hold an event or to set up an organization."),
            Rel("PRECEDED", ["Event"], ["Event"], "An event took place before another (a ceremony before talks)."),
            Rel("INCLUDES", ["Event"], ["Event"], "An event is part of a larger one (a visit includes talks)."),
            Rel("INAUGURATES", ["Event"], ["Facility"], "An event opens a facility."),
            Rel("HONORS", ["Event"], ["Event", "Leader"], "An event is held in honour of a person or an occasion."),
            Rel("DISCUSSED", ["Event"], ["Topic"], "An area of cooperation discussed at an event."),
            Rel("MENTIONED_IN", entityLabels, ["Document"], "An entity is mentioned in a document.",
                new PropertyDefinition("sentences", ScalarType.IntList, false, "Numbers (1-based) of the sentences that mention it."),
                new PropertyDefinition("evidenceStart", ScalarType.Int, false, "Character offset in the document's text where the evidence sentence starts."),
                new PropertyDefinition("evidenceEnd", ScalarType.Int, false, "Character offset just past the evidence sentence's end."),
                new PropertyDefinition("spans", ScalarType.IntList, false, "Start and end offsets of every mention in the document's text, in pairs.")) with { IsFact = false },
        };

        var fields = new List<RelationshipField>
        {
            Out("Leader", "leads", "LEADS", ["State"], true, "States this person leads."),
            In("State", "leaders", "LEADS", ["Leader"], true, "Leaders of this state."),
            Out("Ministry", "state", "PART_OF", ["State"], false, "The state this ministry belongs to."),
            Out("Organization", "states", "PART_OF", ["State"], true, "States this organization belongs to."),
            In("State", "ministries", "PART_OF", ["Ministry"], true, "Ministries of this state."),
            In("State", "organizations", "PART_OF", ["Organization"], true, "Organizations of this state."),
            // One field over both kinds (an Institution interface in GraphQL); the per-kind fields above stay (DESIGN.md names them).
            In("State", "institutions", "PART_OF", ["Ministry", "Organization"], true, "Ministries and organizations of this state."),
            Out("State", "agreements", "PARTY_TO", ["Agreement"], true, "Agreements this state is party to."),
            Out("Ministry", "agreements", "PARTY_TO", ["Agreement"], true, "Agreements this ministry is party to."),
            Out("Organization", "agreements", "PARTY_TO", ["Agreement"], true, "Agreements this organization is party to."),
            // One field over every kind of party (a Party interface in GraphQL), as a frontend wants it.
            In("Agreement", "parties", "PARTY_TO", ["State", "Ministry", "Organization"], true, "States, ministries and organizations party to this agreement."),
            // The per-kind views DESIGN.md's vocabulary names; they read the same PARTY_TO relationships.
            In("Agreement", "ministries", "PARTY_TO", ["Ministry"], true, "Ministries party to this agreement."),
            In("Agreement", "organizations", "PARTY_TO", ["Organization"], true, "Organizations party to this agreement."),
            Out("Leader", "signed", "SIGNED", ["Agreement"], true, "Agreements this person signed."),
            In("Agreement", "signatories", "SIGNED", ["Leader"], true, "Who signed this agreement."),
            Out("Agreement", "event", "SIGNED_AT", ["Event"], false, "The event at which it was signed."),
            In("Event", "agreements", "SIGNED_AT", ["Agreement"], true, "Agreements signed at this event."),
            Out("Agreement", "establishes", "ESTABLISHES", ["Organization"], true, "Organizations this agreement establishes."),
            In("Organization", "establishedBy", "ESTABLISHES", ["Agreement"], true, "Agreements that establish this organization."),
            Out("Agreement", "topics", "COVERS", ["Topic"], true, "Areas this agreement covers."),
            In("Topic", "agreements", "COVERS", ["Agreement"], true, "Agreements covering this area."),
            Out("Leader", "events", "ATTENDED", ["Event"], true, "Events this person took part in."),
            In("Event", "participants", "ATTENDED", ["Leader"], true, "Who took part."),
            Out("Event", "place", "HELD_IN", ["Place"], false, "The place (city) where it was held."),
            Out("Event", "venue", "HELD_IN", ["Facility"], false, "The building where it was held."),
            // Where it was held, places and facilities in one list (a Location interface): an event can be held in both.
            Out("Event", "heldIn", "HELD_IN", ["Place", "Facility"], true, "Where it was held: the places and facilities."),
            In("Place", "events", "HELD_IN", ["Event"], true, "Events held in this place."),
            In("Facility", "events", "HELD_IN", ["Event"], true, "Events held at this facility."),
            Out("Place", "state", "LOCATED_IN", ["State"], false, "The state this place lies in."),
            Out("Facility", "location", "LOCATED_IN", ["Place"], false, "The place where this facility is."),
            In("State", "places", "LOCATED_IN", ["Place"], true, "Places in this state."),
            In("Place", "facilities", "LOCATED_IN", ["Facility"], true, "Facilities in this place."),
            // LOCATED_IN over every kind it joins (Area = Place|State, Location = Place|Facility): a facility can lie directly
            // in a state (ingestion writes "road in Kazakhstan" so), which Facility.location cannot show.
            Out("Place", "locatedIn", "LOCATED_IN", ["Place", "State"], true, "The places and states this place lies in."),
            Out("Facility", "locatedIn", "LOCATED_IN", ["Place", "State"], true, "The places and states this facility lies in."),
            In("State", "locations", "LOCATED_IN", ["Place", "Facility"], true, "Places and facilities that lie directly in this state."),
            In("Place", "locations", "LOCATED_IN", ["Place", "Facility"], true, "Places and facilities that lie directly in this place."),
            Out("Facility", "namedAfter", "NAMED_AFTER", ["Leader"], false, "The person this facility is named after."),
            In("Leader", "namesakes", "NAMED_AFTER", ["Facility"], true, "Facilities named after this person."),
            Out("Facility", "giftFrom", "GIFT_FROM", ["State"], false, "The state giving this facility."),
            In("State", "giftsGiven", "GIFT_FROM", ["Facility"], true, "Facilities this state gave."),
            Out("Facility", "giftTo", "GIFT_TO", ["State"], false, "The state receiving this facility."),
            In("State", "giftsReceived", "GIFT_TO", ["Facility"], true, "Facilities this state received."),
            Out("State", "tradePartners", "TRADES_WITH", ["State"], true, "States this state trades with (figures on the connection's edges)."),
            In("State", "tradePartnerOf", "TRADES_WITH", ["State"], true, "States reporting trade with this state."),
            Out("Leader", "agreedOn", "AGREED_ON", ["Event", "Organization"], true, "Events and organizations this person agreed on."),
            In("Event", "agreedBy", "AGREED_ON", ["Leader"], true, "Who agreed to hold this event."),
            In("Organization", "agreedBy", "AGREED_ON", ["Leader"], true, "Who agreed to set up this organization."),
            Out("Event", "preceded", "PRECEDED", ["Event"], true, "Events this event came before."),
            In("Event", "precededBy", "PRECEDED", ["Event"], true, "Events that came before this one."),
            Out("Event", "includes", "INCLUDES", ["Event"], true, "Events that are part of this one."),
            In("Event", "partOf", "INCLUDES", ["Event"], true, "Larger events this one is part of."),
            Out("Event", "inaugurates", "INAUGURATES", ["Facility"], true, "Facilities this event opened."),
            In("Facility", "inauguratedAt", "INAUGURATES", ["Event"], true, "Events that opened this facility."),
            Out("Event", "honors", "HONORS", ["Event", "Leader"], true, "People and occasions this event honours."),
            In("Event", "honoredBy", "HONORS", ["Event"], true, "Events held in honour of this occasion."),
            In("Leader", "honoredBy", "HONORS", ["Event"], true, "Events held in honour of this person."),
            Out("Event", "topics", "DISCUSSED", ["Topic"], true, "Areas discussed at this event."),
            In("Topic", "discussedAt", "DISCUSSED", ["Event"], true, "Events where this area was discussed."),
        };
        foreach (var label in entityLabels)
        {
            fields.Add(Out(label, "mentionedIn", "MENTIONED_IN", ["Document"], true, "Documents that mention this entity."));
        }
        fields.Add(In("Document", "mentions", "MENTIONED_IN", entityLabels, true, "Entities this document mentions."));

        return new KnowledgeModel(entities, relationships, fields);
    }

    private static EntityType Entity(string label, string plural, string description, params PropertyDefinition[] own) =>
        new(label, plural, description, [.. Common, .. own]);

    private static RelationshipType Rel(string type, string[] from, string[] to, string description, params PropertyDefinition[] own) =>
        new(type, from, to, description, [.. own, .. Provenance]);

    private static RelationshipField Out(string owner, string name, string type, string[] targets, bool list, string description) =>
        new(owner, name, type, RelationshipDirection.Outgoing, targets, list, description);

    private static RelationshipField In(string owner, string name, string type, string[] targets, bool list, string description) =>
        new(owner, name, type, RelationshipDirection.Incoming, targets, list, description);
}
