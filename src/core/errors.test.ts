import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecantError, ERROR_CODES } from './errors.js';

describe('error registry', () => {
  it('is documented in docs/errors.md, code by code with its exit status', () => {
    const docs = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, { exit }] of Object.entries(ERROR_CODES)) {
      expect(docs, `docs/errors.md must list ${code}`).toMatch(
        new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${exit}\\s*\\|`),
      );
    }
  });

  it('prints one line with the hint and keeps context for --json', () => {
    const error = new DecantError('TARGET_NOT_EMPTY', 'The target holds 3 objects', {
      hint: 'Pass --erase',
      context: { object: 'public.t' },
    });
    expect(error.toLine()).toBe('The target holds 3 objects. Pass --erase');
    expect(error.exitCode).toBe(5);
    expect(error.toJSON()).toEqual({
      code: 'TARGET_NOT_EMPTY',
      message: 'The target holds 3 objects',
      hint: 'Pass --erase',
      context: { object: 'public.t' },
    });
  });
});
