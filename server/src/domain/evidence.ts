import { z } from 'zod';

const isHttpUrl = (value: string): boolean => {
  if (!URL.canParse(value)) return false;
  return ['http:', 'https:'].includes(new URL(value).protocol);
};

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'A link may be at most 2000 characters long.')
  .refine(isHttpUrl, 'Give a full http or https address that readers can follow.');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-05-18.');

/** One source a reader can follow: where the claim was published, and an archived copy. */
export const evidenceLinkSchema = z.strictObject({
  url: httpUrl,
  archiveUrl: httpUrl.optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  accessedAt: isoDate.optional(),
  note: z.string().max(1000).optional(),
  validated: z.boolean().optional(),
});

export const evidenceSchema = z.array(evidenceLinkSchema).max(50, 'At most 50 sources per record.');

export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** Publishers of a record's sources, counted once each (by publisher name, else by host). */
export const distinctPublishers = (evidence: EvidenceLink[]): number =>
  new Set(
    evidence.map((link) => (link.publisher ?? new URL(link.url).hostname).trim().toLowerCase())
  ).size;

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
