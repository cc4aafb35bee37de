import { useCallback, useState } from 'react';
import { fileNameFromDisposition, saveBlob } from '../../../common/saveBlob.js';
import { authorizedFetch } from '../../auth/authorizedFetch.js';

/** A failed download: the HTTP status, 0 when the server could not be reached. */
export interface DownloadFailure {
  url: string;
  status: number;
}

/**
 * Downloads a report file with the bearer token (a plain link would send none) and saves it.
 * The first download of a PDF renders it on the server, so it can take a few seconds.
 */
export function useReportDownload() {
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<DownloadFailure | null>(null);
  const download = useCallback(async (url: string, fallbackName: string) => {
    setPending(url);
    setFailure(null);
    try {
      const response = await authorizedFetch(url);
      if (!response.ok) {
        setFailure({ url, status: response.status });
        return;
      }
      const name = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
      saveBlob(await response.blob(), name);
    } catch {
      setFailure({ url, status: 0 });
    } finally {
      setPending(null);
    }
  }, []);
  return { download, pending, failure };
}
