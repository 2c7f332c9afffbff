// The statements run from this browser, newest first, kept in localStorage (across tabs and restarts).
const key = 'graph.workbench.history';
const limit = 50;

export function loadHistory() {
  try {
    const items = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

export function remember(history, statement, parameters) {
  const entry = { statement, parameters, at: new Date().toISOString() };
  const next = [entry, ...history.filter((h) => h.statement !== statement || JSON.stringify(h.parameters) !== JSON.stringify(parameters))]
    .slice(0, limit);
  localStorage.setItem(key, JSON.stringify(next));
  return next;
}

export function forget() {
  localStorage.removeItem(key);
  return [];
}
