// The sign-in credential lives in sessionStorage: it survives a reload, not the tab.
const key = 'graph.credential';

export const storedCredential = () => sessionStorage.getItem(key) ?? '';

export function storeCredential(value) {
  sessionStorage.setItem(key, value.trim());
}

// "Bearer …" or a bare JWT (three dot-separated parts) goes in Authorization; anything else is an API key.
export function signInHeaders(credential) {
  const value = credential.trim();
  if (!value) return {};
  if (/^bearer\s+/i.test(value)) return { Authorization: 'Bearer ' + value.replace(/^bearer\s+/i, '') };
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) return { Authorization: 'Bearer ' + value };
  return { 'X-Api-Key': value };
}
