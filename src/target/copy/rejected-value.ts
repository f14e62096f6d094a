/**
 * Why a field writer refused a value, before the encoder knows which row it belongs to.
 * The encoder turns it into a DATA_VALUE_REJECTED DecantError that names table, key and
 * column (binary-encoder.ts); this module owns the reasons, their hints and the preview of
 * a value in a message.
 */

/** format: not a form the wire type accepts; range: the type cannot hold it; nul, utf8, date: the policies. */
export type RejectReason = 'format' | 'range' | 'nul' | 'utf8' | 'date';

export class RejectedValue extends Error {
  constructor(
    readonly reason: RejectReason,
    /** What is wrong, without the value: "not an integer", "out of range for int2". */
    readonly problem: string,
  ) {
    super(problem);
    this.name = 'RejectedValue';
  }
}

const FIX_THE_ROW = 'Fix the source row, or map the column to a type that holds this value.';

export const REJECT_HINTS: Record<RejectReason, string> = {
  format: FIX_THE_ROW,
  range: FIX_THE_ROW,
  nul: "Set nulCharacters to 'remove' (drop the character) or 'null' (store NULL), or fix the source row.",
  utf8: "Set invalidUtf8 to 'replace' (U+FFFD for the bad bytes) or 'null' (store NULL), or fix the source row.",
  date: "Set invalidDates to 'null' (store NULL), or fix the source row.",
};

const PREVIEW_CHARACTERS = 40;
const PREVIEW_BYTES = 16;

/** A value as a message shows it: quoted and escaped text, hex bytes, cut to about 40 characters. */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > PREVIEW_CHARACTERS ? `${value.slice(0, PREVIEW_CHARACTERS)}…` : value;
    return JSON.stringify(shown);
  }
  if (Buffer.isBuffer(value)) {
    const hex = value.subarray(0, PREVIEW_BYTES).toString('hex');
    return `\\x${hex}${value.length > PREVIEW_BYTES ? '…' : ''}`;
  }
  if (Array.isArray(value)) {
    const shown = previewList(value.map((element) => previewValue(element)));
    return `[${shown}]`;
  }
  if (value === undefined) return 'undefined';
  if (value === null) return 'NULL';
  if (typeof value === 'object') return `a ${value.constructor?.name ?? 'object'}`;
  return String(value);
}

function previewList(elements: string[]): string {
  let shown = '';
  for (const element of elements) {
    const next = shown === '' ? element : `${shown}, ${element}`;
    if (shown !== '' && next.length > PREVIEW_CHARACTERS) return `${shown}, …`;
    shown = next;
  }
  return shown;
}
