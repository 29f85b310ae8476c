import { z } from 'zod';
import { MAX_REGIONS } from '../../../shared/vocabulary';
import { httpUrl } from '../../../shared/evidence';
import { isoDate, optionalText, requiredText } from '../../../shared/fields';

/**
 * The text fields of an article as a write may send them. The copy itself (`body`) and the
 * relations are Strapi's to read; these are what front ends print as they are, so they are held
 * to the same text rules as the records, and the link to the original to http or https.
 */
export const articleInputSchema = z.object({
  title: requiredText(300),
  standfirst: optionalText(1000),
  dateline: optionalText(200),
  outlet: optionalText(200),
  byline: optionalText(300),
  originalUrl: httpUrl.nullable(),
  eventDate: isoDate,
  // A JSON column to Strapi: held here to what the admin's help text and the API promise.
  regions: z
    .array(requiredText(200), { error: 'Must be a list of region names, e.g. ["Kyiv Oblast"].' })
    .max(MAX_REGIONS, `At most ${MAX_REGIONS} regions.`)
    .nullable(),
  internalNotes: optionalText(5000),
});
