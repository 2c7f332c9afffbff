/** The credential the requests carry (X-Api-Key, or a bearer token); kept for the tab. */
export function SignIn({ value, onChange }) {
  return (
    <div className="credential">
      <label htmlFor="credential">Sign-in</label>
      <input
        id="credential"
        type="password"
        autoComplete="off"
        placeholder="API key, or Bearer token (kept in this tab only)"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
