import { z } from 'zod';
import { MAX_COUNT } from './vocabulary';

/** Field shapes shared by the input schemas of every type. */

export const requiredText = (max: number) =>
  z
    .string({ error: 'Must be text.' })
    .trim()
    .min(1, 'Cannot be empty.')
    .max(max, `At most ${max} characters.`);

export const optionalText = (max: number) =>
  z.string({ error: 'Must be text.' }).max(max, `At most ${max} characters.`).nullable();

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

export const isoDate = z
  .string({ error: 'Must be a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-05-18.')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Not a real date.')
  .nullable();

export const countryCode = z
  .string({ error: 'Must be text.' })
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 code such as UA.')
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
