import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** Where a form's draft is kept: one entry per user, form and entry (`new` for a new one). */
export function draftStorageKey(email: string, form: string, entryKey: string | null): string {
  return `mintq.draft:${email}:${form}:${entryKey ?? 'new'}`;
}

/** Options of {@link useFormDraft}. */
export interface FormDraftOptions<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** The signed-in user's e-mail: a shared computer keeps each person's drafts apart. */
  email: string | null | undefined;
  /** The form's name, e.g. `goal`, `checkin`, `activity`. */
  name: string;
  /** The entry the form edits, null for a new one. */
  entryKey: string | null;
  /** The browser's storage; tests pass their own. */
  storage?: Storage;
}

/** What {@link useFormDraft} gives the form. */
export interface FormDraft {
  /** True when the form shows a draft restored from an earlier visit. */
  restored: boolean;
  /** Throws the draft away and puts the form back to its defaults. */
  discard(): void;
  /** Forgets the draft, e.g. after a successful save (the form's values stay as they are). */
  clear(): void;
}

function readDraft(storage: Storage | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    // A broken or foreign entry is no draft.
    return null;
  }
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage refused (privacy settings): the form works, without drafts.
    return undefined;
  }
}

/**
 * Keeps what is typed into a form in localStorage while it is typed, restores it when the form
 * is opened again (after a reload, a crash or a lost connection), and forgets it once saved:
 * nothing typed is lost. Only values a person changed are stored; opening a form stores nothing.
 */
export function useFormDraft<V extends FieldValues>({
  form,
  email,
  name,
  entryKey,
  storage = browserStorage(),
}: FormDraftOptions<V>): FormDraft {
  const key = email ? draftStorageKey(email, name, entryKey) : null;
  const [restored, setRestored] = useState(false);
  // The form's `reset` calls `watch` too: those values are not a person's typing.
  const restoring = useRef(false);

  useEffect(() => {
    if (!key) return;
    const draft = readDraft(storage, key);
    if (draft && typeof draft === 'object') {
      restoring.current = true;
      form.reset(draft as V, { keepDefaultValues: true });
      restoring.current = false;
      setRestored(true);
    } else {
      setRestored(false);
    }
    const subscription = form.watch((values, { name: field }) => {
      if (restoring.current || field === undefined) return;
      try {
        storage?.setItem(key, JSON.stringify(values));
      } catch {
        // Storage full or refused: the form goes on without a draft.
      }
    });
    return () => subscription.unsubscribe();
  }, [key, form, storage]);

  const clear = useCallback(() => {
    if (key) storage?.removeItem(key);
    setRestored(false);
  }, [key, storage]);

  const discard = useCallback(() => {
    clear();
    restoring.current = true;
    form.reset();
    restoring.current = false;
  }, [clear, form]);

  return { restored, discard, clear };
}

/**
 * The entries of a form that have a draft of this user (`null` for a new entry's), so a page can
 * open those forms again when it is opened: a reload in the middle of typing ends where it began.
 */
export function draftEntryKeys(
  email: string | null | undefined,
  name: string,
  storage: Storage | undefined = browserStorage(),
): (string | null)[] {
  if (!email || !storage) return [];
  const prefix = draftStorageKey(email, name, '');
  const keys: (string | null)[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key?.startsWith(prefix)) continue;
    const entry = key.slice(prefix.length);
    keys.push(entry === 'new' ? null : entry);
  }
  return keys;
}
