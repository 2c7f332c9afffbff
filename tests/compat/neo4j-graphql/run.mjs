// Runs Neo4j's GraphQL library (@neo4j/graphql) against the embedded engine.
// Usage: node run.mjs job.json  — job: {"command": ["dotnet", "graph.dll", "cypher", "--jsonl", …],
// "typeDefs": "…SDL…", "cases": [{"name", "query", "variables"}]}.
// Prints one JSON object: {"compatible": bool, "results": [{"name", "data", "errors"}], "statements": [{"query",
// "parameters", "error"?}]} — every Cypher statement the library sent, with the engine's refusal if any.
import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { graphql } from "graphql";
import { JsonlDriver } from "./src/driver.mjs";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const driver = new JsonlDriver(job.command);
const output = { compatible: false, results: [], statements: driver.statements };
try {
    const library = new Neo4jGraphQL({ typeDefs: job.typeDefs, driver });
    // The library's own start-up check: calls dbms.components() and reads the version and edition.
    await library.checkNeo4jCompat();
    output.compatible = true;
    const schema = await library.getSchema();
    for (const c of job.cases) {
        const answer = await graphql({ schema, source: c.query, variableValues: c.variables ?? {}, contextValue: {} });
        output.results.push({
            name: c.name,
            data: answer.data ?? null,
            errors: (answer.errors ?? []).map((e) => e.message),
        });
    }
} catch (e) {
    output.failure = String(e?.stack ?? e);
} finally {
    await driver.close();
}
process.stdout.write(`${JSON.stringify(output)}\n`);
