/** SQLite's function calls through the table in functions.ts. */
import { rule } from '../../dialect.js';
import { translateCall } from '../../source-functions.js';
import { FUNCTIONS } from '../functions.js';
import { SQLITE_SYNTAX } from '../syntax.js';

export default rule({
  name: 'functions',
  docUrl: 'https://www.sqlite.org/lang_corefunc.html',
  kinds: ['call'],
  rewrite: (node, ctx) => translateCall(FUNCTIONS, SQLITE_SYNTAX, node, ctx),
});
