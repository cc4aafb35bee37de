import { todayInBerlin } from '@mintq/ui';
import { useCallback, useState } from 'react';
import { fileNameFromDisposition, saveBlob } from '../../../common/saveBlob.js';
import { authorizedFetch } from '../../auth/authorizedFetch.js';

/** Downloads the audit log as CSV with the bearer token (a plain link would carry none). */
export function useAuditCsv() {
  const [pending, setPending] = useState(false);
  const [failedStatus, setFailedStatus] = useState<number | null>(null);
  const download = useCallback(async (url: string) => {
    setPending(true);
    setFailedStatus(null);
    try {
      const response = await authorizedFetch(url);
      if (!response.ok) {
        setFailedStatus(response.status);
        return;
      }
      const name =
        fileNameFromDisposition(response.headers.get('content-disposition')) ??
        `mintq-protokoll-${todayInBerlin()}.csv`;
      saveBlob(await response.blob(), name);
    } catch {
      setFailedStatus(0);
    } finally {
      setPending(false);
    }
  }, []);
  return { download, pending, failedStatus };
}
