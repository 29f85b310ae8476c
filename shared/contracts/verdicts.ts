import { z } from 'zod';
import { TEXT_LIMITS } from '../fields';
import { VERIFICATION_STATUSES } from '../vocabulary';

/** The records that carry a verdict, as the verdict routes name them. */
export const CHECKED_TYPES = ['casualty-figure', 'quote'] as const;
export type CheckedType = (typeof CHECKED_TYPES)[number];

/** The verdict route's body: the new status, the checker's note, the revision it was given on. */
export const verdictChange = z.strictObject({
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  checkerNote: z.string().max(TEXT_LIMITS.note).optional(),
  revision: z.number().int().min(0),
});

export type VerdictChange = z.infer<typeof verdictChange>;
