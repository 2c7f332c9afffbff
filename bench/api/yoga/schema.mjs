// The subset of Graph's generated schema the benchmark queries use, with the same names, argument
// forms (where: {kind: {eq}}, limit/offset, first/after) and defaults (root lists capped at 1000
// without a limit, like Graph:GraphQL DefaultLimit).
export const typeDefs = /* GraphQL */ `
  scalar Date

  input StringScalarFilters {
    eq: String
    in: [String!]
    contains: String
    startsWith: String
  }

  input DateScalarFilters {
    eq: Date
    lt: Date
    lte: Date
    gt: Date
    gte: Date
  }

  input AgreementWhere {
    name: StringScalarFilters
    kind: StringScalarFilters
    date: DateScalarFilters
  }

  enum SortDirection {
    ASC
    DESC
  }

  input AgreementSort {
    id: SortDirection
    name: SortDirection
    date: SortDirection
  }

  "What Graph's Agreement.parties returns: states, ministries and organizations alike."
  interface Party {
    id: ID!
    name: String!
  }

  type State implements Party {
    id: ID!
    name: String!
    agreements(limit: Int, offset: Int): [Agreement!]!
  }

  type Organization implements Party {
    id: ID!
    name: String!
  }

  type Ministry implements Party {
    id: ID!
    name: String!
    basis: String
    state: State
    agreements(limit: Int, offset: Int): [Agreement!]!
  }

  type Agreement {
    id: ID!
    name: String!
    kind: String
    date: Date
    year: Int
    parties(limit: Int, offset: Int): [Party!]!
    ministries(limit: Int, offset: Int): [Ministry!]!
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  type AgreementEdge {
    cursor: String!
    node: Agreement!
  }

  type AgreementsConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [AgreementEdge!]!
  }

  type Query {
    states(limit: Int, offset: Int): [State!]!
    ministries(limit: Int, offset: Int): [Ministry!]!
    agreements(where: AgreementWhere, sort: [AgreementSort!], limit: Int, offset: Int): [Agreement!]!
    agreementsConnection(where: AgreementWhere, first: Int, after: String): AgreementsConnection!
  }
`;
