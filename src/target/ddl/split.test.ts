import { describe, expect, it } from 'vitest';
import { splitStatements } from './split.js';

describe('splitStatements', () => {
  it('splits with the PostgreSQL parser and tells foreign keys apart', async () => {
    const sql = `ALTER TABLE ONLY "Öl"."Straße" ADD CONSTRAINT "pk; still pk" PRIMARY KEY (id);
ALTER TABLE ONLY a.b ADD CONSTRAINT c CHECK (x <> ';');
ALTER TABLE ONLY a.b ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES "Öl"."Straße"(id);
ALTER TABLE ONLY a.b ADD CONSTRAINT g FOREIGN KEY (y) REFERENCES plain(id)`;
    const statements = await splitStatements(sql);
    expect(statements.map((s) => s.sql)).toEqual([
      `ALTER TABLE ONLY "Öl"."Straße" ADD CONSTRAINT "pk; still pk" PRIMARY KEY (id)`,
      `ALTER TABLE ONLY a.b ADD CONSTRAINT c CHECK (x <> ';')`,
      `ALTER TABLE ONLY a.b ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES "Öl"."Straße"(id)`,
      `ALTER TABLE ONLY a.b ADD CONSTRAINT g FOREIGN KEY (y) REFERENCES plain(id)`,
    ]);
    expect(statements.map((s) => s.references)).toEqual([
      null,
      null,
      { schema: 'Öl', name: 'Straße' },
      { schema: null, name: 'plain' },
    ]);
  });

  it('returns nothing for empty text and throws on text that does not parse', async () => {
    expect(await splitStatements('  \n')).toEqual([]);
    await expect(splitStatements('ALTER TABLE x ADD CONSTRAINT')).rejects.toThrow();
  });
});
