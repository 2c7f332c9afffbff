// Question: Which facilities lie in each state, what are they named after, and are they gifts?
// params: {}
MATCH (f:Facility)-[:LOCATED_IN*1..2]->(s:State)
OPTIONAL MATCH (f)-[:NAMED_AFTER]->(namesake:Leader)
OPTIONAL MATCH (f)-[:GIFT_FROM]->(giver:State)
RETURN s.name AS state, f.name AS facility, f.kind AS kind, f.status AS status,
       namesake.name AS namedAfter, giver.name AS giftFrom
ORDER BY state, facility;
