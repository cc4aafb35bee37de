import type { ReportSnapshot } from '@mintq/contract';
import { useEffect, useState } from 'react';
import { authorizedFetch } from '../../auth/authorizedFetch.js';

/** Loads a stored report's snapshot (`GET /api/reports/<id>.json`) for the preview; null url: nothing. */
export function useReportSnapshot(jsonUrl: string | null) {
  const [state, setState] = useState<{ snapshot: ReportSnapshot | null; loading: boolean; failed: boolean }>({
    snapshot: null,
    loading: false,
    failed: false,
  });
  useEffect(() => {
    if (!jsonUrl) {
      setState({ snapshot: null, loading: false, failed: false });
      return;
    }
    // A preview closed or switched before its answer arrives must not show the old report.
    let current = true;
    setState({ snapshot: null, loading: true, failed: false });
    authorizedFetch(jsonUrl)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const snapshot = (await response.json()) as ReportSnapshot;
        if (current) setState({ snapshot, loading: false, failed: false });
      })
      .catch(() => {
        if (current) setState({ snapshot: null, loading: false, failed: true });
      });
    return () => {
      current = false;
    };
  }, [jsonUrl]);
  return state;
}
