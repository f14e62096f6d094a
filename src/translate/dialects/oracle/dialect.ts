/** The Oracle dialect: Oracle's syntax (the tokenizer's and parser's default) and its rules, in order. */
import { ORACLE_SYNTAX } from '../../syntax.js';
import type { Dialect } from '../dialect.js';
import { RULES } from './rules/index.js';

export const ORACLE: Dialect = { name: 'oracle', syntax: ORACLE_SYNTAX, rules: RULES };
