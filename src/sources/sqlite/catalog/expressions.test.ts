import { parse } from 'libpg-query';
import { describe, expect, it } from 'vitest';
import { translateDefault, translateExpression } from './expressions.js';
import { tokenize } from './tokens.js';
import type { TargetKind } from '../types.js';

const COLUMNS = new Map([
  ['price', 'price'],
  ['name', 'Name'],
  ['end_at', 'end_at'],
]);

describe('translateExpression', () => {
  it.each([
    ['price >= 0', '"price" >= 0'],
    ['price == 0 OR price != 1', '"price" = 0 OR "price" <> 1'],
    ['length(NAME) BETWEEN 1 AND 20', 'length("Name") BETWEEN 1 AND 20'],
    ["\"name\" IN ('a', 'b')", `"Name" IN ('a', 'b')`],
    ['items.price > 0', '"price" > 0'],
    ["name LIKE 'A%' ESCAPE '\\'", `"Name" ILIKE 'A%' ESCAPE E'\\\\'`],
    ['end_at IS NOT NULL', '"end_at" IS NOT NULL'],
    ['ifnull(price, 0) + 1 > 0', 'coalesce("price", 0) + 1 > 0'],
    ['CASE WHEN price > 0 THEN 1 ELSE 0 END = 1', 'CASE WHEN "price" > 0 THEN 1 ELSE 0 END = 1'],
    ["instr(name, 'x') = 0", `strpos("Name", 'x') = 0`],
  ])('%s → %s', async (sqlite, postgres) => {
    const translated = translateExpression(tokenize(sqlite), COLUMNS, 'items');
    expect(translated).toEqual({ sql: postgres });
    // Whatever it emits must be PostgreSQL.
    await expect(parse(`SELECT ${postgres}`)).resolves.toBeTruthy();
  });

  it.each([
    ["name GLOB 'a*'", 'the operator GLOB'],
    ["typeof(price) = 'integer'", 'the function typeof()'],
    ['price IS name', 'IS between two values'],
    ['other.price > 0', 'the name other'],
    ['price -> 1', 'the operator ->'],
    ['0x10 > price', '0x10'],
  ])('refuses %s, naming %s', (sqlite, construct) => {
    expect(translateExpression(tokenize(sqlite), COLUMNS, 'items')).toEqual({ unsupported: construct });
  });
});

describe('translateDefault', () => {
  it.each<[string, TargetKind, string | null]>([
    ['0', 'int8', '0'],
    ['-5', 'int4', '-5'],
    ['(42)', 'numeric', '42'],
    ['1.5', 'float8', '1.5'],
    ["'abc'", 'text', "'abc'"],
    ['7', 'text', "'7'"],
    ["'12'", 'int8', '12'],
    ['TRUE', 'bool', 'true'],
    ['0', 'bool', 'false'],
    ['FALSE', 'int8', '0'],
    ["X'00ff'", 'bytea', "'\\x00ff'::bytea"],
    ['CURRENT_TIMESTAMP', 'timestamp', "date_trunc('second', (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'))"],
    ['CURRENT_DATE', 'text', "to_char((CURRENT_TIMESTAMP AT TIME ZONE 'UTC'), 'YYYY-MM-DD')"],
  ])('%s for %s → %s', async (sqlite, kind, postgres) => {
    expect(translateDefault(tokenize(sqlite), kind)).toEqual({ sql: postgres });
    await expect(parse(`SELECT ${postgres}`)).resolves.toBeTruthy();
  });

  it('has no default for NULL', () => {
    expect(translateDefault(tokenize('NULL'), 'text')).toBeNull();
  });

  it.each<[string, TargetKind]>([
    ["(datetime('now'))", 'text'],
    ["'abc'", 'int8'],
    ['1.5', 'int8'],
    ['CURRENT_TIME', 'timestamp'],
    ["X'00'", 'text'],
    ["-'a'", 'text'],
  ])('drops %s for %s (noted by the caller)', (sqlite, kind) => {
    expect(translateDefault(tokenize(sqlite), kind)).toHaveProperty('unsupported');
  });
});
