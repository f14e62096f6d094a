/**
 * The Oracle rules, in the order they run on each node (children first). Order is meaning:
 * the hierarchical-query rule must see FROM DUAL and ROWNUM before their own rules rewrite
 * them, and the function table must see calls before the concatenation rule builds CONCAT.
 */
import type { Rule } from '../../dialect.js';
import bindVariables from './bind-variables.js';
import concatenation from './concatenation.js';
import connectBy from './connect-by.js';
import derivedAlias from './derived-alias.js';
import dictionaryViews from './dictionary-views.js';
import fetchPercent from './fetch-percent.js';
import keep from './keep.js';
import listagg from './listagg.js';
import pivot from './pivot.js';
import unpivot from './unpivot.js';
import rownumDml from './rownum-dml.js';
import dual from './dual.js';
import emptyString from './empty-string.js';
import functions from './functions.js';
import alterSession from './alter-session.js';
import arithmeticLiterals from './arithmetic-literals.js';
import dateArithmetic from './date-arithmetic.js';
import dateComparison from './date-comparison.js';
import trim from './trim.js';
import merge from './merge.js';
import multiInsert from './multi-insert.js';
import returningInto from './returning-into.js';
import outerJoin from './outer-join.js';
import pseudoColumns from './pseudo-columns.js';
import rownum from './rownum.js';
import castTypes from './cast-types.js';
import ddlConstraints from './ddl-constraints.js';
import ddlObjects from './ddl-objects.js';
import ddlSequences from './ddl-sequences.js';
import ddlTables from './ddl-tables.js';
import ddlTypes from './ddl-types.js';

export const RULES: readonly Rule[] = [
  bindVariables,
  emptyString,
  pseudoColumns,
  functions,
  arithmeticLiterals,
  dateArithmetic,
  dateComparison,
  trim,
  keep,
  listagg,
  concatenation,
  derivedAlias,
  pivot,
  unpivot,
  connectBy,
  rownum,
  rownumDml,
  fetchPercent,
  outerJoin,
  dual,
  dictionaryViews,
  merge,
  multiInsert,
  returningInto,
  alterSession,
  // DDL statements, once their expressions are rewritten; casts after any rule that reads Oracle type names.
  ddlTypes,
  ddlConstraints,
  ddlTables,
  ddlSequences,
  ddlObjects,
  castTypes,
];
