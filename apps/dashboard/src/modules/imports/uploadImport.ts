import type { ImportReport } from '@mintq/contract';
import { getAuthToken } from '../auth/authToken.js';
import { notifySessionExpired } from '../auth/sessionExpiry.js';
import { parseImportReport } from './importReport.js';

/** Options of {@link uploadImport}. */
export interface UploadImportOptions {
  files: readonly File[];
  dryRun: boolean;
  /** Also replace rows entered in the app (by coordinators), which the import otherwise refuses. */
  overwriteAppEntries?: boolean;
  /** Upload progress 0…1 (XMLHttpRequest reports it; fetch cannot). */
  onProgress?: (fraction: number) => void;
  /** Endpoint; default `/api/imports`. */
  url?: string;
}

/** What the endpoint answered: the HTTP status and, when it sent one, the import report. */
export interface UploadImportResult {
  status: number;
  report: ImportReport | null;
}

/**
 * Uploads a bundle (.zip or CSV files) as multipart form data with the bearer token and the
 * `x-mintq-request` header. Resolves for every HTTP answer (422 carries the problems);
 * rejects only when the network fails.
 */
export function uploadImport({
  files,
  dryRun,
  overwriteAppEntries = false,
  onProgress,
  url = '/api/imports',
}: UploadImportOptions) {
  return new Promise<UploadImportResult>((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      `${url}?dryRun=${dryRun ? 'true' : 'false'}${overwriteAppEntries ? '&overwriteAppEntries=true' : ''}`,
    );
    const token = getAuthToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('x-mintq-request', '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 401) notifySessionExpired();
      let report: ImportReport | null = null;
      try {
        report = parseImportReport(JSON.parse(xhr.responseText));
      } catch {
        report = null;
      }
      resolve({ status: xhr.status, report });
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(form);
  });
}
