import type { ImportReport } from '@mintq/contract';
import { useCallback, useState } from 'react';
import { uploadImport } from '../uploadImport.js';

/** Where the two-step import stands. */
export type ImportPhase = 'idle' | 'checking' | 'checked' | 'importing' | 'imported';

/** A failure without a report: HTTP status (413, 403, …) or 0 for a network failure. */
export interface ImportFailure {
  status: number;
}

/**
 * `check(files)` (dry run), then `commit()` (the real import) with upload progress; both with
 * `overwrite` (app entries), which a changed choice of files or of the option asks to check again.
 */
export function useImportUpload(onImported?: () => void) {
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<ImportPhase>('idle');
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [overwrite, setOverwriteState] = useState(false);

  const run = useCallback(
    async (chosen: File[], dryRun: boolean, overwriteAppEntries: boolean) => {
      setPhase(dryRun ? 'checking' : 'importing');
      setProgress(0);
      setFailure(null);
      try {
        const result = await uploadImport({
          files: chosen,
          dryRun,
          overwriteAppEntries,
          onProgress: setProgress,
        });
        setReport(result.report);
        if (!result.report) setFailure({ status: result.status });
        if (!dryRun && result.report?.ok) onImported?.();
        setPhase(dryRun ? 'checked' : 'imported');
      } catch {
        setFailure({ status: 0 });
        setPhase('idle');
      }
    },
    [onImported],
  );

  const choose = useCallback((chosen: File[]) => {
    setFiles(chosen);
    setReport(null);
    setFailure(null);
    setPhase('idle');
    setOverwriteState(false);
  }, []);

  // The report stays in view (it names the rows), but the import waits for a new check.
  const setOverwrite = useCallback((value: boolean) => {
    setOverwriteState(value);
    setPhase('idle');
  }, []);

  const check = useCallback(() => run(files, true, overwrite), [files, run, overwrite]);
  const commit = useCallback(() => run(files, false, overwrite), [files, run, overwrite]);
  const reset = useCallback(() => choose([]), [choose]);

  return {
    files,
    choose,
    check,
    commit,
    reset,
    phase,
    progress,
    report,
    failure,
    overwrite,
    setOverwrite,
  };
}
