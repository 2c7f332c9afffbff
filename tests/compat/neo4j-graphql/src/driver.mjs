// A driver for the embedded engine with the surface Neo4j's GraphQL library uses (driver.session(),
// session.executeRead/executeWrite/beginTransaction/run, tx.run, records with get/toObject, the summary's
// counters), speaking `graph cypher --jsonl` to one child process.
//
// The jsonl protocol runs each statement in its own transaction, so commit is a no-op and rollback cannot
// undo what ran: the library sends one statement per transaction, which this keeps exact. Every statement
// sent is logged with its outcome, so the suite can show what the engine refused.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import neo4j from "neo4j-driver";
import { parseWire, stringifyWire, toDriver, toWire } from "./wire.mjs";

const { Record, Neo4jError } = neo4j;

export class JsonlDriver {
    /** @param {string[]} command the `graph cypher --jsonl …` command line */
    constructor(command) {
        this.statements = [];
        this.executeQueryBookmarkManager = undefined;
        this._pending = new Map();
        this._nextId = 0;
        this._child = spawn(command[0], command.slice(1), { stdio: ["pipe", "pipe", "pipe"] });
        this._stderr = "";
        this._child.stderr.on("data", (chunk) => { this._stderr += chunk; });
        this._child.on("exit", (code) => {
            for (const { reject } of this._pending.values()) reject(new Error(`graph cypher --jsonl exited (${code}): ${this._stderr}`));
            this._pending.clear();
        });
        createInterface({ input: this._child.stdout }).on("line", (line) => this._answer(line));
    }

    session() {
        return new JsonlSession(this);
    }

    async verifyConnectivity() {
        await this.request({ query: "RETURN 1" });
        return {};
    }

    async close() {
        this._child.stdin.end();
        await new Promise((resolve) => this._child.once("exit", resolve));
    }

    /** Sends one request; resolves with its parsed response. */
    request(body) {
        const id = `r${++this._nextId}`;
        const line = stringifyWire({ id, ...body });
        return new Promise((resolve, reject) => {
            this._pending.set(id, { resolve, reject });
            this._child.stdin.write(`${line}\n`);
        });
    }

    /** Runs one statement as the library sent it, logging it; a refusal becomes the driver's Neo4jError. */
    async run(query, parameters) {
        const entry = { query, parameters: JSON.parse(stringifyWire(toWire(parameters ?? {}))) };
        this.statements.push(entry);
        const response = await this.request({ query, parameters: toWire(parameters ?? {}) });
        if (response.error) {
            entry.error = { code: response.error.code, message: response.error.detail };
            throw new Neo4jError(response.error.detail, response.error.code);
        }
        return toResult(response);
    }

    _answer(line) {
        const response = parseWire(line);
        const waiting = this._pending.get(response.id);
        if (!waiting) return;
        this._pending.delete(response.id);
        waiting.resolve(response);
    }
}

function toResult(response) {
    const keys = response.columns;
    const records = response.rows.map((row) => new Record(keys, row.map(toDriver)));
    const stats = Object.fromEntries(Object.entries(response.stats).map(([k, v]) => [k, Number(v.int)]));
    const counters = {
        updates: () => ({ ...stats }),
        containsUpdates: () => Object.values(stats).some((v) => v > 0),
    };
    return { records, keys, summary: { counters } };
}

class JsonlSession {
    constructor(driver) {
        this._driver = driver;
    }

    executeRead(work) {
        return work(new JsonlTransaction(this._driver));
    }

    executeWrite(work) {
        return work(new JsonlTransaction(this._driver));
    }

    beginTransaction() {
        return new JsonlTransaction(this._driver);
    }

    run(query, parameters) {
        return this._driver.run(query, parameters);
    }

    async close() {}
}

class JsonlTransaction {
    constructor(driver) {
        this._driver = driver;
        this._open = true;
    }

    run(query, parameters) {
        return this._driver.run(query, parameters);
    }

    isOpen() {
        return this._open;
    }

    async commit() {
        this._open = false;
    }

    async rollback() {
        this._open = false;
    }

    async close() {
        this._open = false;
    }
}
