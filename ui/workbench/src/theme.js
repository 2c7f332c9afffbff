// Light or dark: the analyst's last choice, else what the system prefers.
const key = 'graph.workbench.theme';

export function initialTheme() {
  const saved = localStorage.getItem(key);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme) {
  localStorage.setItem(key, theme);
  document.documentElement.dataset.theme = theme;
}
