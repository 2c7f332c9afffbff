// Question: What did the two presidents do together (events attended, agreements signed, things agreed on)?
// params: {"a": "kassym-jomart-tokayev", "b": "ilham-aliyev"}
MATCH (a:Leader {id: $a})-[ra]->(x)<-[rb]-(b:Leader {id: $b})
WHERE type(ra) = type(rb) AND NOT x:Document
RETURN type(ra) AS action, labels(x)[0] AS label, x.id AS id, x.name AS name,
       coalesce(x.date, x.year) AS when, ra.evidence AS evidence
ORDER BY action, name;
