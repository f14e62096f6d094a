/**
 * Names for the constraints SQLite leaves unnamed, in PostgreSQL's own style (t_pkey,
 * t_a_key, t_a_fkey, t_a_check), unique within the target schema and within PostgreSQL's
 * 63-byte limit: a longer name would be cut by the server, and two cut names could meet
 * (the constraints step passes over "already exists", so the second would be lost).
 */
import { createHash } from 'node:crypto';

const MAX_BYTES = 63;

export interface NameSpace {
  /** Marks a name the source already uses (a table, view or index). */
  reserve(name: string): void;
  /** A name built from `parts` and `suffix`, not used before in this space. */
  take(parts: readonly string[], suffix: string): string;
  /** Reserves a name given in the source (CONSTRAINT x), or a fresh one if it is taken. */
  keep(name: string, fallback: readonly string[], suffix: string): string;
}

export function createNameSpace(): NameSpace {
  const used = new Set<string>();
  const fit = (base: string): string => {
    if (Buffer.byteLength(base) <= MAX_BYTES) return base;
    const hash = createHash('sha1').update(base).digest('hex').slice(0, 8);
    let cut = base;
    while (Buffer.byteLength(cut) > MAX_BYTES - 9) cut = cut.slice(0, -1);
    return `${cut}_${hash}`;
  };
  const claim = (base: string): string => {
    let name = fit(base);
    for (let n = 1; used.has(name); n++) name = fit(`${base}${n}`);
    used.add(name);
    return name;
  };
  return {
    reserve: (name) => void used.add(name),
    take: (parts, suffix) => claim([...parts, suffix].join('_')),
    keep: (name, fallback, suffix) =>
      used.has(name) || Buffer.byteLength(name) > MAX_BYTES
        ? claim([...fallback, suffix].join('_'))
        : claim(name),
  };
}
