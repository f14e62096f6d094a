/** The SQLite dialect: how SQLite writes views, and the rules that translate them. */
import type { Dialect } from '../dialect.js';
import { RULES } from './rules/index.js';
import { SQLITE_SYNTAX } from './syntax.js';

export const SQLITE: Dialect = { name: 'sqlite', syntax: SQLITE_SYNTAX, rules: RULES };
