/**
 * `decant translate [FILE|-]`: an Oracle script in SQL*Plus style in, PostgreSQL out on
 * stdout. An untranslatable statement stays in the output as a comment block (where, why,
 * its Oracle text), so the script runs and nothing is lost silently. `--report` adds the
 * translation report on stderr; `--json` prints the report (with each statement's SQL) as one
 * JSON object on stdout instead of the script. Exit 0 when every statement translated
 * (review notes included), 9 (TRANSLATE_PARTIAL) when any is unsupported.
 * Owns reading the input and choosing the streams; translating and formatting are translate/,
 * loaded when the command runs.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { DecantError, messageOf } from '../../core/errors.js';
import { DEFAULT_COMPAT_SCHEMA } from '../../core/compat-schema.js';
import { oracleCompatSql } from '../../target/compat/oracle-compat.js';
import type { TranslateOptions } from '../../translate/index.js';
import type { ColumnTypes } from '../../translate/known-columns.js';

interface TranslateFlags {
  report?: boolean;
  schema: string[];
  printCompatSql?: boolean;
  compatSchema: string;
  numberWithoutPrecision: 'numeric' | 'double-precision';
  nlsDateFormat?: string;
  nlsTimestampFormat?: string;
}

const NUMBER_TYPES = { numeric: 'numeric', 'double-precision': 'double precision' } as const;

export function registerTranslateCommand(program: Command): void {
  program
    .command('translate')
    .description(
      'translate an Oracle SQL*Plus script (";" and "/" terminators; SET, PROMPT, REM lines set aside) into PostgreSQL on stdout',
    )
    .argument('[file]', 'the Oracle script; "-" or nothing reads standard input')
    .option(
      '--report',
      'also print the translation report on stderr: each statement translated, to review (why) or unsupported (why), and totals',
    )
    .option(
      '--schema <file>',
      'an Oracle DDL script whose CREATE TABLE column types the translation uses (date arithmetic, TO_CHAR and || of numbers); repeatable',
      (file: string, files: string[]) => [...files, file],
      [] as string[],
    )
    .option(
      '--compat-schema <name>',
      "schema of Decant's Oracle compatibility functions",
      DEFAULT_COMPAT_SCHEMA,
    )
    .option(
      '--print-compat-sql',
      'print the SQL that creates the compatibility functions the translation calls (in --compat-schema), and nothing else',
    )
    .addOption(
      new Option('--number-without-precision <type>', 'type for NUMBER without precision')
        .choices(Object.keys(NUMBER_TYPES))
        .default('numeric'),
    )
    .option(
      '--nls-date-format <format>',
      "the session's NLS_DATE_FORMAT for implicit date/string conversions (TO_CHAR and TO_DATE without a format, a date compared with a string); default DD-MON-RR",
    )
    .option(
      '--nls-timestamp-format <format>',
      "the session's NLS_TIMESTAMP_FORMAT, likewise for timestamps; default DD-MON-RR HH.MI.SSXFF AM",
    )
    .addHelpText(
      'after',
      `
Output: the PostgreSQL script on stdout, each statement ending in ";". A statement that cannot be
translated is printed as comments in its place ("-- decant: unsupported at LINE:COL: why", then the
Oracle text commented out); notes to review are comments above their statement. With --json, stdout
holds one JSON object instead: {"type":"translation","ok":...,"totals":...,"statements":[...]}, each
statement with line, column, label, status, oracle, sql and diagnostics.

Exit status: 0 when every statement translated (notes to review included); 9 (TRANSLATE_PARTIAL)
when at least one is unsupported; 2 when the file cannot be read.

The translated SQL calls functions of the compatibility schema (e.g. decant_oracle.substr) where
PostgreSQL has no exact built-in: create them first in the target with --print-compat-sql.

Examples:
  decant translate --print-compat-sql | psql "$TARGET_URL"
  decant translate schema.sql > schema.pg.sql
  decant translate schema.sql --report > schema.pg.sql     (the report on the terminal)
  decant translate --schema schema.sql queries.sql         (queries know the tables' column types)
  cat queries.sql | decant translate - --json | jq .totals`,
    )
    .action(async (file: string | undefined, flags: TranslateFlags, cmd: Command) => {
      if (flags.printCompatSql) {
        const sql = oracleCompatSql(flags.compatSchema);
        process.stdout.write(sql.endsWith('\n') ? sql : `${sql}\n`);
        return;
      }
      const json = cmd.optsWithGlobals().json === true;
      const [
        { translateScript },
        {
          buildTranslationReport,
          formatPostgresScript,
          formatReportText,
          fullyTranslated,
          reportJson,
          summaryLine,
        },
      ] = await Promise.all([import('../../translate/index.js'), import('../../translate/report.js')]);
      const text = await readScript(file);
      const columnTypes = await readColumnTypes(flags.schema);
      const options: TranslateOptions = {
        columnTypes,
        compatSchema: flags.compatSchema,
        numberWithoutPrecision: NUMBER_TYPES[flags.numberWithoutPrecision],
        ...(flags.nlsDateFormat ? { nlsDateFormat: flags.nlsDateFormat } : {}),
        ...(flags.nlsTimestampFormat ? { nlsTimestampFormat: flags.nlsTimestampFormat } : {}),
      };
      const result = translateScript(text, options);
      const report = buildTranslationReport(result);
      if (json) process.stdout.write(`${JSON.stringify(reportJson(report))}\n`);
      else {
        process.stdout.write(formatPostgresScript(result));
        if (flags.report) process.stderr.write(formatReportText(report));
      }
      if (!fullyTranslated(report))
        throw new DecantError(
          'TRANSLATE_PARTIAL',
          `not every statement translated: ${summaryLine(report.totals)}`,
          {
            hint:
              flags.report || json
                ? 'the report lists which and why'
                : 'run with --report to see which and why',
            context: { file: file ?? '-' },
          },
        );
    });
}

/**
 * The column types of the --schema scripts' tables. Without them, `hiredate - 30` on a column
 * of unknown type gets a review note instead of an exact translation; a schema file that
 * declares no table is almost certainly the wrong file, so it is an error.
 */
async function readColumnTypes(files: readonly string[]): Promise<ColumnTypes> {
  const types: ColumnTypes = new Map();
  if (files.length === 0) return types;
  const { columnTypesOfScript } = await import('../../translate/known-columns.js');
  for (const file of files) {
    const declared = columnTypesOfScript(await readScript(file));
    for (const [table, columns] of declared) types.set(table, columns);
    if (declared.size === 0)
      throw new DecantError('TRANSLATE_INPUT', `--schema ${file} declares no table that Decant can read`, {
        hint: 'give the Oracle DDL script with the CREATE TABLE statements of the tables the queries use',
        context: { file },
      });
  }
  return types;
}

async function readScript(file: string | undefined): Promise<string> {
  try {
    if (file === undefined || file === '-') {
      if (process.stdin.isTTY)
        process.stderr.write('decant translate: reading Oracle SQL from the terminal; end with Ctrl-D\n');
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new DecantError('TRANSLATE_INPUT', `cannot read ${file ?? 'standard input'}: ${messageOf(error)}`, {
      hint: 'give the path of a readable Oracle script, or "-" to read standard input',
      context: { file: file ?? '-' },
      cause: error,
    });
  }
}
