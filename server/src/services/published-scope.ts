/**
 * Figures and quotes have no draft state of their own: they are public only while the article
 * they belong to is published. These filters add that condition to any content-API query.
 */
type Filters = Record<string, unknown>;

export const PUBLISHED_ARTICLE_FILTER: Filters = {
  article: { publishedAt: { $notNull: true } },
};

export const withinPublishedArticles = (filters: unknown): Filters =>
  filters && typeof filters === 'object' && Object.keys(filters).length > 0
    ? { $and: [filters, PUBLISHED_ARTICLE_FILTER] }
    : PUBLISHED_ARTICLE_FILTER;
