// Question: How are two entities connected (the shortest path between them, not through the document)?
// params: {"from": "kurmangazy", "to": "supreme-interstate-council"}
MATCH (a {id: $from}), (b {id: $to})
WHERE NOT a:Document AND NOT b:Document
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE none(n IN nodes(p) WHERE n:Document)
RETURN [n IN nodes(p) | n.name] AS entities,
       [r IN relationships(p) | type(r)] AS relationships,
       [r IN relationships(p) | r.evidence] AS evidence,
       length(p) AS hops;
