// The workbench's keyboard shortcuts, listed on the page from this one table.
export const shortcuts = [
  { keys: 'Ctrl+Enter', does: 'run the statement', match: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key === 'Enter', action: 'run' },
  { keys: 'Alt+E', does: 'EXPLAIN (plan without running)', match: (e) => e.altKey && e.code === 'KeyE', action: 'explain' },
  { keys: 'Alt+P', does: 'PROFILE (run and count rows and db hits)', match: (e) => e.altKey && e.code === 'KeyP', action: 'profile' },
  { keys: 'Alt+1 … Alt+4', does: 'graph, table, JSON, plan', match: (e) => e.altKey && /^Digit[1-4]$/.test(e.code), action: 'view' },
  { keys: 'Alt+S', does: 'to the statement', match: (e) => e.altKey && e.code === 'KeyS', action: 'focus-statement' },
  { keys: 'Alt+G', does: 'to the drawing (then arrows select, Enter expands)', match: (e) => e.altKey && e.code === 'KeyG', action: 'focus-graph' },
];

export const shortcutFor = (event) => shortcuts.find((s) => s.match(event));
