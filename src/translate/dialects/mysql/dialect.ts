/** The MySQL and MariaDB dialect: how their view definitions are written, and the rules that translate them. */
import type { Dialect } from '../dialect.js';
import { RULES } from './rules/index.js';
import { MYSQL_SYNTAX } from './syntax.js';

export const MYSQL: Dialect = { name: 'mysql', syntax: MYSQL_SYNTAX, rules: RULES };
