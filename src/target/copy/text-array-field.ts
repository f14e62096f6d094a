/**
 * text[] in array_send's form: int32 dimensions (0 for an empty array), int32 has-nulls
 * flag, element type oid 25 (text, which array_recv checks against the column), then per
 * dimension its length and lower bound 1, then each element as a length and UTF-8 bytes.
 * A MySQL SET arrives here already split into its members.
 */
import type { ValuePolicies, SourceValue } from './binary-encoder.js';
import type { CopyBuffer } from './copy-buffer.js';
import { RejectedValue } from './rejected-value.js';
import { writeText } from './text-field.js';

const TEXT_OID = 25;

export function writeTextArray(
  out: CopyBuffer,
  value: Exclude<SourceValue, null>,
  policies: ValuePolicies,
): void {
  if (!Array.isArray(value)) throw new RejectedValue('format', 'not an array of text');
  const elements: readonly unknown[] = value;
  out.reserve(24);
  const start = out.position;
  out.position = start + 4;
  out.int32(elements.length === 0 ? 0 : 1);
  out.int32(0);
  out.int32(TEXT_OID);
  if (elements.length > 0) {
    out.int32(elements.length);
    out.int32(1);
  }
  for (const element of elements) {
    if (typeof element !== 'string') throw new RejectedValue('format', 'an element is not text');
    if (element.indexOf('\0') === -1) {
      writeText(out, element, false);
      continue;
    }
    switch (policies.nulCharacters) {
      case 'error':
        throw new RejectedValue(
          'nul',
          'an element holds a NUL character (U+0000), which PostgreSQL cannot store',
        );
      case 'null':
        // The whole value becomes NULL, not one member: a set with a member missing would be another set.
        out.position = start;
        out.reserve(4);
        out.int32(-1);
        return;
      case 'remove':
        writeText(out, element.replaceAll('\0', ''), false);
    }
  }
  out.int32At(start, out.position - start - 4);
}
