import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { MAX_COUNT } from './vocabulary';

/** Field shapes shared by the input schemas of every type. */

// Control characters other than tab and line breaks (NUL included, and the C1 set such as the
// terminal escape U+009B) have no place in copy; nor have the interlinear annotation marks and the
// code points Unicode keeps for internal use (noncharacters such as U+FFFE).
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFF9-\uFFFB]|\p{Noncharacter_Code_Point}/u;
// Characters that change the direction of the text around them: a way to disguise words.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// Letters and symbols that print as nothing (Hangul fillers, the blank Braille pattern, …).
const BLANKS = /\u115F|\u1160|\u3164|\uFFA0|\u2800|\u180E|\u17B4|\u17B5/gu;
// Half of a pair of UTF-16 code units, without its other half.
const LONE_SURROGATE = /\p{Cs}/u;
// Something a reader can see: a letter, digit, punctuation mark or symbol.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when `value` holds a control character other than tab and line breaks. */
export const hasControlCharacters = (value: string) => CONTROL.test(value);

export const text = (max: number) =>
  z
    .string({ error: 'Must be text.' })
    .max(max, `At most ${max} characters.`)
    .refine((value) => !CONTROL.test(value), 'Contains control characters: remove them.')
    .refine(
      (value) => !DIRECTION_CONTROLS.test(value),
      'Contains text-direction controls: remove them.'
    )
    .refine(
      (value) => !LONE_SURROGATE.test(value),
      'Contains broken characters (a lone surrogate).'
    );

const isVisible = (value: string) => VISIBLE.test(value.replace(BLANKS, ''));

export const requiredText = (max: number) =>
  text(max)
    .transform((value) => value.trim())
    .refine(isVisible, 'Cannot be empty or invisible characters only.');

/** Text that may be left out or empty, but is not invisible characters only when given. */
export const optionalText = (max: number) =>
  text(max)
    .refine(
      (value) => value.trim() === '' || isVisible(value),
      'Cannot be invisible characters only: leave it empty instead.'
    )
    .nullable();

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `Must be one of: ${values.join(', ')}.` });

/** A count of people or things: a whole number from 0 to 2^31 - 1; digit-only strings are read. */
export const countField = z
  .union([z.number(), z.string().regex(/^\d+$/, 'Must be a whole number, digits only.')], {
    error: 'Must be a whole number.',
  })
  .transform((value) => (typeof value === 'string' ? Number(value) : value))
  .pipe(
    z
      .number()
      .refine(Number.isFinite, 'Must be a finite number.')
      .refine(Number.isInteger, 'Must be a whole number.')
      .refine((value) => value >= 0, 'Cannot be negative.')
      .refine((value) => value <= MAX_COUNT, `Must be at most ${MAX_COUNT}.`)
  )
  .nullable();

/** True for a day that is on the calendar: 2024-02-29 is, 2025-02-30 is not. */
export const isCalendarDay = (value: string) => {
  // A value in another format is the pattern's to report.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

export const isoDate = z
  .string({ error: 'Must be a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-05-18.')
  .refine(isCalendarDay, 'Not a real date: check the day and the month.')
  .nullable();

export const countryCode = z
  .string({ error: 'Must be text.' })
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 code such as UA.')
  .refine((code) => countries.isValid(code), 'Not an ISO 3166 country code: use one such as UA.')
  .nullable();

export const languageTag = z
  .string({ error: 'Must be text.' })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as uk, ru or en-GB.');

export const TEXT_LIMITS = {
  asStated: 500,
  subject: 120,
  place: 200,
  region: 200,
  note: 5000,
  name: 200,
  role: 300,
  quote: 5000,
  correctionNote: 2000,
} as const;
