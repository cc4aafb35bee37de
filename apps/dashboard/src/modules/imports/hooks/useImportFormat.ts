import type { ImportFormatFile } from '@mintq/contract';
import { useEffect, useState } from 'react';
import { getAuthToken } from '../../auth/authToken.js';

/**
 * The bundle's files and columns as the API derives them from the bundle spec
 * (`GET /api/imports/format`); null while loading or when the answer did not come.
 */
export function useImportFormat(): ImportFormatFile[] | null {
  const [files, setFiles] = useState<ImportFormatFile[] | null>(null);
  useEffect(() => {
    const left = new AbortController();
    const token = getAuthToken();
    fetch('/api/imports/format', {
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      signal: left.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ files: ImportFormatFile[] }>) : null))
      .then((answer) => setFiles(answer?.files ?? null))
      .catch(() => setFiles(null));
    return () => left.abort();
  }, []);
  return files;
}
