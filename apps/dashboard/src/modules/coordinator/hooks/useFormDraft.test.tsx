import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftEntryKeys, draftStorageKey, useFormDraft } from './useFormDraft.js';

interface Values {
  title: string;
  note: string;
}

/** A form as the coordinator pages build one: defaults from the entry, a draft on top. */
function DraftForm({ email, entryKey = null }: { email: string; entryKey?: string | null }) {
  const form = useForm<Values>({ defaultValues: { title: 'gespeichert', note: '' } });
  const draft = useFormDraft({ form, email, name: 'goal', entryKey });
  return (
    <form>
      <label>
        Titel
        <input {...form.register('title')} />
      </label>
      <label>
        Notiz
        <input {...form.register('note')} />
      </label>
      <output data-testid="restored">{draft.restored ? 'ja' : 'nein'}</output>
      <button type="button" onClick={draft.discard}>
        verwerfen
      </button>
      <button type="button" onClick={draft.clear}>
        gespeichert
      </button>
    </form>
  );
}

const KEY = draftStorageKey('k@mintq.example', 'goal', null);
const typeInto = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const fieldValue = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('useFormDraft', () => {
  it('stores nothing while nobody types, then every change', () => {
    render(<DraftForm email="k@mintq.example" />);
    expect(localStorage.getItem(KEY)).toBeNull();
    typeInto('Titel', 'halb getippt');
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({ title: 'halb getippt', note: '' });
    expect(screen.getByTestId('restored').textContent).toBe('nein');
  });

  it('restores the draft when the form opens again, and says so', () => {
    const first = render(<DraftForm email="k@mintq.example" />);
    typeInto('Notiz', 'nicht verlieren');
    first.unmount();
    render(<DraftForm email="k@mintq.example" />);
    expect(fieldValue('Notiz')).toBe('nicht verlieren');
    expect(fieldValue('Titel')).toBe('gespeichert');
    expect(screen.getByTestId('restored').textContent).toBe('ja');
    // Typing on keeps the draft up to date.
    typeInto('Titel', 'weiter');
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({
      title: 'weiter',
      note: 'nicht verlieren',
    });
  });

  it('keeps drafts apart per user and per entry', () => {
    localStorage.setItem(KEY, JSON.stringify({ title: 'von k', note: '' }));
    render(<DraftForm email="andere@mintq.example" />);
    expect(fieldValue('Titel')).toBe('gespeichert');
    cleanup();
    render(<DraftForm email="k@mintq.example" entryKey="P0001-goal-1" />);
    expect(fieldValue('Titel')).toBe('gespeichert');
    expect(screen.getByTestId('restored').textContent).toBe('nein');
  });

  it('discard puts the defaults back and forgets the draft', () => {
    localStorage.setItem(KEY, JSON.stringify({ title: 'alt', note: 'alt' }));
    render(<DraftForm email="k@mintq.example" />);
    expect(fieldValue('Titel')).toBe('alt');
    fireEvent.click(screen.getByText('verwerfen'));
    expect(fieldValue('Titel')).toBe('gespeichert');
    expect(fieldValue('Notiz')).toBe('');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByTestId('restored').textContent).toBe('nein');
  });

  it('clear after a save forgets the draft but keeps what the form shows', () => {
    render(<DraftForm email="k@mintq.example" />);
    typeInto('Titel', 'gesendet');
    fireEvent.click(screen.getByText('gespeichert'));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(fieldValue('Titel')).toBe('gesendet');
  });

  it('ignores a broken entry and waits for a user', () => {
    localStorage.setItem(KEY, '{kaputt');
    render(<DraftForm email="k@mintq.example" />);
    expect(fieldValue('Titel')).toBe('gespeichert');
    cleanup();
    render(<DraftForm email="" />);
    typeInto('Titel', 'ohne Benutzer');
    expect(localStorage.length).toBe(1);
  });
});

describe('draftEntryKeys', () => {
  it('names the entries with a draft of this user and form, null for a new entry', () => {
    localStorage.setItem(draftStorageKey('k@mintq.example', 'goal', null), '{}');
    localStorage.setItem(draftStorageKey('k@mintq.example', 'goal', 'P0001-goal-2'), '{}');
    localStorage.setItem(draftStorageKey('k@mintq.example', 'checkin', 'P0001-goal-1'), '{}');
    localStorage.setItem(draftStorageKey('x@mintq.example', 'goal', 'P0002-goal-1'), '{}');
    expect(draftEntryKeys('k@mintq.example', 'goal').sort()).toEqual(['P0001-goal-2', null].sort());
    expect(draftEntryKeys('k@mintq.example', 'checkin')).toEqual(['P0001-goal-1']);
    expect(draftEntryKeys(null, 'goal')).toEqual([]);
  });
});
