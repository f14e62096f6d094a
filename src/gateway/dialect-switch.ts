/**
 * Which statements the gateway sends on as they are, without translating them: a session in
 * the postgres dialect (startup option `-c decant.dialect=postgres`, or `SET decant.dialect =
 * postgres` in the session), one statement opened by a `/* decant:postgres *\/` comment, and
 * in the Oracle dialect the PostgreSQL commands Oracle SQL has no use for (BEGIN without a
 * block, COPY, SHOW, SET of a setting, ...) so that drivers and tools keep working.
 */
import { TokenKind, type Token } from '../translate/tokens/token.js';
import { tokenize } from '../translate/tokens/tokenizer.js';

export type Dialect = 'oracle' | 'postgres';

export const DIALECTS: readonly Dialect[] = ['oracle', 'postgres'];

/** The dialect a `/* decant:<dialect> *\/` or `-- decant:<dialect>` comment opening `text` asks for. */
export function dialectDirective(text: string): Dialect | undefined {
  const start = text.length - text.trimStart().length;
  let comment: string | undefined;
  if (text.startsWith('/*', start)) {
    const end = text.indexOf('*/', start + 2);
    if (end > 0) comment = text.slice(start + 2, end);
  } else if (text.startsWith('--', start)) {
    const end = text.indexOf('\n', start);
    comment = text.slice(start + 2, end < 0 ? undefined : end);
  }
  const words = comment?.trim().toLowerCase().split(':');
  if (words?.length !== 2 || words[0]!.trim() !== 'decant') return undefined;
  const dialect = words[1]!.trim();
  return DIALECTS.find((d) => d === dialect);
}

/** PostgreSQL commands that Oracle SQL does not have, by first word. */
const POSTGRES_COMMANDS = new Set([
  'START',
  'END',
  'COPY',
  'SHOW',
  'RESET',
  'DISCARD',
  'DEALLOCATE',
  'LISTEN',
  'UNLISTEN',
  'NOTIFY',
  'VACUUM',
  'CHECKPOINT',
]);
/** BEGIN followed by one of these (or nothing) starts a transaction; otherwise a PL/SQL block. */
const BEGIN_TRANSACTION = new Set(['TRANSACTION', 'WORK', 'ISOLATION', 'READ', 'NOT', 'DEFERRABLE']);
/** SET statements Oracle SQL has; every other SET sets a PostgreSQL setting. */
const ORACLE_SET = new Set(['TRANSACTION', 'ROLE', 'CONSTRAINT', 'CONSTRAINTS']);

export interface Classified {
  /** Send as it is. */
  readonly native: boolean;
  /** `SET decant.dialect = x` or `RESET decant.dialect`: the session's new dialect (null: its default). */
  readonly switchesTo?: Dialect | null;
}

const DECANT = /decant/i;

/** How the gateway treats `text` in a session whose dialect is `dialect`. */
export function classify(text: string, dialect: Dialect): Classified {
  // A postgres-dialect session sends its statements as they are unless one names the switch
  // or a directive, both of which spell "decant": the rest are not tokenized at all.
  if (dialect === 'postgres' && !DECANT.test(text)) return { native: true };
  const directive = dialectDirective(text);
  let tokens: Token[];
  try {
    // The first words tell; a long statement is tokenized once, by the translation.
    tokens = tokenize(text, 8);
  } catch {
    // Not Oracle SQL at the first words: translation will say where; a postgres session sends it on.
    return { native: (directive ?? dialect) === 'postgres' };
  }
  const switchesTo = dialectSwitch(tokens);
  if (switchesTo !== undefined) return { native: true, switchesTo };
  if ((directive ?? dialect) === 'postgres') return { native: true };
  if (directive === 'oracle') return { native: false };
  return { native: isPostgresCommand(tokens) };
}

function isPostgresCommand(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first?.kind !== TokenKind.Word) return false;
  const second = tokens[1];
  const next = second && second.kind !== TokenKind.Symbol ? second.value : second?.value === ';' ? '' : '?';
  switch (first.value) {
    case 'BEGIN':
      return next === undefined || next === '' || BEGIN_TRANSACTION.has(next);
    case 'SET':
      return next !== undefined && !ORACLE_SET.has(next);
    default:
      return POSTGRES_COMMANDS.has(first.value);
  }
}

/** `SET decant.dialect {=|TO} x` and `RESET decant.dialect`. */
function dialectSwitch(tokens: readonly Token[]): Dialect | null | undefined {
  const words = tokens.map((t) => (t.kind === TokenKind.String ? '' : t.value));
  const named = words[1] === 'DECANT' && words[2] === '.' && words[3] === 'DIALECT';
  if (!named) return undefined;
  if (words[0] === 'RESET') return null;
  if (words[0] !== 'SET' || (words[4] !== '=' && words[4] !== 'TO')) return undefined;
  const value = tokens[5]?.value.toLowerCase();
  return DIALECTS.find((d) => d === value);
}

/** First words of the statements that create, change or drop relations. */
const DEFINING = new Set(['CREATE', 'ALTER', 'DROP', 'RENAME']);

/**
 * Whether `text` may create, change or drop a table or view (its first word tells), after
 * which the column types the gateway translates with must be read again. Most statements are
 * told by their first character without tokenizing: this runs on every statement of a
 * postgres-dialect session.
 */
export function mayDefineRelations(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const first = text[i]?.toUpperCase();
  if (first !== 'C' && first !== 'A' && first !== 'D' && first !== 'R' && first !== '/' && first !== '-')
    return false;
  try {
    return startsDefiningRelations(tokenize(text, 2));
  } catch {
    return false;
  }
}

/** Whether a statement's first word (hints aside) is CREATE, ALTER, DROP or RENAME. */
export function startsDefiningRelations(tokens: readonly Token[]): boolean {
  const word = tokens.find((token) => token.kind !== TokenKind.Hint);
  return word?.kind === TokenKind.Word && DEFINING.has(word.value);
}
