import { z } from 'zod';
import { evidenceSchema } from '../../../shared/evidence';
import {
  countField,
  countryCode,
  isoDate,
  oneOf,
  optionalText,
  requiredText,
  TEXT_LIMITS,
} from '../../../shared/fields';
import {
  DATE_PRECISIONS,
  FIGURE_CATEGORIES,
  FIGURE_QUALIFIERS,
  VERIFICATION_STATUSES,
} from '../../../shared/vocabulary';

/**
 * The scalar fields of a casualty figure as a write may send them. Relations (article, partOf,
 * claimant) are read separately; unknown keys are left for Strapi to judge.
 */
export const figureInputSchema = z.object({
  asStated: requiredText(TEXT_LIMITS.asStated),
  category: oneOf(FIGURE_CATEGORIES),
  subject: requiredText(TEXT_LIMITS.subject),
  count: countField,
  low: countField,
  high: countField,
  qualifier: oneOf(FIGURE_QUALIFIERS),
  partsNote: optionalText(TEXT_LIMITS.note),
  statedAt: isoDate,
  occurredFrom: isoDate,
  occurredTo: isoDate,
  datePrecision: oneOf(DATE_PRECISIONS).nullable(),
  place: optionalText(TEXT_LIMITS.place),
  region: optionalText(TEXT_LIMITS.region),
  country: countryCode,
  verificationStatus: oneOf(VERIFICATION_STATUSES),
  evidence: evidenceSchema.nullable(),
  checkerNote: optionalText(TEXT_LIMITS.note),
  correctionNote: optionalText(TEXT_LIMITS.correctionNote),
});

export type FigureInput = z.infer<typeof figureInputSchema>;
