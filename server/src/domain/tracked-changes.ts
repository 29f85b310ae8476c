import { isDeepStrictEqual } from 'util';

// Where and when a figure or quote was stated or happened: readers read them with the claim.
const FIGURE_WHERE_AND_WHEN = [
  'place',
  'region',
  'country',
  'occurredFrom',
  'occurredTo',
  'datePrecision',
  'statedAt',
] as const;
const QUOTE_WHERE_AND_WHEN = ['saidAt', 'channel', 'roleAsPublished', 'language'] as const;

/** The record types whose changes are audited, and the fields that count. */
export const AUDITED_FIELDS = {
  'casualty-figure': [
    'count',
    'low',
    'high',
    'qualifier',
    'category',
    'asStated',
    'subject',
    'claimant',
    'partOf',
    'partsNote',
    ...FIGURE_WHERE_AND_WHEN,
    'verificationStatus',
    'evidence',
    'article',
  ],
  quote: [
    'text',
    'kind',
    'translation',
    'speaker',
    ...QUOTE_WHERE_AND_WHEN,
    'verificationStatus',
    'evidence',
    'article',
  ],
} as const;

/**
 * Fields whose change, once readers have seen the record, they are told about: everything of the
 * claim they read (the numbers, the words, who said it, where and when).
 */
export const CORRECTED_FIELDS = {
  'casualty-figure': [
    'count',
    'low',
    'high',
    'qualifier',
    'asStated',
    'subject',
    'category',
    'claimant',
    'partOf',
    'partsNote',
    ...FIGURE_WHERE_AND_WHEN,
  ],
  quote: ['text', 'kind', 'translation', 'speaker', ...QUOTE_WHERE_AND_WHEN],
} as const;

/** Fields that name an official: a correction shows the official's name, not an id. */
export const OFFICIAL_FIELDS: readonly string[] = ['claimant', 'speaker'];

/**
 * What a verdict judges: when any of these changes, the verdict no longer applies, and whoever
 * changed it last may not give the next one (four eyes). All of them are audited.
 */
export const VERDICT_BASIS = {
  'casualty-figure': ['count', 'low', 'high', 'qualifier', 'asStated', 'subject', 'category'],
  quote: ['text', 'kind', 'translation'],
} as const;

export type TrackedType = keyof typeof AUDITED_FIELDS;

/**
 * The note of the audit events that create a copy (the Content Manager's clone): the claim it
 * holds was first set on the original, whose authors the four-eyes rule keeps from verifying it.
 */
const COPY_NOTE = 'Copied from ';
export const copyNote = (originalDocumentId: string) => `${COPY_NOTE}${originalDocumentId}`;
export const copiedFrom = (note: unknown): string | null =>
  typeof note === 'string' && note.startsWith(COPY_NOTE) ? note.slice(COPY_NOTE.length) : null;

/** The field name of an audit event or correction when a whole record is removed. */
export const WITHDRAWN = 'withdrawn';

/** A value as stored in a JSON column. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

export interface FieldChange {
  field: string;
  from: JsonValue;
  to: JsonValue;
}

// Stored fields are scalars, documentIds and JSON: all of them JSON values.
const normalise = (value: unknown): JsonValue =>
  value === undefined ? null : (value as JsonValue);

/** The audited fields that differ between two states of a record; `after` is null when removed. */
export function diffTracked(
  type: TrackedType,
  before: Record<string, unknown>,
  after: Record<string, unknown> | null
): FieldChange[] {
  const fields: readonly string[] = AUDITED_FIELDS[type];
  const snapshot = (state: Record<string, unknown>) =>
    Object.fromEntries(fields.map((field) => [field, normalise(state[field])]));
  if (after === null) return [{ field: WITHDRAWN, from: snapshot(before), to: null }];
  return fields
    .filter((field) => !isDeepStrictEqual(normalise(before[field]), normalise(after[field])))
    .map((field) => ({ field, from: normalise(before[field]), to: normalise(after[field]) }));
}

/** A changed value as a reader sees it in a correction: the number or the words themselves. */
export const displayValue = (value: JsonValue): string | null =>
  value === null ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The words readers read of a record: what the correction of a withdrawn record quotes. */
export const CLAIM_TEXT = { 'casualty-figure': 'asStated', quote: 'text' } as const;

/**
 * A correction's values as readers see them: the number or words that changed, the official by
 * name; for a withdrawn record, the claim it made (not the record's internals).
 */
export function correctionValues(
  type: TrackedType,
  change: FieldChange,
  before: Record<string, unknown>,
  officialNames: ReadonlyMap<string, string> = new Map()
): { from: string | null; to: string | null } {
  if (OFFICIAL_FIELDS.includes(change.field)) {
    const nameOf = (value: JsonValue) =>
      typeof value === 'string' ? (officialNames.get(value) ?? null) : null;
    return { from: nameOf(change.from), to: nameOf(change.to) };
  }
  if (change.field !== WITHDRAWN) {
    return { from: displayValue(change.from), to: displayValue(change.to) };
  }
  const claim = before[CLAIM_TEXT[type]];
  return { from: typeof claim === 'string' ? claim : null, to: null };
}

/** The changes readers must be told about once the record's article is published. */
export const correctionsAmong = (type: TrackedType, changes: FieldChange[]): FieldChange[] => {
  const fields: readonly string[] = [...CORRECTED_FIELDS[type], WITHDRAWN];
  return changes.filter((change) => fields.includes(change.field));
};
