/** The answer exactly as /cypher sent it. */
export function JsonView({ answer }) {
  return <pre className="json" id="json" tabIndex={0}>{JSON.stringify(answer, null, 2)}</pre>;
}
