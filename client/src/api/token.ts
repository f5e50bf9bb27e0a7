// The API token lives in localStorage so that a reload keeps the person logged in;
// logging out removes it.
const TOKEN_KEY = 'puente.token';

export function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token === null) {
      localStorage.removeItem(TOKEN_KEY);
    } else {
      localStorage.setItem(TOKEN_KEY, token);
    }
  } catch {
    // Storage can be refused (private mode): the session then lasts until the tab closes.
  }
}
