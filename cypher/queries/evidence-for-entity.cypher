// Question: What is the evidence behind every relationship of an entity (sentence, source, basis, note)?
// params: {"id": "supreme-interstate-council"}
MATCH (e {id: $id})-[r]-(other)
WHERE type(r) <> 'MENTIONED_IN'
RETURN e.name AS entity, type(r) AS relationship, startNode(r) = e AS outgoing, other.name AS other,
       r.evidence AS evidence, r.source AS source, coalesce(r.basis, 'stated') AS basis, r.note AS note
ORDER BY relationship, other;
