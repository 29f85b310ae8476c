import { z } from 'zod';
import { MAX_REGIONS } from '../../../shared/vocabulary';
import { httpUrl } from '../../../shared/evidence';
import { isoDate, optionalText, requiredText } from '../../../shared/fields';
import { blocksBody } from './blocks-input';

// Strapi's own rule for a uid: letters, digits and - _ . ~ only.
const SLUG = /^[A-Za-z0-9\-_.~]+$/;

/**
 * The fields of an article as a write may send them. What front ends print as it is (the text
 * fields, the words of the body) is held to the same text rules as the records, the link to the
 * original to http or https; the relations are Strapi's to read.
 */
export const articleInputSchema = z.object({
  title: requiredText(300),
  slug: z
    .string({ error: 'Must be text.' })
    .max(300, 'At most 300 characters.')
    .regex(SLUG, 'Use letters, digits and - _ . ~ only, e.g. "drone-attack-kyiv".'),
  standfirst: optionalText(1000),
  dateline: optionalText(200),
  outlet: optionalText(200),
  byline: optionalText(300),
  originalUrl: httpUrl.nullable(),
  eventDate: isoDate,
  body: blocksBody,
  // A JSON column to Strapi: held here to what the admin's help text and the API promise.
  regions: z
    .array(requiredText(200), { error: 'Must be a list of region names, e.g. ["Kyiv Oblast"].' })
    .max(MAX_REGIONS, `At most ${MAX_REGIONS} regions.`)
    .refine(
      (regions) =>
        new Set(regions.map((region) => region.toLocaleLowerCase())).size === regions.length,
      'Names a region twice.'
    )
    .nullable(),
  internalNotes: optionalText(5000),
});
