/**
 * Exit codes: 0 all done; 1 the step ran but some objects failed or differ (see status);
 * 2 and up come from the error registry (core/errors.ts), e.g. 2 configuration, 3 connection.
 */
import { DecantError } from '../core/errors.js';

export const EXIT_OK = 0;
export const EXIT_STEP_FAILED = 1;
export const EXIT_INTERNAL = 70;

export function exitCodeOf(error: unknown): number {
  return error instanceof DecantError ? error.exitCode : EXIT_INTERNAL;
}
