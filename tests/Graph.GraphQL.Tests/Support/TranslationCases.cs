namespace Graph.GraphQL.Tests.Support;

/// <summary>
/// Requests that exercise one translator piece each (filter, sort, pagination, projection, aggregation, connection,
/// search, path, mutation). Used for expected-Cypher snapshots, for Neo4j's linter and for execution on the seed.
/// </summary>
internal static class TranslationCases
{
    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        ["filter-scalar-operators"] = """
            { agreements(where: { name: { startsWith: "Memorandum", endsWith: "sports", contains: "understanding" },
                                  kind: { in: ["Memorandum", "Protocol"] }, year: { isNull: true } }) { id } }
            """,
        ["filter-dates-compare-as-dates"] = """
            { agreements(where: { date: { gt: "2023-01-01", lte: "2023-12-31" }, OR: [{ date: { in: ["2023-04-12"] } }, { date: { lt: "2000-01-01" } }] }) { id date } }
            """,
        ["filter-and-or-not"] = """
            { states(where: { AND: [{ name: { eq: "Kazakhstan" } }, { NOT: { id: { eq: "azerbaijan" } } }], OR: [{ id: { isNull: false } }] }) { name } }
            """,
        ["filter-relationship-quantifiers"] = """
            { agreements(where: { parties: { some: { id: { eq: "kazakhstan" } }, all: { name: { contains: "a" } } },
                                  signatories: { none: { id: { eq: "nobody" } } }, event: { single: { kind: { eq: "Meeting" } } } }) { id } }
            """,
        ["filter-connection-edge-properties"] = """
            { states(where: { tradePartnersConnection: { some: { edge: { growthPercent: { gte: 10.0 } }, node: { id: { eq: "azerbaijan" } } } } }) { id } }
            """,
        ["sort-and-pagination"] = """
            { agreements(sort: [{ kind: DESC }, { name: ASC }], limit: 3, offset: 2) { id } }
            """,
        ["projection-aliases-and-nested-arguments"] = """
            { first: states(limit: 1, sort: [{ name: ASC }]) { label: name agreements(where: { kind: { eq: "Memorandum" } }, sort: [{ name: DESC }], limit: 2) { name } } }
            """,
        ["projection-single-and-interface-fragments"] = """
            { documents { title mentions(limit: 3, sort: [{ id: ASC }]) { __typename id ... on Agreement { kind parties { name } } ... on State { leaders { name } } } }
              events(where: { id: { eq: "astana-talks-2023-04-12" } }) { name place { name } venue { name } } }
            """,
        ["connection-root"] = """
            query($after: String) { agreementsConnection(first: 2, after: $after, sort: [{ name: ASC }], where: { kind: { eq: "Memorandum" } }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }
            """,
        ["connection-edges-only"] = """
            { states(where: { id: { eq: "kazakhstan" } }) { tradePartnersConnection(first: 2) { edges { node { name } } } } }
            """,
        ["connection-total-only"] = """
            { agreementsConnection(where: { kind: { eq: "Memorandum" } }) { totalCount } }
            """,
        ["connection-relationship-with-edge-filter"] = """
            { agreements(where: { id: { eq: "joint-declaration-2023" } }) { signatoriesConnection(where: { edge: { evidence: { contains: "signed" } } }, sort: [{ name: ASC }]) { totalCount edges { properties { evidence source basis } node { name } } } } }
            """,
        ["aggregation"] = """
            { eventsAggregate(where: { kind: { eq: "Meeting" } }) { count date { min max } year { min max average sum } name { shortest longest } }
              states { name agreementsAggregate(where: { kind: { eq: "Memorandum" } }) { count } } }
            """,
        ["connection-aggregate-root"] = """
            { agreementsConnection(where: { kind: { eq: "Memorandum" } }, first: 1) { totalCount aggregate { count { nodes } node { name { shortest longest } date { min max } } } } }
            """,
        ["connection-aggregate-relationship-properties"] = """
            { states(where: { id: { eq: "kazakhstan" } }) { tradePartnersConnection { aggregate { count { nodes edges } node { name { longest } } edge { volumeUsd { min max average sum } year { min max } } } } } }
            """,
        ["connection-sort-by-relationship-property"] = """
            { states(where: { id: { eq: "kazakhstan" } }) { tradePartnersConnection(sort: [{ edge: { volumeUsd: DESC } }, { node: { name: ASC } }]) { edges { properties { volumeUsd } node { name } } } } }
            """,
        ["filter-related-node-count"] = """
            { agreements(where: { partiesAggregate: { count: { gte: 2 } }, parties: { none: { typename: [Organization] } } }) { id } }
            """,
        ["union-parties"] = """
            { agreements(where: { id: { eq: "mou-media-2023" } }) { parties(where: { Ministry: { name: { contains: "media" } }, State: { id: { eq: "kazakhstan" } } }, sort: [{ name: ASC }]) {
                __typename name ... on Ministry { basis state { name } } ... on Party { id } }
              partiesConnection(where: { node: { typename: [State] } }) { totalCount edges { properties { source } node { __typename ... on State { leaders { name } } } } } } }
            """,
        ["union-institutions"] = """
            { states(where: { id: { eq: "kazakhstan" } }) { institutions(where: { Ministry: { name: { contains: "Media" } }, Organization: {} }, sort: [{ name: ASC }]) {
                __typename name ... on Ministry { basis } ... on Organization { kind } }
              institutionsConnection(where: { node: { typename: [Organization] } }) { totalCount aggregate { count { nodes edges } node { name { shortest } } } edges { node { __typename id } } } } }
            """,
        ["union-held-in"] = """
            { events(where: { heldIn: { some: { Facility: { id: { eq: "akorda" } } } } }) { id heldIn(sort: [{ id: ASC }]) { __typename id ... on Place { kind } ... on Facility { status } } heldInAggregate { count } } }
            """,
        ["union-located-in"] = """
            { facilities(sort: [{ id: ASC }]) { id locatedIn(where: { typename: [State] }) { __typename id ... on State { leaders { id } } }
                locatedInConnection(sort: [{ edge: { basis: ASC } }]) { edges { properties { basis } node { __typename id } } } }
              states(where: { locationsAggregate: { count: { gte: 1 } } }, sort: [{ id: ASC }]) { id locations(where: { Facility: {}, Place: { kind: { eq: "City" } } }) { __typename id } } }
            """,
        ["interface-entities"] = """
            { entities(where: { typename: [State, Leader], name: { contains: "a" } }, sort: [{ name: ASC }], limit: 5) { __typename name ... on State { leaders { name } } } }
            """,
        ["interface-entities-connection"] = """
            { entitiesConnection(where: { typename: [Agreement, Event] }, sort: [{ id: ASC }], first: 2) { totalCount pageInfo { hasNextPage } edges { node { __typename id } } aggregate { count { nodes } node { name { longest } } } } }
            """,
        ["search-with-types"] = """
            { search(text: "Astana", types: [Place, Event], first: 3) { score entity { id ... on Place { kind } } } }
            """,
        ["changes-connection"] = """
            { changes(where: { operation: { startsWith: "create" }, ids: { includes: "Topic:energy" } }, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { seq actor operation ids at } } } }
            """,
        ["node-path-neighbours"] = """
            { node(id: "U3RhdGU6YXplcmJhaWphbg==") { globalId ... on State { name } }
              path(from: "U3RhdGU6a2F6YWtoc3Rhbg==", to: "U3RhdGU6YXplcmJhaWphbg==", maxLength: 2) { length nodes { id } relationships { type from to role volumeUsd } }
              neighbours(id: "U3RhdGU6YXplcmJhaWphbg==") { nodes { id } relationships { type } } }
            """,
    };

    public static readonly IReadOnlyDictionary<string, string> Mutations = new Dictionary<string, string>
    {
        ["mutation-create"] = """
            mutation { createTopics(input: [{ id: "energy", name: "Energy" }, { id: "water", name: "Water", aliases: ["H2O"] }]) { info { nodesCreated } topics { id name } } }
            """,
        ["mutation-create-with-date"] = """
            mutation { createEvents(input: [{ id: "forum-2024", name: "Business forum", date: "2024-05-01" }]) { events { id date } } }
            """,
        ["mutation-update"] = """
            mutation { updateTopics(where: { id: { eq: "media" } }, update: { description: { set: "Press, television and news." } }) { info { propertiesSet } topics { id description } } }
            """,
        ["mutation-delete"] = """
            mutation { deleteTopics(where: { id: { eq: "sports" } }, cascade: true) { nodesDeleted relationshipsDeleted } }
            """,
        ["mutation-create-nested"] = """
            mutation { createAgreements(input: [{ id: "transit-protocol-2023", name: "Transit protocol", kind: "Protocol", date: "2023-04-12",
              parties: { connect: [{ where: { node: { id: { in: ["kazakhstan", "azerbaijan"] } } },
                                     edge: { source: "tdi-2023-04-12-tokayev-aliyev-astana", evidence: "The two leaders signed a Joint Declaration and Protocol establishing the Highest Interstate Council of the Republics of Kazakhstan and Azerbaijan, reinforcing the two countries’ strong ties." } }] },
              topics: { create: [{ node: { id: "transit", name: "Transit" }, edge: { basis: "implied", note: "A transit protocol covers transit." } }] } }]) {
              agreements { id parties { id } topics { id } } } }
            """,
        ["mutation-update-relationships"] = """
            mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: {
              description: { set: "Signed in Astana." },
              parties: [{ disconnect: [{ where: { node: { id: { eq: "azerbaijan" } } } }] }],
              signatories: [{ update: { where: { node: { id: { eq: "kassym-jomart-tokayev" } } }, edge: { note: { set: "Signed for Kazakhstan." } } } }],
              topics: [{ connect: [{ where: { node: { id: { eq: "media" } } }, edge: { basis: "implied", note: "Media cooperation is part of the declaration." } }] }] }) {
              info { relationshipsCreated relationshipsDeleted } agreements { id description parties { id } } } }
            """,
        ["mutation-connect-through-interface"] = """
            mutation { updateFacilities(where: { id: { eq: "akorda" } }, update: {
              locatedIn: [{ connect: [{ where: { node: { State: { id: { eq: "kazakhstan" } } } }, edge: { basis: "implied", note: "The Akorda is in Astana, which lies in Kazakhstan." } }],
                            disconnect: [{ where: { node: { typename: [Place] } } }] }] }) {
              info { relationshipsCreated relationshipsDeleted } facilities { id locatedIn { __typename id } } } }
            """,
        ["mutation-delete-document-refused"] = """
            mutation { deleteDocuments(where: { id: { eq: "tdi-2023-04-12-tokayev-aliyev-astana" } }, cascade: true) { nodesDeleted } }
            """,
    };

    public static IEnumerable<object[]> QueryNames() => Queries.Keys.Select(k => new object[] { k });

    public static IEnumerable<object[]> MutationNames() => Mutations.Keys.Select(k => new object[] { k });

    public static IEnumerable<object[]> AllNames() => QueryNames().Concat(MutationNames());

    public static string Get(string name) => Queries.TryGetValue(name, out var q) ? q : Mutations[name];
}
