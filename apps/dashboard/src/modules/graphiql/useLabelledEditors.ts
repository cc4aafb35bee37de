import { type RefObject, useEffect } from 'react';
import { type EditorNames, labelEditors } from './labelEditors.js';

/**
 * Keeps GraphiQL's editors below `ref` named (see {@link labelEditors}): GraphiQL creates its
 * CodeMirror instances after mounting and re-creates parts of them, so a MutationObserver
 * re-applies the names whenever the editors' DOM changes.
 */
export function useLabelledEditors(ref: RefObject<HTMLElement | null>, names: EditorNames): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    labelEditors(root, names);
    const observer = new MutationObserver(() => labelEditors(root, names));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, names]);
}
