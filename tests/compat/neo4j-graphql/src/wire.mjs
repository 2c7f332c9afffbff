// The value forms of `graph cypher --jsonl` (DESIGN.md) to and from neo4j-driver's types, so the library
// sees exactly what the real driver would hand it: Integer for integers, JS numbers for floats, temporal,
// spatial and graph classes for tagged values.
import neo4j from "neo4j-driver";

const { Integer, Node, Relationship, Path, PathSegment, Point, Date: CDate, DateTime, LocalDateTime, Time, LocalTime, Duration } = neo4j;

/**
 * JSON.parse loses the difference between 1 and 1.0, which the protocol uses to tell an integer from a float;
 * this small reader keeps it (integers become {int: "digits"} until they are converted).
 */
export function parseWire(text) {
    let at = 0;
    const fail = (why) => { throw new Error(`bad jsonl response at ${at}: ${why}`); };
    const space = () => { while (at < text.length && " \t\r\n".includes(text[at])) at++; };
    const value = () => {
        space();
        const c = text[at];
        if (c === "{") {
            at++;
            const object = {};
            space();
            if (text[at] === "}") { at++; return object; }
            for (;;) {
                space();
                const key = string();
                space();
                if (text[at++] !== ":") fail("expected ':'");
                object[key] = value();
                space();
                const next = text[at++];
                if (next === "}") return object;
                if (next !== ",") fail("expected ',' or '}'");
            }
        }
        if (c === "[") {
            at++;
            const list = [];
            space();
            if (text[at] === "]") { at++; return list; }
            for (;;) {
                list.push(value());
                space();
                const next = text[at++];
                if (next === "]") return list;
                if (next !== ",") fail("expected ',' or ']'");
            }
        }
        if (c === '"') return string();
        if (text.startsWith("true", at)) { at += 4; return true; }
        if (text.startsWith("false", at)) { at += 5; return false; }
        if (text.startsWith("null", at)) { at += 4; return null; }
        const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 64));
        if (!match) fail("unexpected character");
        at += match[0].length;
        return match[1] === undefined && match[2] === undefined ? { int: match[0] } : Number(match[0]);
    };
    const string = () => {
        if (text[at] !== '"') fail("expected a string");
        const start = at++;
        while (text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
        at++;
        return JSON.parse(text.slice(start, at));
    };
    const result = value();
    space();
    if (at !== text.length) fail("trailing text");
    return result;
}

/** A parsed wire value as the driver would return it. */
export function toDriver(value) {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map(toDriver);
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "int") return Integer.fromString(value.int);
    if (keys.length === 1 && keys[0].startsWith("$")) return tagged(keys[0], value[keys[0]]);
    return Object.fromEntries(keys.map((k) => [k, toDriver(value[k])]));
}

function tagged(tag, body) {
    switch (tag) {
        case "$float": return Number(body);
        case "$node": return node(body);
        case "$rel": return relationship(body);
        case "$path": return path(body.map((part) => toDriver(part)));
        case "$date": return parseDate(body);
        case "$datetime": return parseDateTime(body);
        case "$localdatetime": return parseLocalDateTime(body);
        case "$time": return parseTime(body);
        case "$localtime": return parseLocalTime(body);
        case "$duration": return parseDuration(body);
        case "$point": return point(body);
        default: throw new Error(`unknown tagged value ${tag}`);
    }
}

const node = (n) => new Node(Integer.fromString(n.id.int), n.labels, toDriver(n.properties), String(n.id.int));
const relationship = (r) => new Relationship(
    Integer.fromString(r.id.int), Integer.fromString(r.start.int), Integer.fromString(r.end.int), r.type, toDriver(r.properties),
    String(r.id.int), String(r.start.int), String(r.end.int));

function path(parts) {
    const segments = [];
    for (let i = 1; i + 1 < parts.length; i += 2) segments.push(new PathSegment(parts[i - 1], parts[i], parts[i + 1]));
    return new Path(parts[0], parts[parts.length - 1], segments);
}

function point(p) {
    const srid = Integer.fromString(p.srid.int);
    const num = (v) => (typeof v === "object" ? Number(v.int) : v);
    return new Point(srid, num(p.x), num(p.y), p.z === undefined ? undefined : num(p.z));
}

const DATE = /^([+-]?\d{4,9})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?/;
const nanos = (fraction) => (fraction ? Number(fraction.padEnd(9, "0")) : 0);

function parseDate(text) {
    const [, y, m, d] = DATE.exec(text) ?? fail("date", text);
    return new CDate(Number(y), Number(m), Number(d));
}

function splitTime(text) {
    const t = TIME.exec(text) ?? fail("time", text);
    return { hour: Number(t[1]), minute: Number(t[2]), second: Number(t[3] ?? 0), nano: nanos(t[4]), rest: text.slice(t[0].length) };
}

function offsetSeconds(zone) {
    if (zone === "Z") return 0;
    const o = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(zone) ?? fail("offset", zone);
    return (o[1] === "-" ? -1 : 1) * (Number(o[2]) * 3600 + Number(o[3]) * 60 + Number(o[4] ?? 0));
}

function parseLocalTime(text) {
    const t = splitTime(text);
    return new LocalTime(t.hour, t.minute, t.second, t.nano);
}

function parseTime(text) {
    const t = splitTime(text);
    return new Time(t.hour, t.minute, t.second, t.nano, offsetSeconds(t.rest));
}

function parseLocalDateTime(text) {
    const [date, time] = text.split("T");
    const d = parseDate(date);
    const t = splitTime(time);
    return new LocalDateTime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.nano);
}

function parseDateTime(text) {
    const [date, time] = text.split("T");
    const d = parseDate(date);
    const t = splitTime(time);
    const zoned = /^([^[]*)(?:\[(.+)\])?$/.exec(t.rest);
    const offset = zoned[1] === "" ? undefined : offsetSeconds(zoned[1]);
    return new DateTime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.nano, offset, zoned[2]);
}

function parseDuration(text) {
    const d = /^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+)(?:\.(\d+))?S)?)?$/.exec(text)
        ?? fail("duration", text);
    const n = (i) => Number(d[i] ?? 0);
    const seconds = n(5) * 3600 + n(6) * 60 + n(7);
    const negative = (d[7] ?? "").startsWith("-");
    return new Duration(n(1) * 12 + n(2), n(3) * 7 + n(4), seconds, (negative ? -1 : 1) * nanos(d[8]));
}

function fail(kind, text) {
    throw new Error(`unreadable ${kind} '${text}' from the engine`);
}

/** A parameter value in wire form, as the real driver would send it: JS numbers are floats, Integers integers. */
export function toWire(value) {
    if (value === null || value === undefined) return null;
    if (typeof value === "number") return Number.isFinite(value) ? new WireFloat(value) : { $float: String(value) };
    if (typeof value === "bigint") return new WireInt(value.toString());
    if (typeof value !== "object") return value;
    if (neo4j.isInt(value)) return new WireInt(value.toString());
    if (Array.isArray(value)) return value.map(toWire);
    if (neo4j.isDate(value)) return { $date: value.toString() };
    if (neo4j.isDateTime(value)) return { $datetime: value.toString() };
    if (neo4j.isLocalDateTime(value)) return { $localdatetime: value.toString() };
    if (neo4j.isTime(value)) return { $time: value.toString() };
    if (neo4j.isLocalTime(value)) return { $localtime: value.toString() };
    if (neo4j.isDuration(value)) return { $duration: value.toString() };
    if (neo4j.isPoint(value)) return { $point: Object.fromEntries(Object.entries({ srid: new WireInt(value.srid.toString()), x: value.x, y: value.y, z: value.z }).filter(([, v]) => v !== undefined)) };
    if (value instanceof globalThis.Date) return { $datetime: value.toISOString() };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
}

class WireInt {
    constructor(digits) { this.digits = digits; }
}

class WireFloat {
    constructor(number) { this.number = number; }
}

/** JSON text of a wire value: WireInt as a bare integer, WireFloat always with a decimal point or exponent. */
export function stringifyWire(value) {
    if (value instanceof WireInt) return value.digits;
    if (value instanceof WireFloat) {
        const text = String(value.number);
        return /[.eE]/.test(text) ? text : `${text}.0`;
    }
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map(stringifyWire).join(",")}]`;
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${stringifyWire(v)}`).join(",")}}`;
}
