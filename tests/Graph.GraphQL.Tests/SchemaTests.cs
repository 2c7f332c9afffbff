using Graph.Core.Model;
using Graph.GraphQL.Tests.Support;
using GraphQLParser;
using GraphQLParser.AST;
using Snapshooter.Xunit;

namespace Graph.GraphQL.Tests;

// Locks down the schema generated from the knowledge model: the SDL text, descriptions everywhere, and the per-type fields.
public sealed class SchemaTests
{
    private static readonly string Sdl = new KnowledgeGraphQL(new RecordingGraphDatabase()).Sdl;

    [Fact]
    public void Sdl_matches_its_snapshot() => Snapshot.Match(Sdl);

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var document = Parser.Parse(Sdl);
        var missing = new List<string>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    if (o.Description is null) missing.Add(o.Name.StringValue);
                    missing.AddRange(o.Fields!.Items.Where(f => f.Description is null).Select(f => $"{o.Name.StringValue}.{f.Name.StringValue}"));
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    if (i.Description is null) missing.Add(i.Name.StringValue);
                    missing.AddRange(i.Fields!.Items.Where(f => f.Description is null).Select(f => $"{i.Name.StringValue}.{f.Name.StringValue}"));
                    break;
                case GraphQLInputObjectTypeDefinition n:
                    if (n.Description is null) missing.Add(n.Name.StringValue);
                    missing.AddRange(n.Fields!.Items.Where(f => f.Description is null).Select(f => $"{n.Name.StringValue}.{f.Name.StringValue}"));
                    break;
                case GraphQLEnumTypeDefinition e:
                    if (e.Description is null) missing.Add(e.Name.StringValue);
                    break;
            }
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("ministries(where: MinistryWhere, sort: [MinistrySort!], limit: Int, offset: Int): [Ministry!]!")]
    [InlineData("ministriesConnection(where: MinistryWhere, sort: [MinistrySort!], first: Int, after: String): MinistriesConnection!")]
    [InlineData("ministriesAggregate(where: MinistryWhere): MinistryAggregate!")]
    [InlineData("node(id: ID!): Node")]
    [InlineData("search(text: String!, types: [EntityType!], first: Int): [SearchHit!]!")]
    [InlineData("path(from: ID!, to: ID!, maxLength: Int): Path")]
    [InlineData("neighbours(id: ID!, depth: Int): Neighbourhood")]
    [InlineData("createMinistries(input: [MinistryCreateInput!]!): CreateMinistriesResponse!")]
    [InlineData("updateMinistries(where: MinistryWhere, update: MinistryUpdateInput!): UpdateMinistriesResponse!")]
    [InlineData("deleteMinistries(where: MinistryWhere, cascade: Boolean = false): MutationInfo!")]
    [InlineData("state(where: StateWhere): State")]
    [InlineData("mentions(where: EntityWhere, sort: [EntitySort!], limit: Int, offset: Int): [Entity!]!")]
    [InlineData("tradePartnersConnection(where: StateTradePartnersConnectionWhere, sort: [StateTradePartnersConnectionSort!], first: Int, after: String): StateTradePartnersConnection!")]
    [InlineData("entities(where: EntityWhere, sort: [EntitySort!], limit: Int, offset: Int): [Entity!]!")]
    [InlineData("entitiesConnection(where: EntityWhere, sort: [EntitySort!], first: Int, after: String): EntitiesConnection!")]
    [InlineData("agreementsAggregate(where: AgreementWhere): CountAggregate!")]
    [InlineData("parties(where: PartyWhere, sort: [PartySort!], limit: Int, offset: Int): [Party!]!")]
    [InlineData("partiesConnection(where: AgreementPartiesConnectionWhere, sort: [AgreementPartiesConnectionSort!], first: Int, after: String): AgreementPartiesConnection!")]
    public void Schema_has_the_conventional_field(string field) => Assert.Contains("  " + field + "\n", Sdl, StringComparison.Ordinal);

    [Fact]
    public void Every_entity_and_every_relationship_field_of_the_model_appears()
    {
        var model = KnowledgeModel.Default;
        foreach (var entity in model.Entities)
        {
            Assert.Contains($"type {entity.Label} implements Node & Entity", Sdl, StringComparison.Ordinal);
            Assert.Contains($"  {entity.Plural}(", Sdl, StringComparison.Ordinal);
        }
        foreach (var field in model.Fields)
        {
            Assert.Contains($"  {field.Name}Connection(", Sdl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Trade_edges_expose_the_trade_figures_and_the_evidence()
    {
        var start = Sdl.IndexOf("type TradesWithProperties {", StringComparison.Ordinal);
        var block = Sdl[start..Sdl.IndexOf('}', start)];
        foreach (var property in new[] { "year: Int", "volumeUsd: Float", "growthPercent: Float", "targetUsd: Float", "evidence: String", "source: String", "basis: String", "note: String" })
        {
            Assert.Contains(property, block, StringComparison.Ordinal);
        }
    }
}
