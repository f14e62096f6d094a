/**
 * Reading chunks of a PostgreSQL source as COPY streams: `COPY (SELECT ...) TO STDOUT`
 * in binary (or text, for types whose binary form names type OIDs) inside the imported
 * snapshot. The bytes are handed to the target as they come, never decoded.
 */
import type { Readable } from 'node:stream';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { qualified, quoteIdent } from '../../core/sql/ident.js';
import { keyRangePredicate } from '../../core/sql/key-range.js';
import type { ChunkPlan, TableDetails } from '../source.js';

export function chunkPredicate(details: TableDetails, chunk: ChunkPlan): string {
  switch (chunk.kind) {
    case 'key':
      return keyRangePredicate(details.key ?? [], chunk.lower, chunk.upper);
    case 'ctid': {
      const parts: string[] = [];
      if (chunk.lower) parts.push(`ctid >= '(${Number(chunk.lower[0])},0)'::tid`);
      if (chunk.upper) parts.push(`ctid < '(${Number(chunk.upper[0])},0)'::tid`);
      return parts.length ? parts.join(' AND ') : 'true';
    }
    case 'whole':
      return 'true';
  }
}

export function copyOutSql(owner: string, name: string, details: TableDetails, chunk: ChunkPlan): string {
  // xml's output function drops an XML declaration that the value holds; its text keeps it.
  const columns = details.columns
    .filter((c) => c.copied)
    .map((c) => (c.type === 'xml' ? `${quoteIdent(c.name)}::text` : quoteIdent(c.name)));
  const select = `SELECT ${columns.join(', ')} FROM ONLY ${qualified(owner, name)} WHERE ${chunkPredicate(details, chunk)}`;
  return `COPY (${select}) TO STDOUT (FORMAT ${details.copyFormat})`;
}

export function readChunk(client: pg.Client, sql: string): Readable {
  return client.query(copyTo(sql));
}
