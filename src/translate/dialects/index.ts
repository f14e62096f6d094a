/**
 * The source dialects the translator reads, by the name `translate(sql, { from })` takes.
 * Adding a dialect is one folder under dialects/ and one line here.
 */
import type { Dialect } from './dialect.js';
import { MYSQL } from './mysql/dialect.js';
import { ORACLE } from './oracle/dialect.js';
import { SQLITE } from './sqlite/dialect.js';

export const DIALECTS = { oracle: ORACLE, mysql: MYSQL, sqlite: SQLITE } satisfies Record<string, Dialect>;

export type DialectName = keyof typeof DIALECTS;
