/**
 * Figures, quotes and corrections have no draft state of their own: they are public only while
 * the article they belong to is published. The server keeps that in each record's private
 * `inPublishedArticle` flag (services/published-flags.ts); these filters add the condition to
 * any query that serves the public.
 */
export const PUBLISHED_ARTICLE_FILTER: Record<string, unknown> = { inPublishedArticle: true };
