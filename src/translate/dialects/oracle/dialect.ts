/** The Oracle dialect: its rules, in order. */
import type { Dialect } from '../dialect.js';
import { RULES } from './rules/index.js';

export const ORACLE: Dialect = { name: 'oracle', rules: RULES };
