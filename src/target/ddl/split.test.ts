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

  it('splits a named foreign key into a NOT VALID add and a VALIDATE', async () => {
    const [plain, cascade, notValid, unnamed, twoCommands] = await splitStatements(
      `ALTER TABLE ONLY "S"."t t" ADD CONSTRAINT "f k" FOREIGN KEY (a) REFERENCES p(id);
       ALTER TABLE a.b ADD CONSTRAINT g FOREIGN KEY (a, b) REFERENCES p(x, y) MATCH FULL ON DELETE CASCADE DEFERRABLE;
       ALTER TABLE ONLY a.b ADD CONSTRAINT h FOREIGN KEY (a) REFERENCES p(id) NOT VALID;
       ALTER TABLE ONLY a.b ADD FOREIGN KEY (a) REFERENCES p(id);
       ALTER TABLE ONLY a.b ADD CONSTRAINT i FOREIGN KEY (a) REFERENCES p(id), ADD CONSTRAINT j CHECK (a > 0)`,
    );
    expect(plain!.inTwoSteps).toEqual({
      constraint: 'f k',
      relation: '"S"."t t"',
      addNotValid:
        'ALTER TABLE ONLY "S"."t t" ADD CONSTRAINT "f k" FOREIGN KEY (a) REFERENCES p(id) NOT VALID',
      validate: 'ALTER TABLE ONLY "S"."t t" VALIDATE CONSTRAINT "f k"',
    });
    expect(cascade!.inTwoSteps?.addNotValid).toBe(
      'ALTER TABLE a.b ADD CONSTRAINT g FOREIGN KEY (a, b) REFERENCES p(x, y) MATCH FULL ON DELETE CASCADE DEFERRABLE NOT VALID',
    );
    expect(cascade!.inTwoSteps?.validate).toBe('ALTER TABLE "a"."b" VALIDATE CONSTRAINT "g"');
    // Already NOT VALID on the source, unnamed, or one of several commands: as written.
    expect(notValid!.inTwoSteps).toBeNull();
    expect(unnamed!.inTwoSteps).toBeNull();
    expect(twoCommands!.inTwoSteps).toBeNull();
  });
});
