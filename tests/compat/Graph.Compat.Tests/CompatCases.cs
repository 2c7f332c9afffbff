namespace Graph.Compat.Tests;

/// <summary>
/// The operations the suite gives Neo4j's GraphQL library. <see cref="Shared"/> are written in the part of
/// the v7 dialect the project's own API also speaks (same fields, filters, sorting, paging), so their
/// answers are compared; <see cref="LibraryOnly"/> use what only the library has (mutations, aggregations
/// of its own shape, unions), run after the shared ones, and are checked for errors and effects.
/// </summary>
public static class CompatCases
{
    public static IReadOnlyList<LibraryCase> Shared { get; } =
    [
        new("states-sorted", "{ states(sort: [{name: ASC}]) { id name aliases description } }"),
        new("states-with-leaders", "{ states(sort: [{name: DESC}]) { name leaders(sort: [{name: ASC}]) { id name title } } }"),
        new("leaders-paged", "{ leaders(sort: [{name: ASC}], limit: 2, offset: 1) { name } }"),
        new("eq-filter", "{ leaders(where: {name: {eq: \"Ilham Aliyev\"}}) { id name leads { name } } }"),
        new("in-filter", "{ states(where: {id: {in: [\"kazakhstan\", \"nowhere\"]}}) { name } }"),
        new("string-operators", "{ places(where: {OR: [{name: {startsWith: \"As\"}}, {name: {endsWith: \"u\"}}, {name: {contains: \"zz\"}}]}, sort: [{name: ASC}]) { name kind } }"),
        new("not-and", "{ events(where: {AND: [{NOT: {kind: {eq: \"Meeting\"}}}, {name: {contains: \"a\"}}]}, sort: [{name: ASC}]) { name kind } }"),
        new("date-range", "{ events(where: {date: {gte: \"2023-04-01\", lt: \"2023-05-01\"}}, sort: [{date: ASC}, {name: ASC}]) { name date } }"),
        new("date-field", "{ documents { id title publishedAt } }"),
        new("int-range", "{ agreements(where: {year: {gt: 1990}}, sort: [{year: DESC}, {name: ASC}]) { name year untilYear } }"),
        new("some-relationship", "{ states(where: {leaders: {some: {name: {contains: \"Tokayev\"}}}}) { name } }"),
        new("none-relationship", "{ agreements(where: {signatories: {none: {name: {eq: \"Ilham Aliyev\"}}}}, sort: [{name: ASC}]) { name } }"),
        new("single-relationship", "{ agreements(where: {signatories: {single: {name: {eq: \"Ilham Aliyev\"}}}}, sort: [{name: ASC}]) { name } }"),
        new("nested-filters", "{ agreements(sort: [{name: ASC}], limit: 3) { name topics(sort: [{name: ASC}]) { name } parties(where: {State: {name: {eq: \"Azerbaijan\"}}}) { __typename ... on State { name } } } }"),
        new("single-relationship-field", "{ ministries(sort: [{name: ASC}]) { name state { name } } }"),
        new("list-includes", "{ leaders(where: {aliases: {includes: \"Aliyev\"}}) { name aliases } }"),
        new("root-connection", "{ leadersConnection(sort: [{name: ASC}], first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage } } }"),
        new("connection-where", "{ placesConnection(where: {kind: {eq: \"City\"}}, sort: [{name: ASC}]) { totalCount edges { node { name } } } }"),
        new("relationship-connection", "{ states(sort: [{name: ASC}]) { name leadersConnection { totalCount edges { node { name } } } } }"),
        new("edge-properties", "{ states(sort: [{name: ASC}]) { name leadersConnection { edges { properties { role } node { name } } } } }"),
        new("trade-figures", "{ states(sort: [{name: ASC}]) { name tradePartnersConnection { edges { properties { year volumeUsd growthPercent } node { name } } } } }"),
        new("deep-nesting", "{ leaders(where: {id: {eq: \"kassym-jomart-tokayev\"}}) { name events(sort: [{name: ASC}]) { name place { name state { name } } } } }"),
        new("document-mentions-count", "{ documents { title mentionsConnection { totalCount } } }"),
        // Issue 18's shared features: connection aggregates (node and edge), count filters, sorting by an edge
        // property, the Entity interface, the union/interface field Agreement.parties and the v7 update operators.
        new("count-aggregate", "{ leadersConnection { aggregate { count { nodes } } } }"),
        new("string-aggregate", "{ leadersConnection { aggregate { node { name { shortest longest } } } } }"),
        new("number-aggregate", "{ agreementsConnection(where: {year: {gt: 0}}) { aggregate { count { nodes } node { year { min max average sum } } } } }"),
        new("nested-aggregate", "{ states(sort: [{name: ASC}]) { name leadersConnection { aggregate { count { nodes edges } } } } }"),
        new("edge-sort", "{ states(sort: [{name: ASC}]) { tradePartnersConnection(sort: [{edge: {year: DESC}}]) { edges { properties { year } } } } }"),
        new("edge-aggregate", "{ states(sort: [{name: ASC}]) { name tradePartnersConnection { aggregate { count { nodes edges } edge { volumeUsd { min max average sum } } } } } }"),
        new("count-filter", "{ agreements(where: {topicsAggregate: {count: {gte: 2}}}, sort: [{name: ASC}]) { name } }"),
        new("interface-query", "{ entities(where: {typename: [State, Topic]}, sort: [{name: ASC}], limit: 4) { __typename name } }"),
        new("interface-connection", "{ entitiesConnection(where: {typename: [Leader]}, sort: [{name: ASC}]) { totalCount edges { node { __typename name } } } }"),
        new("union-state-member", "{ agreements(where: {id: {eq: \"mou-media-2023\"}}) { parties(where: {State: {id: {eq: \"kazakhstan\"}}}) { __typename ... on State { id name } } } }"),
        new("union-ministry-member", "{ agreements(where: {id: {eq: \"mou-media-2023\"}}) { parties(where: {Ministry: {id: {eq: \"kazakhstan-ministry-media\"}}}) { __typename ... on Ministry { id basis } } } }"),
        new("union-connection-count", "{ agreements(sort: [{name: ASC}]) { name partiesConnection { totalCount } } }"),
        // The other fields over several labels (the library's unions, the project's Institution, Location and Area
        // interfaces). Unsorted lists hold at most one node on the seed, so their order cannot differ.
        new("union-institutions-member", "{ states(sort: [{name: ASC}]) { name institutions(where: {Organization: {id: {eq: \"supreme-interstate-council\"}}}) { __typename ... on Organization { id kind } } } }"),
        new("union-institutions-count", "{ states(sort: [{name: ASC}]) { name institutionsConnection { totalCount } } }"),
        new("union-held-in", "{ events(sort: [{name: ASC}]) { name heldIn { __typename ... on Place { id kind } ... on Facility { id kind } } } }"),
        new("union-held-in-member", "{ events(where: {heldIn: {some: {Facility: {id: {eq: \"akorda\"}}}}}) { name } }"),
        new("union-located-in", "{ facilities(sort: [{name: ASC}]) { name locatedIn { __typename ... on Place { name } ... on State { name } } } }"),
        new("union-locations-member", "{ states(sort: [{name: ASC}]) { name locations(where: {Facility: {id: {eq: \"heydar-aliyev-road\"}}}) { __typename ... on Facility { name } } } }"),
        new("union-locations-count", "{ places(sort: [{name: ASC}]) { name locationsConnection { totalCount } locatedInConnection { totalCount } } }"),
        // Update operators last: they change the seed for what follows (the same changes on both sides, in order).
        new("update-set", "mutation { updateAgreements(where: {id: {eq: \"joint-declaration-2023\"}}, update: {year: {set: 2020}, aliases: {set: [\"JD\"]}}) { agreements { id year aliases } } }"),
        new("update-add", "mutation { updateAgreements(where: {id: {eq: \"joint-declaration-2023\"}}, update: {year: {add: 3}}) { agreements { year } } }"),
        new("update-subtract", "mutation { updateAgreements(where: {id: {eq: \"joint-declaration-2023\"}}, update: {year: {subtract: 1}}) { agreements { year } } }"),
        new("update-push", "mutation { updateAgreements(where: {id: {eq: \"joint-declaration-2023\"}}, update: {aliases: {push: [\"Declaration\", \"Astana\"]}}) { agreements { aliases } } }"),
        new("update-pop", "mutation { updateAgreements(where: {id: {eq: \"joint-declaration-2023\"}}, update: {aliases: {pop: 2}}) { agreements { aliases } } }"),
        new("update-edge-multiply", "mutation { updateStates(where: {id: {eq: \"kazakhstan\"}}, update: {tradePartners: [{update: {where: {node: {id: {eq: \"azerbaijan\"}}}, edge: {volumeUsd: {multiply: 2}, growthPercent: {subtract: 0.5}}}}]}) { states { tradePartnersConnection { edges { properties { volumeUsd growthPercent } node { name } } } } } }"),
    ];

    public static IReadOnlyList<LibraryCase> LibraryOnly { get; } =
    [
        // The library's `all` also requires at least one related node (EXISTS … AND NOT EXISTS … NOT); the
        // project's API reads it as in logic (true for none), so the two differ on events without participants.
        new("all-relationship", "{ events(where: {participants: {all: {name: {contains: \"Aliyev\"}}}}, sort: [{name: ASC}]) { name } }"),
        new("edge-filter", "{ agreements(sort: [{name: ASC}]) { name partiesConnection(where: {State: {edge: {basis: {eq: \"implied\"}}}}) { totalCount } } }"),
        new("cursor-paging", "{ leadersConnection(sort: [{name: ASC}], first: 1, after: \"YXJyYXljb25uZWN0aW9uOjA=\") { edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"),
        new("connection-node-filter", "{ statesConnection(where: {agreements: {some: {kind: {eq: \"Declaration\"}}}}) { totalCount } }"),
        new("relationship-count-filter", "{ agreements(where: {topicsConnection: {some: {node: {name: {contains: \"a\"}}}}}, sort: [{name: ASC}]) { name } }"),
        new("union-field", "{ leaders(where: {agreedOn: {some: {}}}) { name agreedOn { __typename ... on Event { name } ... on Organization { name } } } }"),
        new("create", "mutation { createTopics(input: [{id: \"compat-topic\", name: \"Compatibility\"}]) { topics { id name } info { nodesCreated } } }"),
        new("create-nested", "mutation { createAgreements(input: [{id: \"compat-agreement\", name: \"Compat Accord\", year: 2026, topics: {connect: [{where: {node: {id: {eq: \"compat-topic\"}}}}]}}]) { agreements { name topics { name } } } }"),
        new("update", "mutation { updateTopics(where: {id: {eq: \"compat-topic\"}}, update: {description: {set: \"Checked by the suite\"}}) { topics { id description } } }"),
        new("update-connect", "mutation { updateAgreements(where: {id: {eq: \"compat-agreement\"}}, update: {parties: {State: [{connect: [{where: {node: {id: {eq: \"kazakhstan\"}}}, edge: {basis: \"implied\", note: \"test\"}}]}]}}) { agreements { parties { ... on State { name } } } } }"),
        new("nested-update", "mutation { updateAgreements(where: {id: {eq: \"compat-agreement\"}}, update: {topics: [{update: {node: {name: {set: \"Compatibility checks\"}}}}]}) { agreements { topics { name } } } }"),
        new("create-with-edge", "mutation { createLeaders(input: [{id: \"compat-leader\", name: \"Compat Leader\", leads: {connect: [{where: {node: {id: {eq: \"azerbaijan\"}}}, edge: {role: \"Acting\"}}]}}]) { leaders { name leadsConnection { edges { properties { role } node { name } } } } } }"),
        new("delete-leader", "mutation { deleteLeaders(where: {id: {eq: \"compat-leader\"}}) { nodesDeleted relationshipsDeleted } }"),
        new("read-after-writes", "{ agreements(where: {id: {eq: \"compat-agreement\"}}) { name year topics { name description } partiesConnection { edges { properties { basis note } node { ... on State { name } } } } } }"),
        new("disconnect", "mutation { updateAgreements(where: {id: {eq: \"compat-agreement\"}}, update: {parties: {State: [{disconnect: [{where: {node: {id: {eq: \"kazakhstan\"}}}}]}]}}) { agreements { parties { ... on State { name } } } } }"),
        new("delete", "mutation { deleteAgreements(where: {id: {eq: \"compat-agreement\"}}) { nodesDeleted relationshipsDeleted } }"),
        new("delete-topic", "mutation { deleteTopics(where: {id: {eq: \"compat-topic\"}}) { nodesDeleted } }"),
        new("read-after-deletes", "{ topics(where: {id: {eq: \"compat-topic\"}}) { id } agreements(where: {id: {eq: \"compat-agreement\"}}) { id } }"),
    ];
}
