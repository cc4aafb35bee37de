import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../../i18n/de.js';
import { en } from '../../../i18n/en.js';
import { I18nProvider } from '../../../i18n/I18nProvider.js';
import { TOKEN_STORAGE_KEY } from '../../auth/authToken.js';
import { EXAMPLE_QUERIES } from '../exampleQueries.js';
import { GraphiqlPage } from './GraphiqlPage.js';

// The real GraphiQL 4 with its CodeMirror editors, in happy-dom. Only the server is stubbed:
// GraphiQL asks it for the schema on mount, and the stub records what was sent.
let requests: Request[] = [];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.setItem(TOKEN_STORAGE_KEY, 'token-of-the-test');
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(new URL(String(input), 'http://localhost/'), init));
      return new Response(JSON.stringify({ data: null }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

/** CodeMirror 5 keeps its instance on the wrapper element. */
interface CodeMirrorElement extends Element {
  CodeMirror: { getValue(): string; setValue(value: string): void };
}

function editor(selector: string): CodeMirrorElement['CodeMirror'] {
  const element = document.querySelector(`${selector} .CodeMirror`) as CodeMirrorElement | null;
  if (!element) throw new Error(`no editor in ${selector}`);
  return element.CodeMirror;
}

const queryEditor = () => editor('.graphiql-query-editor');
const variableEditor = () => editor('.graphiql-editor-tool > .graphiql-editor:nth-child(1)');

function renderPage(language: 'de' | 'en' = 'de') {
  return render(
    <I18nProvider language={language}>
      <GraphiqlPage />
    </I18nProvider>,
  );
}

describe('GraphiqlPage', () => {
  it('names every editor input and makes each scroll area a focusable, named group (German)', async () => {
    renderPage();
    const names = [
      de['graphiql.editor.query'],
      de['graphiql.editor.variables'],
      de['graphiql.editor.headers'],
      de['graphiql.editor.response'],
    ];
    await waitFor(() => expect(document.querySelectorAll('.CodeMirror textarea')).toHaveLength(4));
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.CodeMirror textarea')].map((t) => t.getAttribute('aria-label')),
      ).toEqual(names),
    );
    for (const name of names) {
      const area = screen.getByRole('group', { name: `Bildlaufbereich: ${name}` });
      expect(area.classList.contains('CodeMirror-scroll')).toBe(true);
      expect(area.getAttribute('tabindex')).toBe('0');
    }
  });

  it('names the editors in English when the dashboard speaks English', async () => {
    renderPage('en');
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.CodeMirror textarea')].map((t) => t.getAttribute('aria-label')),
      ).toEqual([
        en['graphiql.editor.query'],
        en['graphiql.editor.variables'],
        en['graphiql.editor.headers'],
        en['graphiql.editor.response'],
      ]),
    );
  });

  it('opens with the first example, one session and no tab close buttons', async () => {
    renderPage();
    const first = EXAMPLE_QUERIES[0];
    await waitFor(() => expect(queryEditor().getValue()).toBe(first?.query));
    expect(document.querySelectorAll('.graphiql-tab')).toHaveLength(1);
    expect(document.querySelector('.graphiql-tab-close')).toBeNull();
  });

  it('loads each example with its variables, again over edits, and announces it', async () => {
    renderPage();
    await waitFor(() => expect(document.querySelector('.graphiql-query-editor .CodeMirror')).not.toBeNull());
    const group = screen.getByRole('group', { name: de['graphiql.examples.label'] });
    for (const example of EXAMPLE_QUERIES) {
      const label = de[example.label];
      fireEvent.click(screen.getByRole('button', { name: label }));
      await waitFor(() => expect(queryEditor().getValue()).toBe(example.query));
      expect(variableEditor().getValue()).toBe(example.variables ?? '');
      expect(screen.getByRole('status').textContent).toBe(
        de['graphiql.examples.loaded'].replace('{name}', label),
      );
    }
    expect(group.querySelectorAll('button')).toHaveLength(EXAMPLE_QUERIES.length);
    // The same example once more, after the user changed it: back to the example.
    const last = EXAMPLE_QUERIES.at(-1);
    if (!last) throw new Error('no examples');
    queryEditor().setValue('{ viewer { email } }');
    fireEvent.click(screen.getByRole('button', { name: de[last.label] }));
    await waitFor(() => expect(queryEditor().getValue()).toBe(last.query));
  });

  it('sends the signed-in token with GraphiQL’s requests', async () => {
    renderPage();
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    const request = requests[0];
    expect(request?.url).toBe('http://localhost/graphql');
    expect(request?.headers.get('authorization')).toBe('Bearer token-of-the-test');
  });
});
