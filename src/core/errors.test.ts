import { describe, expect, it } from 'vitest';
import { DecantError } from './errors.js';

describe('error registry', () => {
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
