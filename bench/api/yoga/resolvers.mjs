// Resolvers answering from the in-memory graph (graph.mjs). Lists keep insertion order, as the
// embedded engine returns unsorted results in the order it stored them.
import { GraphQLScalarType, GraphQLError } from 'graphql';

const DEFAULT_LIMIT = 1000;
const PARTY_LABELS = new Set(['State', 'Ministry', 'Organization']);

const page = (list, offset, limit) => list.slice(offset ?? 0, limit == null ? undefined : (offset ?? 0) + limit);

function matchesString(value, filter) {
  if (!filter) return true;
  if (filter.eq != null && value !== filter.eq) return false;
  if (filter.in != null && !filter.in.includes(value)) return false;
  if (filter.contains != null && !(typeof value === 'string' && value.includes(filter.contains))) return false;
  if (filter.startsWith != null && !(typeof value === 'string' && value.startsWith(filter.startsWith))) return false;
  return true;
}

// Dates are ISO text (yyyy-mm-dd), so text order is date order.
function matchesDate(value, filter) {
  if (!filter) return true;
  if (value == null) return false;
  if (filter.eq != null && value !== filter.eq) return false;
  if (filter.lt != null && !(value < filter.lt)) return false;
  if (filter.lte != null && !(value <= filter.lte)) return false;
  if (filter.gt != null && !(value > filter.gt)) return false;
  if (filter.gte != null && !(value >= filter.gte)) return false;
  return true;
}

const agreementMatches = (where) => (a) =>
  !where || (matchesString(a.properties.name, where.name) && matchesString(a.properties.kind, where.kind)
    && matchesDate(a.properties.date, where.date));

// sort: [{ date: ASC }, { id: ASC }] — one key per item, nulls last as Cypher's ascending order puts them.
function sorted(list, sort) {
  if (!sort?.length) return list;
  const keys = sort.flatMap((item) => Object.entries(item));
  const compare = (x, y) => (x == null ? (y == null ? 0 : 1) : y == null ? -1 : x < y ? -1 : x > y ? 1 : 0);
  return [...list].sort((a, b) => {
    for (const [key, direction] of keys) {
      const c = compare(a.properties[key], b.properties[key]);
      if (c !== 0) return direction === 'DESC' ? -c : c;
    }
    return 0;
  });
}

// Relay cursors as Graph writes them: base64 of "arrayconnection:<offset>".
const cursorOf = (offset) => Buffer.from(`arrayconnection:${offset}`).toString('base64');
function offsetOf(cursor) {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^arrayconnection:(\d+)$/.exec(text);
  if (!match) throw new GraphQLError(`Invalid cursor '${cursor}'.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]) + 1;
}

const field = (name) => (node) => node.properties[name] ?? null;

export function makeResolvers(graph) {
  return {
    Date: new GraphQLScalarType({
      name: 'Date',
      serialize: (value) => value,
      parseValue: (value) => value,
    }),
    Query: {
      states: (_, { limit, offset }) => page(graph.all('State'), offset, limit ?? DEFAULT_LIMIT),
      ministries: (_, { limit, offset }) => page(graph.all('Ministry'), offset, limit ?? DEFAULT_LIMIT),
      agreements: (_, { where, sort, limit, offset }) =>
        page(sorted(where ? graph.all('Agreement').filter(agreementMatches(where)) : graph.all('Agreement'), sort), offset, limit ?? DEFAULT_LIMIT),
      agreementsConnection: (_, { where, first, after }) => {
        const all = graph.all('Agreement').filter(agreementMatches(where));
        const start = after == null ? 0 : offsetOf(after);
        const slice = page(all, start, first);
        return {
          totalCount: all.length,
          edges: slice.map((node, i) => ({ cursor: cursorOf(start + i), node })),
          pageInfo: {
            hasNextPage: start + slice.length < all.length,
            hasPreviousPage: start > 0,
            startCursor: slice.length ? cursorOf(start) : null,
            endCursor: slice.length ? cursorOf(start + slice.length - 1) : null,
          },
        };
      },
    },
    State: {
      id: field('id'),
      name: field('name'),
      agreements: (s, { limit, offset }) => page(graph.outgoing(s, 'PARTY_TO', 'Agreement'), offset, limit),
    },
    Party: {
      __resolveType: (n) => n.label,
    },
    Organization: {
      id: field('id'),
      name: field('name'),
    },
    Ministry: {
      id: field('id'),
      name: field('name'),
      basis: field('basis'),
      state: (m) => graph.outgoing(m, 'PART_OF', 'State')[0] ?? null,
      agreements: (m, { limit, offset }) => page(graph.outgoing(m, 'PARTY_TO', 'Agreement'), offset, limit),
    },
    Agreement: {
      id: field('id'),
      name: field('name'),
      kind: field('kind'),
      date: field('date'),
      year: field('year'),
      parties: (a, { limit, offset }) => page(graph.incomingAny(a, 'PARTY_TO', PARTY_LABELS), offset, limit),
      ministries: (a, { limit, offset }) => page(graph.incoming(a, 'PARTY_TO', 'Ministry'), offset, limit),
    },
  };
}
