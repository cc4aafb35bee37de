/** The four editors of GraphiQL 4. */
export type GraphiqlEditor = 'query' | 'variables' | 'headers' | 'response';

/** Accessible names of the editors, plus the name of an editor's scroll area. */
export interface EditorNames {
  editors: Readonly<Record<GraphiqlEditor, string>>;
  scrollArea(editorName: string): string;
}

/**
 * Which editor a CodeMirror instance belongs to, from where GraphiQL 4 renders it: the query
 * editor in `.graphiql-query-editor`, variables then headers in `.graphiql-editor-tool`, the
 * answer in `.graphiql-response`.
 */
export function editorOf(codeMirror: Element): GraphiqlEditor | null {
  if (codeMirror.closest('.graphiql-query-editor')) return 'query';
  if (codeMirror.closest('.graphiql-response')) return 'response';
  const tool = codeMirror.closest('.graphiql-editor-tool');
  const editor = codeMirror.closest('.graphiql-editor');
  if (!tool || !editor) return null;
  const index = [...tool.querySelectorAll(':scope > .graphiql-editor')].indexOf(editor);
  if (index === 0) return 'variables';
  if (index === 1) return 'headers';
  return null;
}

function setAttribute(element: Element | null, name: string, value: string): void {
  // Only on change: the caller runs on every DOM mutation of the editors.
  if (element && element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Gives GraphiQL's CodeMirror editors what GraphiQL leaves out (WCAG 1.3.1, 2.1.1, 4.1.2): a
 * name on each editor's input (`textarea`), and a focusable, named scroll area, so that
 * keyboard users can scroll a long query or answer. Safe to run repeatedly.
 */
export function labelEditors(root: ParentNode, names: EditorNames): void {
  for (const codeMirror of root.querySelectorAll('.CodeMirror')) {
    const editor = editorOf(codeMirror);
    if (!editor) continue;
    const name = names.editors[editor];
    setAttribute(codeMirror.querySelector('textarea'), 'aria-label', name);
    const scroll = codeMirror.querySelector('.CodeMirror-scroll');
    setAttribute(scroll, 'tabindex', '0');
    setAttribute(scroll, 'role', 'group');
    setAttribute(scroll, 'aria-label', names.scrollArea(name));
  }
}
