import { useCallback, useState } from 'react';
import { DEFAULT_API_URL } from '../../crash-stats/types.ts';
import { pageStorage } from '../shell/pageStorage.ts';

const API_URL_KEY = 'siglab.apiUrl';
// The token is a secret: it lives in this tab's sessionStorage only, never in
// localStorage, a URL, a permalink or a log.
const TOKEN_KEY = 'siglab.apiToken';

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: string): void {
  try {
    if (value) storage.setItem(key, value);
    else storage.removeItem(key);
  } catch {
    // Storage can be disabled; the setting then lasts for this page only.
  }
}

export interface ApiSettings {
  readonly apiUrl: string;
  readonly token: string;
  setApiUrl(url: string): void;
  setToken(token: string): void;
}

export function useApiSettings(): ApiSettings {
  const [apiUrl, setApiUrlState] = useState(() => read(pageStorage.local, API_URL_KEY) ?? DEFAULT_API_URL);
  const [token, setTokenState] = useState(() => read(pageStorage.session, TOKEN_KEY) ?? '');
  const setApiUrl = useCallback((url: string) => {
    setApiUrlState(url);
    write(pageStorage.local, API_URL_KEY, url === DEFAULT_API_URL ? '' : url);
  }, []);
  const setToken = useCallback((value: string) => {
    setTokenState(value);
    write(pageStorage.session, TOKEN_KEY, value);
  }, []);
  return { apiUrl, token, setApiUrl, setToken };
}
