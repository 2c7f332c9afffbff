-- Mixed load for the robustness figure: GraphQL lists, a nested query, a filtered connection, read-only
-- Cypher, a refused mutation (anonymous) and a health probe, round-robin per connection.
local bodies = {
  {"/graphql", '{"query":"{ ministries { name agreements { name date parties { name } } } }"}'},
  {"/graphql", '{"query":"{ states { id name leaders { name } } }"}'},
  {"/graphql", '{"query":"{ agreementsConnection(first: 5, sort: [{name: ASC}]) { totalCount edges { node { name } } } }"}'},
  {"/cypher", '{"statement":"MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.name, count(a) AS n ORDER BY n DESC"}'},
  {"/graphql", '{"query":"mutation { deleteStates(where: {id: {eq: \\"kazakhstan\\"}}) { nodesDeleted } }"}'},
  {"/healthz", nil},
}
local i = 0
local counts = {}
request = function()
  i = i + 1
  local b = bodies[(i % #bodies) + 1]
  if b[2] == nil then return wrk.format("GET", b[1]) end
  return wrk.format("POST", b[1], {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, b[2])
end
response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status >= 500 then io.write("5xx: " .. status .. " " .. string.sub(body, 1, 200) .. "\n") end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors(socket) connect %d read %d write %d timeout %d, non-2xx/3xx %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
