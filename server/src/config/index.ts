import { z } from 'zod';
import { DEFAULT_RATINGS } from '../domain/claim-review';

const rating = z.strictObject({
  value: z.number().int().min(1).max(5),
  name: z.string().trim().min(1).max(60),
  explanation: z.string().trim().min(1).max(500),
});

/** The plugin's settings, under `'fact-desk': { config: { ... } }` in the app's config/plugins. */
export const configSchema = z.strictObject({
  /** Publishing an article with unchecked items: refused (`block`), allowed with a warning, or not checked. */
  publishGate: z.enum(['block', 'warn', 'off']),
  /** The admin who last changed a figure's numbers may not also mark it verified. */
  requireSecondChecker: z.boolean(),
  /** Cache-Control of the plugin's content-API responses to anonymous readers. */
  cacheControl: z.string().min(1),
  /** The fact-checking organisation named as author of ClaimReview markup. */
  publisher: z.strictObject({ name: z.string().min(1), url: z.url() }),
  /** Where readers find an article; `{slug}` and `{locale}` are filled in. */
  articleUrl: z.string().includes('{slug}'),
  /**
   * The page that reviews one claim, in its ClaimReview's `url`: `{articleUrl}`, `{slug}`,
   * `{locale}`, `{kind}` (figure or quote) and `{documentId}` are filled in.
   */
  claimUrl: z.string().includes('{documentId}'),
  /**
   * The reader site's page that shows an article's draft in the admin's Preview: `{token}` (the
   * preview token, required), `{locale}` and `{documentId}` are filled in; null: no preview.
   */
  previewUrl: z.string().includes('{token}').nullable(),
  /** How each verdict reads on ClaimReview's truthfulness scale (value 1 to 5, name, why). */
  claimReviewRatings: z.strictObject({
    verified: rating,
    corroborated: rating,
    single_source: rating,
    disputed: rating,
    incorrect: rating,
  }),

  /** Content-API responses kept per instance, keyed by the stored data version; 0 keeps none. */
  responseCacheEntries: z.number().int().min(0).max(100_000),
  /** Worker threads that read texts, texts waiting beyond those, and how long one may take. */
  extraction: z.strictObject({
    threads: z.number().int().min(1).max(16),
    queue: z.number().int().min(0).max(1000),
    timeoutMs: z.number().int().min(100).max(600_000),
  }),
});

export type FactDeskConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: FactDeskConfig = {
  publishGate: 'block',
  requireSecondChecker: true,
  cacheControl: 'public, max-age=60, stale-while-revalidate=300',
  publisher: { name: 'Fact Desk', url: 'http://localhost:1337' },
  articleUrl: 'http://localhost:1337/articles/{slug}',
  claimUrl: '{articleUrl}#{kind}-{documentId}',
  previewUrl: null,
  claimReviewRatings: DEFAULT_RATINGS,
  responseCacheEntries: 1000,
  extraction: { threads: 1, queue: 8, timeoutMs: 20_000 },
};

export default {
  default: DEFAULT_CONFIG,
  validator(config: unknown) {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      const problems = result.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`
      );
      throw new Error(`Invalid fact-desk plugin config: ${problems.join('; ')}`);
    }
  },
};
