import { z } from 'zod';
import { error, type Finding } from '../../../shared/finding';
import {
  countryCode,
  isoDate,
  oneOf,
  optionalText,
  requiredText,
  TEXT_LIMITS,
} from '../../../shared/fields';
import { OFFICIAL_KINDS } from '../../../shared/vocabulary';

export const officialInputSchema = z.object({
  name: requiredText(TEXT_LIMITS.name),
  nameVariants: z
    .array(requiredText(TEXT_LIMITS.name), { error: 'Must be a list of names.' })
    .max(50)
    .nullable(),
  kind: oneOf(OFFICIAL_KINDS),
  role: optionalText(TEXT_LIMITS.role),
  organisation: optionalText(TEXT_LIMITS.role),
  country: countryCode,
  side: optionalText(TEXT_LIMITS.name),
  wikidataId: z
    .string({ error: 'Must be text.' })
    .regex(/^Q[1-9]\d*$/, 'A Wikidata id is Q followed by digits, e.g. Q7747.')
    .nullable(),
  roleStart: isoDate,
  roleEnd: isoDate,
});

export interface OfficialFacts {
  name?: string | null;
  roleStart?: string | null;
  roleEnd?: string | null;
}

export function checkOfficial({ name, roleStart, roleEnd }: OfficialFacts): Finding[] {
  const findings: Finding[] = [];
  if (!name || name.trim() === '') {
    findings.push(error('official.required', ['name'], 'Give the name of the person or body.'));
  }
  if (roleStart && roleEnd && roleStart > roleEnd) {
    findings.push(
      error('official.tenure_reversed', ['roleEnd'], 'The role ends before it starts.')
    );
  }
  return findings;
}
