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

  it('turns a plain primary key or unique constraint into a unique index build and an attach', async () => {
    const [pk, unique, withOptions, check] = await splitStatements(
      `ALTER TABLE ONLY "S"."t t" ADD CONSTRAINT "t pk" PRIMARY KEY (id, "K") INCLUDE (z) DEFERRABLE INITIALLY DEFERRED;
       ALTER TABLE a.b ADD CONSTRAINT u UNIQUE NULLS NOT DISTINCT (q);
       ALTER TABLE a.b ADD CONSTRAINT w UNIQUE (q) WITH (fillfactor = 50);
       ALTER TABLE a.b ADD CONSTRAINT c CHECK (q > 0)`,
    );
    expect(pk!.asIndex).toEqual({
      constraint: 't pk',
      relation: '"S"."t t"',
      build: 'CREATE UNIQUE INDEX "t pk" ON "S"."t t" ("id", "K") INCLUDE ("z")',
      attach:
        'ALTER TABLE ONLY "S"."t t" ADD CONSTRAINT "t pk" PRIMARY KEY USING INDEX "t pk" DEFERRABLE INITIALLY DEFERRED',
    });
    expect(unique!.asIndex?.build).toBe('CREATE UNIQUE INDEX "u" ON "a"."b" ("q") NULLS NOT DISTINCT');
    expect(unique!.asIndex?.attach).toBe('ALTER TABLE "a"."b" ADD CONSTRAINT "u" UNIQUE USING INDEX "u"');
    // Storage options and other constraints keep their statement as written.
    expect(withOptions!.asIndex).toBeNull();
    expect(check!.asIndex).toBeNull();
  });
});
