/**
 * The canonical hasher: row framing leaves no two rows one hash, and chunk hashes over
 * real PostgreSQL rows (streamed through the target's RowSource) ignore row order, count
 * duplicates, add up across key ranges and name rows by canonical keys.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, execSql } from '../../../test/support/databases.js';
import type { ChunkPlan, RowHasher, TableToCopy } from '../../sources/source.js';
import { createPostgresRowSource } from '../../target/row-source.js';
import { TARGET_SIDE } from '../../target/row-hasher.js';
import { createCanonicalHasher, rowHash } from './canonical-hasher.js';

describe('rowHash', () => {
  it.each([
    [
      ['ab', 'c'],
      ['a', 'bc'],
    ],
    [[null], ['']],
    [
      [null, 'a'],
      ['a', null],
    ],
    [['\u0000'], [null]],
    [
      ['1', '2'],
      ['2', '1'],
    ],
    [['x'.repeat(10_000)], ['x'.repeat(10_001)]],
  ])('tells %j from %j', (a, b) => {
    expect(rowHash(a)).not.toBe(rowHash(b));
  });

  it('gives the same row the same signed 64-bit hash, before and after a value larger than its buffer', () => {
    const row = ['2024-01-01 00:00:00', null, 'é'];
    const before = rowHash(row);
    rowHash(['y'.repeat(100_000), 'z']);
    expect(rowHash(row)).toBe(before);
    expect(before).toBe(BigInt.asIntN(64, before));
  });
});

const columns = [
  { name: 'id', type: 'integer', copied: true },
  { name: 'at', type: 'timestamp with time zone', copied: true },
  { name: 'note', type: 'text', copied: true },
  { name: 'doubled', type: 'integer', copied: false },
];

function tableOf(name: string, key: boolean): TableToCopy {
  return {
    owner: 'public',
    name,
    dataSize: 0,
    details: {
      kind: 'table',
      targetSchema: 'public',
      targetName: name,
      partitioned: false,
      columns,
      key: key ? [{ name: 'at', type: 'timestamp with time zone' }] : null,
      copyFormat: 'binary',
      pages: 1,
    },
  };
}

const whole: ChunkPlan = { kind: 'whole', lower: null, upper: null, estimatedBytes: 0 };
const range = (lower: unknown[] | null, upper: unknown[] | null): ChunkPlan => ({
  kind: 'key',
  lower,
  upper,
  estimatedBytes: 0,
});

describe('createCanonicalHasher over PostgreSQL rows', () => {
  let url: string;
  let hasher: RowHasher;

  beforeAll(async () => {
    url = await createDatabase('canonical_hasher');
    const create = (name: string) =>
      `CREATE TABLE ${name} (id int, at timestamptz, note text, doubled int GENERATED ALWAYS AS (id * 2) STORED)`;
    // 5000 rows: more than one FETCH; "reversed" holds the same rows written in the other order.
    await execSql(
      url,
      `${create('rows')}; ${create('reversed')};
       INSERT INTO rows (id, at, note) SELECT i, timestamptz '2024-01-01' + i * interval '1 second', CASE WHEN i % 3 = 0 THEN NULL WHEN i % 3 = 1 THEN '' ELSE 'n' || i END FROM generate_series(1, 5000) i;
       INSERT INTO reversed SELECT id, at, note FROM rows ORDER BY id DESC;`,
    );
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    hasher = createCanonicalHasher(createPostgresRowSource(client, TARGET_SIDE));
  });

  afterAll(async () => {
    await hasher.close();
  });

  it('counts every row and ignores their order', async () => {
    const rows = await hasher.hashChunk(tableOf('rows', false), whole);
    expect(rows.rows).toBe(5000);
    expect(await hasher.hashChunk(tableOf('reversed', false), whole)).toEqual(rows);
  });

  it('sees a duplicate row, and a NULL turned into an empty string', async () => {
    const before = await hasher.hashChunk(tableOf('reversed', false), whole);
    await execSql(url, `INSERT INTO reversed SELECT id, at, note FROM rows WHERE id = 7`);
    const duplicated = await hasher.hashChunk(tableOf('reversed', false), whole);
    expect(duplicated.rows).toBe(5001);
    expect(BigInt(duplicated.hash) - BigInt(before.hash)).not.toBe(0n);
    await execSql(url, `DELETE FROM reversed WHERE ctid = (SELECT max(ctid) FROM reversed WHERE id = 7)`);
    expect(await hasher.hashChunk(tableOf('reversed', false), whole)).toEqual(before);
    await execSql(url, `UPDATE reversed SET note = '' WHERE id = 3`);
    expect((await hasher.hashChunk(tableOf('reversed', false), whole)).hash).not.toBe(before.hash);
    await execSql(url, `UPDATE reversed SET note = NULL WHERE id = 3`);
  });

  it('adds up over key ranges, and names rows by their canonical key', async () => {
    const table = tableOf('rows', true);
    const all = await hasher.hashChunk(table, range(null, null));
    const middle = await hasher.splitPoint(table, null, null, all.rows);
    expect(middle).toEqual(['2024-01-01 00:41:41+00']);
    const [low, high] = [
      await hasher.hashChunk(table, range(null, middle)),
      await hasher.hashChunk(table, range(middle, null)),
    ];
    expect(low.rows + high.rows).toBe(5000);
    expect((BigInt(low.hash) + BigInt(high.hash)).toString()).toBe(all.hash);

    const keys = await hasher.keyHashes(table, ['2024-01-01 00:00:01+00'], ['2024-01-01 00:00:04+00']);
    expect([...keys.keys()]).toEqual([
      '["2024-01-01 00:00:01"]',
      '["2024-01-01 00:00:02"]',
      '["2024-01-01 00:00:03"]',
    ]);
    const rowHashes = [...keys.values()].map(BigInt);
    const threeRows = await hasher.hashChunk(
      table,
      range(['2024-01-01 00:00:01+00'], ['2024-01-01 00:00:04+00']),
    );
    expect(rowHashes.reduce((sum, hash) => sum + hash, 0n).toString()).toBe(threeRows.hash);
  });

  it('refuses a method other than canonical', () => {
    expect(hasher.methods).toEqual(['canonical']);
    expect(() => hasher.useMethod('record')).toThrow(/canonical row hasher/);
  });
});
