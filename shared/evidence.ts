import { z } from 'zod';
import { hasControlCharacters, isoDate, requiredText, text } from './fields';

/**
 * An address a reader can follow and read as it is: http or https, written out in full, with no
 * user name before the host (`https://trusted.gov.ua@evil.example/` goes to evil.example).
 */
const isHttpUrl = (value: string): boolean => {
  if (/[\s\\]/.test(value) || hasControlCharacters(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return ['http:', 'https:'].includes(url.protocol) && !url.username && !url.password;
};

export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'A link may be at most 2000 characters long.')
  .refine(isHttpUrl, 'Give a full http or https address that readers can follow.');

/** One source a reader can follow: where the claim was published, and an archived copy. */
export const evidenceLinkSchema = z.strictObject({
  url: httpUrl,
  archiveUrl: httpUrl.optional(),
  publisher: requiredText(200).optional(),
  accessedAt: isoDate.unwrap().optional(),
  note: text(1000).optional(),
  validated: z.boolean().optional(),
});

export const evidenceSchema = z.array(evidenceLinkSchema).max(50, 'At most 50 sources per record.');

export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/**
 * Publishers of a record's sources, counted once each: by publisher name, else by host, and a
 * page listed twice under two names counts once.
 */
export const distinctPublishers = (evidence: EvidenceLink[]): number => {
  const pages = new Map<string, string>();
  for (const link of evidence) {
    const page = new URL(link.url).href;
    if (!pages.has(page)) {
      pages.set(page, (link.publisher ?? new URL(link.url).hostname).trim().toLowerCase());
    }
  }
  return new Set(pages.values()).size;
};

export interface EvidenceProblem {
  field: string;
  message: string;
}

/** What is wrong with one source link, field by field (empty when it is fine). */
export const evidenceLinkProblems = (link: unknown): EvidenceProblem[] => {
  const result = evidenceLinkSchema.safeParse(link);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        message: issue.message,
      }));
};
