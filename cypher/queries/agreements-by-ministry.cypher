// Question: Which agreements involve each ministry, and on what basis (stated or implied)?
// params: {}
MATCH (m:Ministry)-[p:PARTY_TO]->(a:Agreement)
OPTIONAL MATCH (m)-[:PART_OF]->(s:State)
RETURN m.id AS ministry, m.name AS name, s.name AS state, m.basis AS ministryBasis,
       collect({agreement: a.name, kind: a.kind, date: a.date, basis: coalesce(p.basis, 'stated')}) AS agreements
ORDER BY state, name;
