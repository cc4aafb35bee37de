/**
 * Lays compiled SQL out for reading, one clause per line: the query files of src/queries.
 * Only white space changes: tokens keep their order and, within a line, the spacing the
 * query builder gave them (runs of white space become one space). Deterministic and small,
 * for the SQL mintq writes (Kysely's output and the importer's raw statements), not for any SQL.
 */

interface Token {
  text: string;
  /** White space stood before it. */
  space: boolean;
}

interface Group {
  open: Token;
  children: Node[];
  close: Token | null;
}

type Node = Token | Group;

const INDENT = '  ';

/** Clause keywords, longest first: each starts a line of its own. */
const CLAUSES = [
  'do update set',
  'left join lateral',
  'group by',
  'order by',
  'partition by',
  'union all',
  'insert into',
  'delete from',
  'on conflict',
  'inner join',
  'left join',
  'right join',
  'full join',
  'cross join',
  'join',
  'with',
  'select',
  'from',
  'where',
  'having',
  'limit',
  'offset',
  'union',
  'intersect',
  'except',
  'values',
  'update',
  'set',
  'returning',
].map((clause) => clause.split(' '));

/** Clauses whose items, separated by commas, stand one per line. */
const LISTS = new Set([
  'with',
  'select',
  'group by',
  'order by',
  'values',
  'set',
  'do update set',
  'returning',
]);
/** Clauses whose conditions, joined by `and` / `or`, stand one per line. */
const CONDITIONS = new Set(['where', 'having']);
/** A parenthesis whose first word is one of these holds a statement: it is laid out as a block. */
const STATEMENTS = new Set(['with', 'select', 'insert', 'update', 'delete', 'values']);

export function formatSql(sql: string): string {
  return statement(parse(tokenize(sql)), 0).join('\n');
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s+|'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\$\d+|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|::|[<>!=|]=|<>|\|\||->>?|[\s\S]/g;
  let space = false;
  for (const [text] of sql.matchAll(pattern)) {
    if (/^\s+$/.test(text)) {
      space = true;
      continue;
    }
    tokens.push({ text, space });
    space = false;
  }
  return tokens;
}

function parse(tokens: Token[]): Node[] {
  const root: Group = { open: { text: '', space: false }, children: [], close: null };
  const stack = [root];
  for (const token of tokens) {
    const top = stack[stack.length - 1] as Group;
    if (token.text === '(') {
      const group: Group = { open: token, children: [], close: null };
      top.children.push(group);
      stack.push(group);
    } else if (token.text === ')' && stack.length > 1) {
      top.close = token;
      stack.pop();
    } else top.children.push(token);
  }
  return root.children;
}

const isGroup = (node: Node | undefined): node is Group => node !== undefined && 'children' in node;
const word = (node: Node | undefined) =>
  node === undefined || isGroup(node) ? null : node.text.toLowerCase();

/** The clause keyword starting at `i`, as its words. */
function clauseAt(nodes: Node[], i: number): string[] | null {
  for (const words of CLAUSES) {
    if (words.every((w, j) => word(nodes[i + j]) === w)) {
      // `with` starts a statement only; elsewhere it is `with ordinality` and the like.
      if (words[0] === 'with' && i > 0) continue;
      if (words[0] === 'from' && word(nodes[i - 1]) === 'distinct') continue;
      return words;
    }
  }
  return null;
}

/** One statement: the words before its first clause on a line, then a line per clause and its items. */
function statement(nodes: Node[], depth: number): string[] {
  const pad = INDENT.repeat(depth);
  const lines: string[] = [];
  let i = 0;
  const preamble: Node[] = [];
  while (i < nodes.length && clauseAt(nodes, i) === null) preamble.push(nodes[i++] as Node);
  if (preamble.length > 0) lines.push(pad + inline(preamble, depth));
  while (i < nodes.length) {
    const words = clauseAt(nodes, i) as string[];
    const keyword = nodes.slice(i, i + words.length) as Token[];
    i += words.length;
    const body: Node[] = [];
    while (i < nodes.length && clauseAt(nodes, i) === null) body.push(nodes[i++] as Node);
    const clause = words.join(' ');
    const head = keyword.map((t) => t.text).join(' ');
    if (LISTS.has(clause)) {
      // `select distinct` and `select distinct on (…)` stay on the keyword's line.
      let start = 0;
      if (clause === 'select' && word(body[0]) === 'distinct')
        start = word(body[1]) === 'on' && isGroup(body[2]) ? 3 : 1;
      lines.push(pad + head + (start > 0 ? ` ${inline(body.slice(0, start), depth)}` : ''));
      const items = split(body.slice(start), (node) => word(node) === ',');
      items.forEach((item, n) => {
        lines.push(`${pad}${INDENT}${inline(item, depth + 1)}${n < items.length - 1 ? ',' : ''}`);
      });
    } else if (CONDITIONS.has(clause)) {
      lines.push(pad + head);
      split(body, (node) => word(node) === 'and' || word(node) === 'or', true).forEach((item) => {
        lines.push(`${pad}${INDENT}${inline(item, depth + 1)}`);
      });
    } else {
      lines.push(pad + [head, inline(body, depth)].filter((part) => part !== '').join(' '));
    }
  }
  return lines;
}

/**
 * Splits at the top-level nodes `at` marks (outside `case … end`); the marks themselves are
 * dropped (commas) or begin the next part (`and`, `or`).
 */
function split(nodes: Node[], at: (node: Node) => boolean, keep = false): Node[][] {
  const parts: Node[][] = [[]];
  let cases = 0;
  for (const node of nodes) {
    if (word(node) === 'case') cases += 1;
    if (word(node) === 'end') cases -= 1;
    if (cases === 0 && at(node)) {
      parts.push(keep ? [node] : []);
      continue;
    }
    (parts[parts.length - 1] as Node[]).push(node);
  }
  return parts.filter((part) => part.length > 0);
}

/** Nodes on one line, except that a parenthesised statement opens an indented block. */
function inline(nodes: Node[], depth: number): string {
  let out = '';
  for (const node of nodes) {
    const text = isGroup(node) ? group(node, depth) : node.text;
    const space = isGroup(node) ? node.open.space : node.space;
    out += out !== '' && space && !out.endsWith('\n') ? ` ${text}` : text;
  }
  return out;
}

function group(node: Group, depth: number): string {
  const close = node.close === null ? '' : ')';
  const first = word(node.children[0]);
  if (first !== null && STATEMENTS.has(first)) {
    const body = statement(node.children, depth + 1).join('\n');
    return `(\n${body}\n${INDENT.repeat(depth)}${close}`;
  }
  return `(${inline(node.children, depth)}${close}`;
}
