// Question: Which entities are the most connected (number of relationships, not counting mentions)?
// params: {"limit": 20}
MATCH (e)
WHERE NOT e:Document AND NOT e:__Migration
OPTIONAL MATCH (e)-[r]-()
WHERE type(r) <> 'MENTIONED_IN'
WITH e, count(r) AS connections
RETURN labels(e)[0] AS label, e.id AS id, e.name AS name, connections
ORDER BY connections DESC, name
LIMIT $limit;
